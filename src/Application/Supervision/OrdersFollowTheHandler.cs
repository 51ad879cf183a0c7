using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Application.Staff;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Staff;
using Enforcement.Domain.Supervision;

namespace Enforcement.Application.Supervision;

/// <summary>
/// When a case changes hands, the supervision orders on it that were addressed to its former handler and are not done
/// go to the new handler, in the same transaction: the former handler no longer works the case, and the new one must
/// report by the deadline. An order the leader addressed to someone else stays with them.
/// </summary>
public sealed class OrdersFollowTheHandler(IRepository<SupervisionOrder> orders, IRepository<StaffMember> staff)
{
    public async Task RedirectAsync(EnforcementCase @case, Guid? formerHandlerId, DateOnly on, ChangeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (formerHandlerId is not { } former || @case.HandlerId is not { } current || former == current)
        {
            return;
        }

        var caseId = @case.Id;
        var open = await orders.ListAsync(
            Specs.Where<SupervisionOrder>(o => o.SubjectKind == SupervisionSubject.Case && o.SubjectId == caseId && o.AddresseeId == former
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
