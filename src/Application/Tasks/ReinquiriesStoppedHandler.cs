using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Tasks;
using Mediator;

namespace Enforcement.Application.Tasks;

/// <summary>
/// A case's re-inquiries stopped (resumed as 执恢, or its 终本 closure struck by a reopening): its open re-inquiry tasks are cancelled
/// with that as the reason, and give up their due dates' keys: closed by 终本 anew, the case is planned again.
/// Completing one would record an inquiry on a case where enforcement no longer runs.
/// </summary>
public sealed class ReinquiriesStoppedHandler(IRepository<EnforcementTask> tasks, TaskWorkflow workflow) : INotificationHandler<ReinquiriesStopped>
{
    public async ValueTask Handle(ReinquiriesStopped notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var open = new Specification<EnforcementTask>();
        open.Query.Where(t => t.CaseId == notification.CaseId && t.Origin == TaskOrigin.Reinquiry
                              && (t.Status == TaskState.Open || t.Status == TaskState.Claimed));
        var stale = await tasks.ListAsync(open, cancellationToken);
        if (stale.Count == 0)
        {
            return;
        }

        var context = workflow.Context();
        foreach (var task in stale)
        {
            task.CancelWithSchedule(notification.Reason, context);
        }

        await tasks.SaveChangesAsync(cancellationToken);
    }
}
