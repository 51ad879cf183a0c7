using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Application.Preservation.Specifications;
using Enforcement.Domain.Preservation;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Preservation;

/// <summary>
/// Pages through orders: <c>liftDue</c>, <c>lapsed</c> (a measure expired unrenewed), <c>active</c> (neither),
/// <c>converted</c>, <c>overPreserved</c> (held values above the amount to preserve by more than the margin).
/// </summary>
public sealed record SearchPreservationOrdersQuery(string? Status = null, int? Page = null, int? PageSize = null)
    : IQuery<PagedResult<PreservationOrderSummaryDto>>, IPagedQuery
{
    public const string StatusValues = "liftDue, lapsed, active, converted, overPreserved";
}

public sealed class SearchPreservationOrdersValidator : AbstractValidator<SearchPreservationOrdersQuery>
{
    public SearchPreservationOrdersValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null or "liftDue" or "lapsed" or "active" or "converted" or "overPreserved")
            .WithMessage($"Status must be one of: {SearchPreservationOrdersQuery.StatusValues}.");
    }
}

public sealed class SearchPreservationOrdersHandler(IReadRepository<PreservationOrder> orders, ICourtClock clock, IOptions<PreservationOptions> options)
    : IQueryHandler<SearchPreservationOrdersQuery, PagedResult<PreservationOrderSummaryDto>>
{
    public async ValueTask<PagedResult<PreservationOrderSummaryDto>> Handle(SearchPreservationOrdersQuery query, CancellationToken cancellationToken)
    {
        var page = Paging.Number(query.Page);
        var pageSize = Paging.Size(query.PageSize);
        var specification = new OrdersByStatusSpec(query.Status, clock.Today, page, pageSize, options.Value.OverPreservationMarginPercent);
        var total = await orders.CountAsync(specification, cancellationToken);
        var items = total == 0 ? [] : await orders.ListAsync(specification, q => q.ProjectToSummary(), cancellationToken);
        return new PagedResult<PreservationOrderSummaryDto>(items, total, page, pageSize);
    }
}
