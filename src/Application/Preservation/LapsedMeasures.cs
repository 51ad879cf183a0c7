using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Domain.Preservation;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Preservation;

/// <summary>
/// The holds lost (脱保) with their last day from <c>from</c> to <c>to</c>: passed without renewal, or released only
/// after it; on orders and on cases, latest first. The dashboard's <c>preservation.lapsed</c> counts this list.
/// <c>from</c> defaults to 1 January of <c>to</c>'s year, <c>to</c> to today.
/// </summary>
public sealed record LapsedMeasuresQuery(DateOnly? From = null, DateOnly? To = null, int? Page = null, int? PageSize = null)
    : IQuery<PagedResult<LapsedMeasureDto>>, IPagedQuery;

/// <summary>One lost hold: its last day, and the day it was released if that came only after it.</summary>
public sealed record LapsedMeasureDto(
    string Source, Guid OwnerId, string OwnerNumber, Guid MeasureId, AssetKind AssetKind, string Description, DateOnly ExpiresOn, DateOnly? ReleasedOn);

public sealed class LapsedMeasuresValidator : AbstractValidator<LapsedMeasuresQuery>
{
    public LapsedMeasuresValidator() =>
        RuleFor(q => q.From).LessThanOrEqualTo(q => q.To!.Value).When(q => q.From is not null && q.To is not null)
            .WithMessage("`from` comes on or before `to`.");
}

public sealed class LapsedMeasuresHandler(IExpiringHolds holds, ICourtClock clock) : IQueryHandler<LapsedMeasuresQuery, PagedResult<LapsedMeasureDto>>
{
    public async ValueTask<PagedResult<LapsedMeasureDto>> Handle(LapsedMeasuresQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var to = query.To ?? today;
        var from = query.From ?? InputHygiene.YearStartOf(to);
        return await holds.ListLapsedAsync(today, from, to, Paging.Number(query.Page), Paging.Size(query.PageSize), cancellationToken);
    }
}
