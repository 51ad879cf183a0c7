using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Tasks;
using Mediator;

namespace Enforcement.Application.Tasks;

/// <summary>
/// A voided measure undoes the pool task it completed: the task goes back to the pool, unless the case still records
/// the same work (another notice or asset-report order; for a re-inquiry, another inquiry that moved the next one past
/// the task's due date) or can no longer take it (closed, except an online re-inquiry after 终本).
/// </summary>
public sealed class CaseMeasureVoidedHandler(IRepository<EnforcementTask> tasks, IReadRepository<EnforcementCase> cases, TaskWorkflow workflow)
    : INotificationHandler<CaseMeasureVoided>
{
    public async ValueTask Handle(CaseMeasureVoided notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var completed = new Specification<EnforcementTask>();
        completed.Query.Where(t => t.CaseId == notification.CaseId && t.MeasureId == notification.MeasureId && t.Status == TaskState.Completed);
        var found = await tasks.ListAsync(completed, cancellationToken);
        if (found.Count == 0)
        {
            return;
        }

        var caseNow = new Specification<EnforcementCase>();
        caseNow.Query.Where(c => c.Id == notification.CaseId);
        var state = await cases.FirstOrDefaultAsync(caseNow, q => q.Select(c => new
        {
            c.Status, ClosureMode = c.Closure == null ? (ClosureMode?)null : c.Closure.Mode, c.NoticeSentOn, c.AssetReportOrderedOn, c.NextReinquiryDueOn,
        }), cancellationToken);
        if (state is null)
        {
            return;
        }

        bool StillDone(EnforcementTask task) => task.Type switch
        {
            TaskType.ServeEnforcementNotice => state.NoticeSentOn is not null,
            TaskType.ServeAssetReportOrder => state.AssetReportOrderedOn is not null,
            _ => task.Origin == TaskOrigin.Reinquiry && (state.NextReinquiryDueOn is null || state.NextReinquiryDueOn > task.DueOn),
        };

        bool Takeable(EnforcementTask task) =>
            state.Status != CaseStatus.Closed || EnforcementTask.AllowedOnClosedCase(task.Type, state.ClosureMode == ClosureMode.TerminatedThisRound);

        var context = workflow.Context();
        var reopened = found.Count(task => Takeable(task) && !StillDone(task) && task.ReopenForVoidedMeasure(notification.MeasureId, context));
        if (reopened > 0)
        {
            await tasks.SaveChangesAsync(cancellationToken);
        }
    }
}
