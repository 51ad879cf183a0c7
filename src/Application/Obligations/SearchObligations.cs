using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Domain.Obligations;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Obligations;

/// <summary>
/// Pages through obligations, by unit, case, status (computed as of today), <c>overdue</c> (unpaid past the statutory
/// due date or past an instalment's due date) and <c>escalationSuggested</c> (the rules allow the next level today).
/// Most overdue first.
/// </summary>
public sealed record SearchObligationsQuery(
    Guid? UnitId = null, Guid? CaseId = null, ObligationStatus? Status = null, bool? Overdue = null, bool? EscalationSuggested = null,
    int? Page = null, int? PageSize = null, bool? Performed = null) : IQuery<PagedResult<ObligationSummaryDto>>, IPagedQuery;

public sealed class SearchObligationsValidator : AbstractValidator<SearchObligationsQuery>
{
    public SearchObligationsValidator() => RuleFor(q => q.Status).IsInEnum();
}

public sealed class SearchObligationsHandler(IReadRepository<Obligation> obligations, ICourtClock clock, IOptions<ObligationOptions> options)
    : IQueryHandler<SearchObligationsQuery, PagedResult<ObligationSummaryDto>>
{
    public async ValueTask<PagedResult<ObligationSummaryDto>> Handle(SearchObligationsQuery query, CancellationToken cancellationToken)
    {
        var page = Paging.Number(query.Page);
        var pageSize = Paging.Size(query.PageSize);
        var today = clock.Today;
        var rules = options.Value.ToRules();
        var specification = new ObligationsMatchingSpec(query, today, rules.DefaultAfterDays, page, pageSize);
        var total = await obligations.CountAsync(specification, cancellationToken);
        if (total == 0)
        {
            return new PagedResult<ObligationSummaryDto>([], 0, page, pageSize);
        }

        var rows = await obligations.ListAsync(specification, q => q.Select(o => new
        {
            o.Id, o.CaseId, o.CaseNumber, o.LinkedUnitId, o.UnitName, o.AmountFen, o.PaidFen, o.OutstandingFen, o.Performed, o.Owing, o.PerformedOn, o.EndedOn, o.PlanRevision,
            o.OpenInstalmentDueOn, o.FirstUrgedOn, o.StatutoryDueOn, o.OpenLetterReplyDueOn, o.OpenSuggestionReplyDueOn, o.EscalationLevel,
            o.EscalationFollowUpDueOn, o.Version,
        }), cancellationToken);
        var items = rows.Select(o => new ObligationSummaryDto
        {
            Id = o.Id,
            CaseId = o.CaseId,
            CaseNumber = o.CaseNumber,
            LinkedUnitId = o.LinkedUnitId,
            UnitName = o.UnitName,
            Amount = o.AmountFen / 100m,
            Paid = o.PaidFen / 100m,
            Outstanding = o.OutstandingFen / 100m,
            Status = Obligation.StatusFrom(o.Performed, o.EndedOn is not null, o.PlanRevision, o.OpenInstalmentDueOn, o.FirstUrgedOn, today, rules.DefaultAfterDays),
            StatutoryDueOn = o.StatutoryDueOn,
            OverdueDays = Obligation.OverdueDaysFrom(o.StatutoryDueOn, o.PerformedOn ?? o.EndedOn, today),
            LetterOverdue = o.Owing && o.OpenLetterReplyDueOn < today,
            SuggestionOverdue = o.Owing && o.OpenSuggestionReplyDueOn < today,
            EscalationSuggested = Obligation.EscalationSuggestedFrom(
                o.Owing, o.EscalationLevel, o.EscalationFollowUpDueOn, o.OpenInstalmentDueOn, o.OpenLetterReplyDueOn, today, rules.DefaultAfterDays),
            EscalatedTo = o.EscalationLevel == 0 ? null : (EscalationLevel)o.EscalationLevel,
            Version = o.Version,
        }).ToList();
        return new PagedResult<ObligationSummaryDto>(items, total, page, pageSize);
    }
}

/// <summary>
/// The obligation list's filters, in SQL over the summary columns. Each mirrors <see cref="Obligation.StatusFrom"/> or
/// <see cref="Obligation.EscalationSuggestedFrom"/>, so that a row's computed status and the filter agree.
/// </summary>
public sealed class ObligationsMatchingSpec : Specification<Obligation>
{
    public ObligationsMatchingSpec(SearchObligationsQuery filter, DateOnly today, int defaultAfterDays, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // "More than N days late": the earliest open instalment fell due before this day.
        var defaultCutoff = today.AddDays(-defaultAfterDays);
        if (filter.UnitId is { } unitId)
        {
            Query.Where(o => o.LinkedUnitId == unitId);
        }

        if (filter.CaseId is { } caseId)
        {
            Query.Where(o => o.CaseId == caseId);
        }

        switch (filter.Status)
        {
            case ObligationStatus.Performed:
                Query.Where(o => o.Performed);
                break;
            case ObligationStatus.Ended:
                Query.Where(o => !o.Owing && !o.Performed);
                break;
            case ObligationStatus.InDefault:
                Query.Where(o => o.Owing && o.PlanRevision > 0 && o.OpenInstalmentDueOn < defaultCutoff);
                break;
            case ObligationStatus.PlanAgreed:
                Query.Where(o => o.Owing && o.PlanRevision > 0 && (o.OpenInstalmentDueOn == null || o.OpenInstalmentDueOn >= defaultCutoff));
                break;
            case ObligationStatus.Urged:
                Query.Where(o => o.Owing && o.PlanRevision == 0 && o.FirstUrgedOn != null);
                break;
            case ObligationStatus.Open:
                Query.Where(o => o.Owing && o.PlanRevision == 0 && o.FirstUrgedOn == null);
                break;
        }

        // performed=false: still owed (an obligation ended with its case is neither; status=Ended lists those).
        if (filter.Performed is { } performed)
        {
            if (performed)
            {
                Query.Where(o => o.Performed);
            }
            else
            {
                Query.Where(o => o.Owing);
            }
        }

        if (filter.Overdue is { } overdue)
        {
            Query.Where(o => (o.Owing && (o.StatutoryDueOn < today || o.OpenInstalmentDueOn < today)) == overdue);
        }

        if (filter.EscalationSuggested is { } suggested)
        {
            Query.Where(o => (o.Owing && o.EscalationLevel < (int)EscalationLevel.CityPartyCommittee
                              && (o.OpenInstalmentDueOn < defaultCutoff || o.OpenLetterReplyDueOn < today)
                              && (o.EscalationLevel == 0 || o.EscalationFollowUpDueOn < today)) == suggested);
        }

        Query.OrderByDescending(o => o.Owing).ThenBy(o => o.StatutoryDueOn ?? o.SinceOn).ThenBy(o => o.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).AsNoTracking();
    }
}
