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
/// one, adds nothing: a case has its first-steps tasks once.
/// </summary>
public sealed class FirstHandlerAssignedHandler(IRepository<EnforcementTask> tasks, IReadRepository<EnforcementCase> cases, TaskWorkflow workflow)
    : INotificationHandler<FirstHandlerAssigned>
{
    public async ValueTask Handle(FirstHandlerAssigned notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var caseNow = new Specification<EnforcementCase>();
        caseNow.Query.Where(c => c.Id == notification.CaseId);
        var state = await cases.FirstOrDefaultAsync(caseNow, q => q.Select(c => new { c.Status, c.NoticeSentOn, c.AssetReportOrderedOn }), cancellationToken);
        if (state is null || state.Status == CaseStatus.Closed)
        {
            return;
        }

        var existing = new Specification<EnforcementTask>();
        existing.Query.Where(t => t.CaseId == notification.CaseId && t.Origin == TaskOrigin.FirstSteps);
        var made = await tasks.ListAsync(existing, q => q.Select(t => t.Type), cancellationToken);
        var planned = EnforcementTask.ForFirstSteps(notification.CaseId, notification.CaseNumber, notification.AssignedOn, notification.FirstStepsDueOn,
            notification.NoticeSent || state.NoticeSentOn is not null, notification.AssetReportOrdered || state.AssetReportOrderedOn is not null, workflow.Context()).Where(t => !made.Contains(t.Type)).ToList();
        if (planned.Count == 0)
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
