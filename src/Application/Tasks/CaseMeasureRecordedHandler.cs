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
public sealed class CaseMeasureRecordedHandler(IRepository<EnforcementTask> tasks, IReadRepository<EnforcementCase> cases, TaskWorkflow workflow)
    : INotificationHandler<CaseMeasureRecorded>
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

        var caseNow = new Specification<EnforcementCase>();
        caseNow.Query.Where(c => c.Id == notification.CaseId);
        var next = (await cases.FirstOrDefaultAsync(caseNow, q => q.Select(c => new { c.NextReinquiryDueOn }), cancellationToken))?.NextReinquiryDueOn;
        var context = workflow.Context();
        var completed = found.Count(task => task.CompleteByCaseMeasure(notification.MeasureId, notification.TakenOn, next, context));
        if (completed > 0)
        {
            await tasks.SaveChangesAsync(cancellationToken);
        }
    }
}
