using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Tasks;
using Mediator;

namespace Enforcement.Application.Tasks;

/// <summary>
/// A notice, asset-report order or online inquiry recorded on a case completes the open pool tasks for that work, with
/// the measure: the case's measure log stays the one record of what was done. A task that recorded the measure itself
/// is already completed, so its own event changes nothing.
/// </summary>
public sealed class CaseMeasureRecordedHandler(IRepository<EnforcementTask> tasks, TaskWorkflow workflow) : INotificationHandler<CaseMeasureRecorded>
{
    public async ValueTask Handle(CaseMeasureRecorded notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var types = Enum.GetValues<TaskType>().Where(t => EnforcementTask.MeasureFor(t) == notification.Kind).ToList();
        var open = new Specification<EnforcementTask>();
        open.Query.Where(t => t.CaseId == notification.CaseId && types.Contains(t.Type) && (t.Status == TaskState.Open || t.Status == TaskState.Claimed));
        var found = await tasks.ListAsync(open, cancellationToken);
        if (found.Count == 0)
        {
            return;
        }

        var context = workflow.Context();
        foreach (var task in found)
        {
            task.CompleteByCaseMeasure(notification.MeasureId, notification.TakenOn, context);
        }

        await tasks.SaveChangesAsync(cancellationToken);
    }
}
