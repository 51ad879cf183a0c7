using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Tasks;
using Mediator;

namespace Enforcement.Application.Tasks;

/// <summary>
/// A closed case's open tasks that it can no longer take (all but archiving, drafting and, after 终本, an online
/// inquiry) are cancelled with the closure as the reason, so that the pool holds only work that can be finished.
/// </summary>
public sealed class CaseClosedHandler(IRepository<EnforcementTask> tasks, TaskWorkflow workflow) : INotificationHandler<CaseClosed>
{
    public async ValueTask Handle(CaseClosed notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var open = new Specification<EnforcementTask>();
        open.Query.Where(t => t.CaseId == notification.CaseId && (t.Status == TaskState.Open || t.Status == TaskState.Claimed));
        var stale = (await tasks.ListAsync(open, cancellationToken))
            .Where(t => !EnforcementTask.AllowedOnClosedCase(t.Type, notification.Mode == ClosureMode.TerminatedThisRound)).ToList();
        if (stale.Count == 0)
        {
            return;
        }

        var context = workflow.Context();
        foreach (var task in stale)
        {
            task.Cancel($"案件已结案 The case closed on {notification.ClosedOn:yyyy-MM-dd} ({notification.Mode})", context);
        }

        await tasks.SaveChangesAsync(cancellationToken);
    }
}
