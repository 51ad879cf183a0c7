using Ardalis.Specification;
using Enforcement.Domain.Preservation;

namespace Enforcement.Application.Preservation.Specifications;

/// <summary>Orders by list status, newest ruling first, through the (Status, LiftDueOn) and hold-expiry indexes.</summary>
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
                Query.Where(PreservationOrder.LiftDueExpression(today));
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
