using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Tasks;
using Mediator;

namespace Enforcement.Application.Tasks;

/// <summary>
/// A notice, asset-report order or online inquiry recorded on a case completes the open pool tasks for that work, with
/// the measure: the case's measure log stays the one record of what was done. The tasks completed are tracked for the
/// caller's save, so that a measure recorded on the case directly completes them in its own transaction (a clerk who
/// then completes the task finds it done, and no second measure is recorded).
/// </summary>
public sealed class MeasureCompletesTasks(IRepository<EnforcementTask> tasks)
{
    private static readonly ILookup<MeasureKind?, TaskType> ByMeasure = Enum.GetValues<TaskType>().ToLookup(EnforcementTask.MeasureFor);

    /// <summary>The task types a measure of <paramref name="kind"/> records; none for a seal, a payment and the like.</summary>
    public static IReadOnlyList<TaskType> TypesAnswering(MeasureKind kind) => [.. ByMeasure[kind]];

    /// <summary>Completes the open tasks the measure <paramref name="measureId"/> answers (<see cref="EnforcementTask.CompleteByCaseMeasure"/>); returns how many.</summary>
    public async Task<int> CompleteAsync(
        Guid caseId, MeasureKind kind, Guid measureId, DateOnly takenOn, DateOnly? nextReinquiryDueOn, ChangeContext context, CancellationToken cancellationToken)
    {
        var types = TypesAnswering(kind);
        if (types.Count == 0)
        {
            return 0;
        }

        var open = new Specification<EnforcementTask>();
        open.Query.Where(t => t.CaseId == caseId && types.Contains(t.Type) && (t.Status == TaskState.Open || t.Status == TaskState.Claimed));
        var found = await tasks.ListAsync(open, cancellationToken);
        return found.Count(task => task.CompleteByCaseMeasure(measureId, takenOn, nextReinquiryDueOn, context));
    }
}

/// <summary>
/// The same for a measure recorded on the case another way (a reply to an assistance request, a conversion), through
/// the outbox. A task already completed, by its own measure or in the measure's transaction, is left as it is.
/// </summary>
public sealed class CaseMeasureRecordedHandler(
    MeasureCompletesTasks completes, IRepository<EnforcementTask> tasks, IReadRepository<EnforcementCase> cases, TaskWorkflow workflow)
    : INotificationHandler<CaseMeasureRecorded>
{
    public async ValueTask Handle(CaseMeasureRecorded notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (MeasureCompletesTasks.TypesAnswering(notification.Kind).Count == 0)
        {
            return; // no task records this kind of measure: the case is not read
        }

        var caseNow = new Specification<EnforcementCase>();
        caseNow.Query.Where(c => c.Id == notification.CaseId);
        var next = (await cases.FirstOrDefaultAsync(caseNow, q => q.Select(c => new { c.NextReinquiryDueOn }), cancellationToken))?.NextReinquiryDueOn;
        if (await completes.CompleteAsync(notification.CaseId, notification.Kind, notification.MeasureId, notification.TakenOn, next, workflow.Context(), cancellationToken) > 0)
        {
            await tasks.SaveChangesAsync(cancellationToken);
        }
    }
}
