using System.Linq.Expressions;
using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Domain.Obligations;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Obligations;

/// <summary>
/// Escalations needing attention: <c>awaitingInstruction</c> (no 批示 recorded yet), <c>pastFollowUp</c> (no outcome
/// and the follow-up deadline passed), or <c>open</c> (no outcome; the default), on debts still owed. Oldest follow-up first.
/// </summary>
public sealed record ListEscalationsQuery(string? State = null, int? Page = null, int? PageSize = null)
    : IQuery<PagedResult<EscalationRowDto>>, IPagedQuery
{
    public const string StateValues = "open, awaitingInstruction, pastFollowUp";
}

public sealed record EscalationRowDto(
    Guid ObligationId, Guid EscalationId, string CaseNumber, Guid LinkedUnitId, string UnitName, EscalationLevel Level, string ReportNumber,
    DateOnly ReportedOn, DateOnly FollowUpDueOn, bool AwaitingInstruction, bool FollowUpOverdue, int DaysPastFollowUp);

public sealed class ListEscalationsValidator : AbstractValidator<ListEscalationsQuery>
{
    public ListEscalationsValidator() =>
        RuleFor(q => q.State).Must(s => s is null or "open" or "awaitingInstruction" or "pastFollowUp")
            .WithMessage($"State must be one of: {ListEscalationsQuery.StateValues}.");
}

public sealed class ListEscalationsHandler(IReadRepository<Obligation> obligations, ICourtClock clock)
    : IQueryHandler<ListEscalationsQuery, PagedResult<EscalationRowDto>>
{
    public async ValueTask<PagedResult<EscalationRowDto>> Handle(ListEscalationsQuery query, CancellationToken cancellationToken)
    {
        var page = Paging.Number(query.Page);
        var pageSize = Paging.Size(query.PageSize);
        var today = clock.Today;
        var state = query.State ?? "open";
        // The obligations with an open escalation narrow the scan on an index; the rows are the escalations themselves.
        var specification = new WithOpenEscalationsSpec();
        // One predicate for the count and the page.
        Expression<Func<Escalation, bool>> inState = e => e.Outcome == null
                                                          && (state != "awaitingInstruction" || e.Instruction == null)
                                                          && (state != "pastFollowUp" || e.FollowUpDueOn < today);
        IQueryable<EscalationRowDto> Rows(IQueryable<Obligation> q, int skip, int take) =>
            q.SelectMany(o => o.Escalations.AsQueryable().Where(inState), (o, e) => new { o, e })
                .OrderBy(x => x.e.FollowUpDueOn).ThenBy(x => x.e.Id)
                .Skip(skip).Take(take)
                .Select(x => new EscalationRowDto(
                    x.o.Id, x.e.Id, x.o.CaseNumber, x.o.LinkedUnitId, x.o.UnitName, x.e.Level, x.e.ReportNumber, x.e.ReportedOn, x.e.FollowUpDueOn,
                    x.e.Instruction == null, x.e.FollowUpDueOn < today, 0));
        var total = (await obligations.ListAsync(specification, q => q.Select(o => o.Escalations.AsQueryable().Count(inState)), cancellationToken)).Sum();
        var items = total == 0 ? [] : await obligations.ListAsync(specification, q => Rows(q, (page - 1) * pageSize, pageSize), cancellationToken);
        return new PagedResult<EscalationRowDto>(
            items.Select(r => r with { DaysPastFollowUp = Math.Max(0, today.DayNumber - r.FollowUpDueOn.DayNumber) }).ToList(), total, page, pageSize);
    }
}

public sealed class WithOpenEscalationsSpec : Specification<Obligation>
{
    // A debt paid, or ended with its case, has nothing left to follow up: its reports still record an outcome on its page.
    public WithOpenEscalationsSpec() => Query.Where(o => o.OpenEscalations > 0 && o.Owing).AsNoTracking();
}
