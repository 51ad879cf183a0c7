using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Users;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Tasks;
using Mediator;

namespace Enforcement.Application.Tasks;

/// <summary>
/// A case that went to a handler gives back to the pool the claims on its tasks held by those who may no longer work
/// it: an officer works only their own cases and unassigned ones, so the claim of an officer other than the new handler
/// could be neither completed nor seen. A coordinator's claim stands (a coordinator works every case).
/// </summary>
public sealed class CaseHandlerChangedHandler(
    IRepository<EnforcementTask> tasks, IReadRepository<EnforcementCase> cases, IUserAccounts accounts, TaskWorkflow workflow)
    : INotificationHandler<CaseHandlerChanged>
{
    public async ValueTask Handle(CaseHandlerChanged notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);

        // The case's handler now, not the event's: a late or retried event must not release the claim of a handler
        // who took the case after it.
        var current = new Specification<EnforcementCase>();
        current.Query.Where(c => c.Id == notification.CaseId);
        if (await cases.FirstOrDefaultAsync(current, q => q.Select(c => c.HandlerId), cancellationToken) is not { } handler)
        {
            return;
        }

        var claimed = new Specification<EnforcementTask>();
        claimed.Query.Where(t => t.CaseId == notification.CaseId && t.Status == TaskState.Claimed && t.ClaimedById != handler);
        var held = await tasks.ListAsync(claimed, cancellationToken);
        if (held.Count == 0)
        {
            return;
        }

        var coordinators = await accounts.CoordinatorsAmongAsync([.. held.Select(t => t.ClaimedById!.Value).Distinct()], cancellationToken);
        var context = workflow.Context();
        var released = 0;
        foreach (var task in held.Where(t => !coordinators.Contains(t.ClaimedById!.Value)))
        {
            task.Release(context, "案件已改由他人承办 the case went to another handler");
            released++;
        }

        if (released > 0)
        {
            await tasks.SaveChangesAsync(cancellationToken);
        }
    }
}
