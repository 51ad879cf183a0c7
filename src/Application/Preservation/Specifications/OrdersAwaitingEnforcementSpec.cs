using Ardalis.Specification;
using Enforcement.Domain.Preservation;

namespace Enforcement.Application.Preservation.Specifications;

/// <summary>
/// Active pre-enforcement orders on the judgment <c>title</c> (normalised) whose window for applying for
/// enforcement is still open on the filing day: read through the (Status, LiftDueOn) index, for update.
/// </summary>
public sealed class OrdersAwaitingEnforcementSpec : Specification<PreservationOrder>
{
    public OrdersAwaitingEnforcementSpec(string title, DateOnly filedOn) =>
        Query.Where(o => o.Status == OrderStatus.Active && o.LiftDueOn >= filedOn && o.Kind == PreservationKind.PreEnforcement
                         && o.EnforcementAppliedOn == null && o.LitigationCaseNumber == title)
            .AsSplitQuery();
}
