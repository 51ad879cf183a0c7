using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Domain.Preservation;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Preservation;

/// <summary>
/// Live measures on orders and cases expiring within <c>withinDays</c>, soonest first; or, with
/// <c>renewalRequestDueWithinDays</c>, those whose applicant's renewal request (7 days before expiry) falls due
/// within that many days (one already past its request day is on the caller's worklist, which keeps overdue items).
/// </summary>
public sealed record ExpiringMeasuresQuery(int? WithinDays = null, int? Page = null, int? PageSize = null, int? RenewalRequestDueWithinDays = null)
    : IQuery<PagedResult<ExpiringMeasureDto>>, IPagedQuery
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366;
}

/// <summary>The union of live holds on orders and on cases, read through the indexes on expiry.</summary>
public interface IExpiringHolds
{
    /// <summary>
    /// Live holds expiring from <paramref name="from"/> to <paramref name="until"/>, soonest first: every order's and
    /// case's, or with <paramref name="unassignedOnly"/> only those no handler holds (on orders, and on cases without a
    /// handler or whose handler's staff record is deactivated), which are the coordinator's to watch.
    /// </summary>
    Task<PagedResult<ExpiringMeasureDto>> ListAsync(
        DateOnly today, DateOnly from, DateOnly until, int page, int pageSize, CancellationToken cancellationToken, bool unassignedOnly = false);

    /// <summary>The holds that lapsed with their last day from <paramref name="from"/> to <paramref name="to"/>, as of <paramref name="today"/>, latest first.</summary>
    Task<PagedResult<LapsedMeasureDto>> ListLapsedAsync(DateOnly today, DateOnly from, DateOnly to, int page, int pageSize, CancellationToken cancellationToken);
}

public sealed class ExpiringMeasuresValidator : AbstractValidator<ExpiringMeasuresQuery>
{
    public ExpiringMeasuresValidator()
    {
        RuleFor(q => q.WithinDays).InclusiveBetween(0, ExpiringMeasuresQuery.MaxDays);
        RuleFor(q => q.RenewalRequestDueWithinDays).InclusiveBetween(0, ExpiringMeasuresQuery.MaxDays);
        RuleFor(q => q.WithinDays).Null().When(q => q.RenewalRequestDueWithinDays is not null)
            .WithMessage("Give withinDays or renewalRequestDueWithinDays, not both.");
    }
}

public sealed class ExpiringMeasuresHandler(IExpiringHolds holds, ICourtClock clock) : IQueryHandler<ExpiringMeasuresQuery, PagedResult<ExpiringMeasureDto>>
{
    public async ValueTask<PagedResult<ExpiringMeasureDto>> Handle(ExpiringMeasuresQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var (from, until) = query.RenewalRequestDueWithinDays is { } days
            // Request due = expiry − 7, so a request due within [today, today + days] is an expiry within the window 7 days on.
            ? (today.AddDays(AssetHold.RenewalRequestLeadDays), today.AddDays(AssetHold.RenewalRequestLeadDays + days))
            : (today, today.AddDays(query.WithinDays ?? ExpiringMeasuresQuery.DefaultDays));
        return await holds.ListAsync(today, from, until, Paging.Number(query.Page), Paging.Size(query.PageSize), cancellationToken);
    }
}
