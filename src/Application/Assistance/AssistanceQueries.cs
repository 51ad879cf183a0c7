using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Application.Errors;
using Enforcement.Application.Security;
using Enforcement.Domain.Assistance;
using Enforcement.Domain.Calendar;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Assistance;

/// <summary>
/// Pages through assistance requests by case, unit, type, sent dates, <c>answered</c>, and <c>overdue</c>
/// (unanswered past due, oldest due first); otherwise newest first. An officer sees the requests of the cases they may work.
/// </summary>
public sealed record SearchAssistanceRequestsQuery(
    Guid? CaseId = null,
    Guid? UnitId = null,
    AssistanceType? Type = null,
    bool? Answered = null,
    bool? Overdue = null,
    DateOnly? SentFrom = null,
    DateOnly? SentTo = null,
    int? Page = null,
    int? PageSize = null) : IQuery<PagedResult<AssistanceRequestDto>>, IPagedQuery;

public sealed record GetAssistanceRequestQuery(Guid Id) : IQuery<AssistanceRequestDto>;

/// <summary>
/// Per unit, over the requests sent from <c>from</c> to <c>to</c> (default: this year to today): which units cooperate.
/// An officer's figures count the requests of the cases they may work, as their list does.
/// </summary>
public sealed record UnitAssistanceFiguresQuery(DateOnly? From = null, DateOnly? To = null) : IQuery<IReadOnlyList<UnitAssistanceFiguresDto>>;

public sealed class SearchAssistanceRequestsValidator : AbstractValidator<SearchAssistanceRequestsQuery>
{
    public SearchAssistanceRequestsValidator()
    {
        RuleFor(q => q.Type).IsInEnum();
        RuleFor(q => q.SentTo).GreaterThanOrEqualTo(q => q.SentFrom).When(q => q.SentFrom is not null && q.SentTo is not null)
            .WithMessage("sentTo must not precede sentFrom.");
    }
}

public sealed class UnitAssistanceFiguresValidator : AbstractValidator<UnitAssistanceFiguresQuery>
{
    public UnitAssistanceFiguresValidator() =>
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("to must not precede from.");
}

public sealed class SearchAssistanceRequestsHandler(IReadRepository<AssistanceRequest> requests, CaseWorkGuard guard, ICourtClock clock, LegalCalendar calendar)
    : IQueryHandler<SearchAssistanceRequestsQuery, PagedResult<AssistanceRequestDto>>
{
    public async ValueTask<PagedResult<AssistanceRequestDto>> Handle(SearchAssistanceRequestsQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var specification = new Specification<AssistanceRequest>();
        var filter = specification.Query
            .Where(r => r.CaseId == query.CaseId, query.CaseId is not null)
            .Where(r => r.UnitId == query.UnitId, query.UnitId is not null)
            .Where(r => r.Type == query.Type, query.Type is not null)
            .Where(r => r.RepliedOn != null, query.Answered == true)
            .Where(r => r.RepliedOn == null, query.Answered == false)
            .Where(r => r.RepliedOn == null && r.ReplyDueOn < today, query.Overdue == true)
            .Where(r => r.RepliedOn != null || r.ReplyDueOn >= today, query.Overdue == false)
            .Where(r => r.SentOn >= query.SentFrom!.Value, query.SentFrom is not null)
            .Where(r => r.SentOn <= query.SentTo!.Value, query.SentTo is not null);
        if (!guard.ReadsAll)
        {
            var workable = guard.WorkableCases;
            filter.Where(r => workable.Any(c => c.Id == r.CaseId));
        }

        if (query.Overdue == true)
        {
            filter.OrderBy(r => r.ReplyDueOn).ThenBy(r => r.Id);
        }
        else
        {
            filter.OrderByDescending(r => r.SentOn).ThenByDescending(r => r.Id);
        }

        var result = await requests.PageAsync(specification, query, AssistanceMapper.Projection, cancellationToken);
        return result with { Items = result.Items.Select(r => r.AsOf(today, calendar)).ToList() };
    }
}

public sealed class GetAssistanceRequestHandler(IReadRepository<AssistanceRequest> requests, CaseWorkGuard guard, ICourtClock clock, LegalCalendar calendar)
    : IQueryHandler<GetAssistanceRequestQuery, AssistanceRequestDto>
{
    public async ValueTask<AssistanceRequestDto> Handle(GetAssistanceRequestQuery query, CancellationToken cancellationToken)
    {
        var specification = new Specification<AssistanceRequest>();
        specification.Query.Where(r => r.Id == query.Id);
        if (!guard.ReadsAll)
        {
            var workable = guard.WorkableCases;
            specification.Query.Where(r => workable.Any(c => c.Id == r.CaseId));
        }

        var request = await requests.FirstOrDefaultAsync(specification, q => q.Select(AssistanceMapper.Projection), cancellationToken)
            ?? throw new NotFoundException("assistance.not_found", $"No assistance request you may see has id {query.Id}.");
        return request.AsOf(clock.Today, calendar);
    }
}

/// <summary>One grouped query: per unit, sent, answered, answered on time, overdue now, and the average reply days of the answered.</summary>
public sealed class UnitAssistanceFiguresHandler(IReadRepository<AssistanceRequest> requests, CaseWorkGuard guard, ICourtClock clock)
    : IQueryHandler<UnitAssistanceFiguresQuery, IReadOnlyList<UnitAssistanceFiguresDto>>
{
    public async ValueTask<IReadOnlyList<UnitAssistanceFiguresDto>> Handle(UnitAssistanceFiguresQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var to = query.To ?? today;
        var from = query.From ?? InputHygiene.YearStartOf(to);
        var specification = new Specification<AssistanceRequest>();
        specification.Query.Where(r => r.SentOn >= from && r.SentOn <= to);
        if (!guard.ReadsAll)
        {
            var workable = guard.WorkableCases;
            specification.Query.Where(r => workable.Any(c => c.Id == r.CaseId));
        }

        var rows = await requests.ListAsync(specification, q => q.GroupBy(r => new { r.UnitId, r.UnitKind }).Select(g => new
        {
            g.Key.UnitId,
            g.Key.UnitKind,
            UnitName = g.Max(r => r.UnitName),
            Sent = g.Count(),
            Answered = g.Count(r => r.RepliedOn != null),
            OnTime = g.Count(r => r.RepliedOn != null && r.RepliedOn <= r.ReplyDueOn),
            Overdue = g.Count(r => r.RepliedOn == null && r.ReplyDueOn < today),
            AverageDays = g.Average(r => (double?)r.ReplyDays),
        }), cancellationToken);
        return rows
            .Select(r => new UnitAssistanceFiguresDto(r.UnitId, r.UnitName ?? "", r.UnitKind, r.Sent, r.Answered, r.OnTime, r.Overdue,
                r.Answered + r.Overdue == 0 ? null : Math.Round((decimal)r.OnTime / (r.Answered + r.Overdue), 4, MidpointRounding.AwayFromZero),
                r.AverageDays is { } days ? Math.Round((decimal)days, 1, MidpointRounding.AwayFromZero) : null))
            .OrderByDescending(r => r.Sent).ThenBy(r => r.UnitName, StringComparer.Ordinal)
            .ToList();
    }
}
