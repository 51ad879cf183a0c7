using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Common;
using Enforcement.Application.Staff;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Staff;
using Enforcement.Domain.Supervision;

namespace Enforcement.Application.Supervision;

/// <summary>
/// When a case changes hands, the supervision orders on it that are not done and were addressed to one of its earlier
/// handlers go to the handler it has now, in the same transaction (decision 29): an earlier handler no longer works
/// the case, and the new one must report by the deadline. An order the leader addressed to someone who never handled
/// the case stays with them; a case left with no handler (its only assignment voided) keeps its orders where they are
/// until it has one.
/// </summary>
public sealed class OrdersFollowTheHandler(IRepository<SupervisionOrder> orders, IRepository<StaffMember> staff, IReadRepository<HandlerAssignment> assignments)
{
    public async Task RedirectAsync(EnforcementCase @case, DateOnly on, ChangeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (@case.HandlerId is not { } current)
        {
            return;
        }

        var caseId = @case.Id;
        var earlier = (await assignments.ListAsync(new AssignmentsOfCaseSpec(caseId), q => q.Select(a => a.StaffId), cancellationToken))
            .Where(id => id != current).Distinct().ToList();
        if (earlier.Count == 0)
        {
            return;
        }

        var open = await orders.ListAsync(
            Specs.Where<SupervisionOrder>(o => o.SubjectKind == SupervisionSubject.Case && o.SubjectId == caseId && earlier.Contains(o.AddresseeId)
                                               && o.Status != SupervisionStatus.Accepted),
            cancellationToken);
        if (open.Count == 0)
        {
            return;
        }

        var handler = await staff.RequireAsync(current, cancellationToken);
        foreach (var order in open)
        {
            order.Redirect(handler, on, context);
        }
    }
}
