using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Auditing;
using Enforcement.Application.Common;
using Enforcement.Application.Errors;
using Enforcement.Application.Security;
using Enforcement.Domain.Preservation;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Preservation;

public sealed record GetPreservationOrderQuery(Guid Id) : IQuery<PreservationOrderDto>;

/// <summary>Pages through orders: <c>liftDue</c>, <c>lapsed</c> (a measure expired unrenewed), <c>active</c> (neither), <c>converted</c>.</summary>
public sealed record SearchPreservationOrdersQuery(string? Status = null, int? Page = null, int? PageSize = null)
    : IQuery<PagedResult<PreservationOrderSummaryDto>>
{
    public const string StatusValues = "liftDue, lapsed, active, converted";
}

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

public sealed class SearchPreservationOrdersValidator : AbstractValidator<SearchPreservationOrdersQuery>
{
    public SearchPreservationOrdersValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null or "liftDue" or "lapsed" or "active" or "converted")
            .WithMessage($"Status must be one of: {SearchPreservationOrdersQuery.StatusValues}.");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).GreaterThanOrEqualTo(1);
    }
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

public sealed class OrdersByStatusSpec : Specification<PreservationOrder>
{
    public OrdersByStatusSpec(string? status, DateOnly today, int page, int pageSize)
    {
        switch (status)
        {
            case "converted":
                Query.Where(o => o.Status == OrderStatus.Converted);
                break;
            case "liftDue":
                Query.Where(o => o.Status == OrderStatus.Active && o.LiftDueOn < today);
                break;
            case "lapsed":
                Query.Where(o => o.Status == OrderStatus.Active && o.Measures.Any(m => m.Hold.ReleasedOn == null && m.Hold.ExpiresOn < today));
                break;
            case "active":
                Query.Where(o => o.Status == OrderStatus.Active && !(o.LiftDueOn < today)
                                 && !o.Measures.Any(m => m.Hold.ReleasedOn == null && m.Hold.ExpiresOn < today));
                break;
        }

        Query.OrderByDescending(o => o.RuledOn).ThenByDescending(o => o.Id).Skip((page - 1) * pageSize).Take(pageSize).AsNoTracking();
    }
}

public sealed class GetPreservationOrderHandler(IReadRepository<PreservationOrder> orders, ICourtClock clock, ICurrentActor actor, IAuditTrail audit)
    : IQueryHandler<GetPreservationOrderQuery, PreservationOrderDto>
{
    public async ValueTask<PreservationOrderDto> Handle(GetPreservationOrderQuery query, CancellationToken cancellationToken)
    {
        var order = await orders.FirstOrDefaultAsync(new OrderByIdSpec(query.Id), q => q.ProjectToDetail(), cancellationToken)
            ?? throw new NotFoundException("preservation.order.not_found", $"No preservation order has id {query.Id}.");
        order = order.AsOf(clock.Today);

        // Orders have no handler: officers and coordinators work them, leaders lead; others see masked data.
        if (!actor.SeesPersonalData(handlerId: null))
        {
            return order.WithPersonalDataMasked();
        }

        if (order.Applicants.Concat(order.Respondents).HasPersonalData())
        {
            await audit.WriteNowAsync("ReadPersonalData", nameof(PreservationOrder), order.Id.ToString(),
                $"Unmasked ID and phone numbers of preservation order {order.CaseNumber ?? order.LitigationCaseNumber}", AuditOutcome.Succeeded, cancellationToken);
        }

        return order;
    }
}

public sealed class SearchPreservationOrdersHandler(IReadRepository<PreservationOrder> orders, ICourtClock clock)
    : IQueryHandler<SearchPreservationOrdersQuery, PagedResult<PreservationOrderSummaryDto>>
{
    public async ValueTask<PagedResult<PreservationOrderSummaryDto>> Handle(SearchPreservationOrdersQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = Paging.Size(query.PageSize);
        var specification = new OrdersByStatusSpec(query.Status, clock.Today, page, pageSize);
        var total = await orders.CountAsync(specification, cancellationToken);
        var items = total == 0 ? [] : await orders.ListAsync(specification, q => q.ProjectToSummary(), cancellationToken);
        return new PagedResult<PreservationOrderSummaryDto>(items, total, page, pageSize);
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
