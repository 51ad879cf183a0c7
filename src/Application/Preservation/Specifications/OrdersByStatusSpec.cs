using Ardalis.Specification;
using Enforcement.Domain.Preservation;

namespace Enforcement.Application.Preservation.Specifications;

/// <summary>Orders by list status, newest ruling first, through the (Status, LiftDueOn) and hold-expiry indexes.</summary>
public sealed class OrdersByStatusSpec : Specification<PreservationOrder>
{
    public OrdersByStatusSpec(string? status, DateOnly today, int page, int pageSize, int overPreservationMarginPercent = 20)
    {
        switch (status)
        {
            case "converted":
                Query.Where(o => o.Status == OrderStatus.Converted);
                break;
            case "liftDue":
                Query.Where(PreservationOrder.LiftDueExpression(today));
                break;
            case "overPreserved":
                Query.Where(PreservationOrder.OverPreservedExpression(overPreservationMarginPercent));
                break;
            case "lapsed":
                Query.Where(PreservationOrder.HasLapsedMeasure(today));
                break;
            case "active":
                // Active and neither of the above.
                Query.Where(o => o.Status == OrderStatus.Active)
                    .Where(Not(PreservationOrder.LiftDueExpression(today)))
                    .Where(Not(PreservationOrder.HasLapsedMeasure(today)));
                break;
        }

        Query.OrderByDescending(o => o.RuledOn).ThenByDescending(o => o.Id).Skip((page - 1) * pageSize).Take(pageSize).AsNoTracking();
    }

    private static System.Linq.Expressions.Expression<Func<PreservationOrder, bool>> Not(System.Linq.Expressions.Expression<Func<PreservationOrder, bool>> rule) =>
        System.Linq.Expressions.Expression.Lambda<Func<PreservationOrder, bool>>(System.Linq.Expressions.Expression.Not(rule.Body), rule.Parameters);
}
