using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Errors;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Tasks;
using Mediator;

namespace Enforcement.Application.Tasks;

/// <summary>
/// Puts a newly assigned case's first steps in the pool: serving the notice and the asset-report order, due on the
/// case clock's first-steps date. The case is read as it stands when the event is delivered: a step taken since the
/// assignment, or a case closed since, makes no task. A redelivered event, or a second first assignment after a voided
/// one, adds nothing: a case has its first-steps tasks once, and those still open move to the case's date.
/// </summary>
public sealed class FirstHandlerAssignedHandler(IRepository<EnforcementTask> tasks, IReadRepository<EnforcementCase> cases, TaskWorkflow workflow)
    : INotificationHandler<FirstHandlerAssigned>
{
    public async ValueTask Handle(FirstHandlerAssigned notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var state = await FirstStepsTasks.CaseAsync(cases, notification.CaseId, cancellationToken);
        if (state is null || state.Status == CaseStatus.Closed)
        {
            return;
        }

        var (assignedOn, dueOn) = (state.FirstAssignedOn ?? notification.AssignedOn, state.FirstStepsDueOn ?? notification.FirstStepsDueOn);
        var made = await FirstStepsTasks.ListAsync(tasks, notification.CaseId, cancellationToken);
        var moved = made.Count(t => t.FollowFirstSteps(assignedOn, dueOn));
        var planned = EnforcementTask.ForFirstSteps(notification.CaseId, notification.CaseNumber, assignedOn, dueOn,
            notification.NoticeSent || state.NoticeSentOn is not null, notification.AssetReportOrdered || state.AssetReportOrderedOn is not null, workflow.Context())
            .Where(t => made.All(m => m.Type != t.Type)).ToList();
        if (planned.Count == 0 && moved == 0)
        {
            return;
        }

        foreach (var task in planned)
        {
            tasks.Add(task);
        }

        try
        {
            await tasks.SaveChangesAsync(cancellationToken);
        }
        catch (UniqueConstraintException)
        {
            // Another delivery made them first.
        }
    }
}

/// <summary>A voided assignment moved the case's first-steps deadline: its open first-steps tasks follow it.</summary>
public sealed class FirstStepsDueMovedHandler(IRepository<EnforcementTask> tasks, IReadRepository<EnforcementCase> cases)
    : INotificationHandler<FirstStepsDueMoved>
{
    public async ValueTask Handle(FirstStepsDueMoved notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);

        // The case's date as it stands now, so that a late or repeated delivery cannot move the tasks back.
        if (await FirstStepsTasks.CaseAsync(cases, notification.CaseId, cancellationToken) is not { FirstAssignedOn: { } assignedOn, FirstStepsDueOn: { } dueOn })
        {
            return;
        }

        if ((await FirstStepsTasks.ListAsync(tasks, notification.CaseId, cancellationToken)).Count(t => t.FollowFirstSteps(assignedOn, dueOn)) > 0)
        {
            await tasks.SaveChangesAsync(cancellationToken);
        }
    }
}

/// <summary>What the first-steps reactions read: the case's state, and its first-steps tasks (for update).</summary>
internal static class FirstStepsTasks
{
    public sealed record CaseState(CaseStatus Status, DateOnly? NoticeSentOn, DateOnly? AssetReportOrderedOn, DateOnly? FirstAssignedOn, DateOnly? FirstStepsDueOn);

    public static Task<CaseState?> CaseAsync(IReadRepository<EnforcementCase> cases, Guid caseId, CancellationToken cancellationToken)
    {
        var caseNow = new Specification<EnforcementCase>();
        caseNow.Query.Where(c => c.Id == caseId);
        return cases.FirstOrDefaultAsync(caseNow, q => q.Select(c => new CaseState(c.Status, c.NoticeSentOn, c.AssetReportOrderedOn, c.FirstAssignedOn, c.FirstStepsDueOn)), cancellationToken);
    }

    public static Task<IReadOnlyList<EnforcementTask>> ListAsync(IRepository<EnforcementTask> tasks, Guid caseId, CancellationToken cancellationToken)
    {
        var existing = new Specification<EnforcementTask>();
        existing.Query.Where(t => t.CaseId == caseId && t.Origin == TaskOrigin.FirstSteps);
        return tasks.ListAsync(existing, cancellationToken);
    }
}
