using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Preservation;

/// <summary>Live measures on orders and cases expiring within <c>withinDays</c>, soonest first.</summary>
public sealed record ExpiringMeasuresQuery(int? WithinDays = null, int? Page = null, int? PageSize = null)
    : IQuery<PagedResult<ExpiringMeasureDto>>
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366;
}

/// <summary>The union of live holds on orders and on cases, read through the indexes on expiry.</summary>
public interface IExpiringHolds
{
    Task<PagedResult<ExpiringMeasureDto>> ListAsync(DateOnly today, DateOnly until, int page, int pageSize, CancellationToken cancellationToken);
}

public sealed class ExpiringMeasuresValidator : AbstractValidator<ExpiringMeasuresQuery>
{
    public ExpiringMeasuresValidator()
    {
        RuleFor(q => q.WithinDays).InclusiveBetween(0, ExpiringMeasuresQuery.MaxDays);
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).GreaterThanOrEqualTo(1);
    }
}

public sealed class ExpiringMeasuresHandler(IExpiringHolds holds, ICourtClock clock) : IQueryHandler<ExpiringMeasuresQuery, PagedResult<ExpiringMeasureDto>>
{
    public async ValueTask<PagedResult<ExpiringMeasureDto>> Handle(ExpiringMeasuresQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        return await holds.ListAsync(today, today.AddDays(query.WithinDays ?? ExpiringMeasuresQuery.DefaultDays), query.Page ?? 1, Paging.Size(query.PageSize), cancellationToken);
    }
}
