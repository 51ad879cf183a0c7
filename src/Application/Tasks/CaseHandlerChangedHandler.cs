using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
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
        if (await cases.FirstOrDefaultAsync(Specs.Where<EnforcementCase>(c => c.Id == notification.CaseId), q => q.Select(c => c.HandlerId), cancellationToken)
            is not { } handler)
        {
            return;
        }

        var held = await tasks.ListAsync(
            Specs.Where<EnforcementTask>(t => t.CaseId == notification.CaseId && t.Status == TaskState.Claimed && t.ClaimedById != handler), cancellationToken);
        var coordinators = held.Count == 0 ? [] : await accounts.CoordinatorsAmongAsync([.. held.Select(t => t.ClaimedById!.Value).Distinct()], cancellationToken);
        var stranded = held.Where(t => !coordinators.Contains(t.ClaimedById!.Value)).ToList();
        if (stranded.Count == 0)
        {
            return;
        }

        var context = workflow.Context();
        foreach (var task in stranded)
        {
            task.Release(context, "案件已改由他人承办 the case went to another handler");
        }

        await tasks.SaveChangesAsync(cancellationToken);
    }
}
