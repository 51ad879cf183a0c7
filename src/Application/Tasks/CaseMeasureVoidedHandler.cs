using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Tasks;
using Mediator;

namespace Enforcement.Application.Tasks;

/// <summary>
/// A voided measure undoes the pool task it completed, by the rule a measure completes a task with
/// (<see cref="EnforcementTask.CompleteByCaseMeasure"/>): when another live measure of the kind counts for the task (a
/// first step whenever taken; a re-inquiry while the next one is still past the task's due date; a task by hand from its
/// creation on), the task stays completed by that measure; otherwise it goes back to the pool, unless the case can no
/// longer take it (closed, except an online re-inquiry after 终本).
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
            c.Status,
            ClosureMode = c.Closure == null ? (ClosureMode?)null : c.Closure.Mode,
            c.NextReinquiryDueOn,
            Live = c.Measures.Where(m => m.Kind == notification.Kind && m.VoidedOn == null).OrderBy(m => m.TakenOn).Select(m => new { m.Id, m.TakenOn }).ToList(),
        }), cancellationToken);
        if (state is null)
        {
            return;
        }

        Guid? OtherMeasure(EnforcementTask task) => task.Origin switch
        {
            TaskOrigin.FirstSteps => state.Live.FirstOrDefault()?.Id,
            TaskOrigin.Reinquiry => state.NextReinquiryDueOn is null || state.NextReinquiryDueOn > task.DueOn ? state.Live.LastOrDefault()?.Id : null,
            _ => state.Live.FirstOrDefault(m => m.TakenOn >= task.CreatedOn)?.Id,
        };

        bool Takeable(EnforcementTask task) =>
            state.Status != CaseStatus.Closed || EnforcementTask.AllowedOnClosedCase(task.Type, state.ClosureMode == ClosureMode.TerminatedThisRound);

        var context = workflow.Context();
        var changed = 0;
        foreach (var task in found)
        {
            var other = OtherMeasure(task);
            if ((other is not null || Takeable(task)) && task.AnswerVoidedMeasure(notification.MeasureId, other, context))
            {
                changed++;
            }
        }

        if (changed > 0)
        {
            await tasks.SaveChangesAsync(cancellationToken);
        }
    }
}
