using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Errors;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Tasks;
using Mediator;

namespace Enforcement.Application.Tasks;

/// <summary>
/// Puts a newly assigned case's first steps in the pool: serving the notice and the asset-report order, due on the
/// case clock's first-steps date. A redelivered event, or a second first assignment after a voided one, adds nothing:
/// a case has its first-steps tasks once.
/// </summary>
public sealed class FirstHandlerAssignedHandler(IRepository<EnforcementTask> tasks, TaskWorkflow workflow) : INotificationHandler<FirstHandlerAssigned>
{
    public async ValueTask Handle(FirstHandlerAssigned notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var existing = new Specification<EnforcementTask>();
        existing.Query.Where(t => t.CaseId == notification.CaseId && t.Origin == TaskOrigin.FirstSteps);
        var made = await tasks.ListAsync(existing, q => q.Select(t => t.Type), cancellationToken);
        var planned = EnforcementTask.ForFirstSteps(notification.CaseId, notification.CaseNumber, notification.AssignedOn, notification.FirstStepsDueOn,
            notification.NoticeSent, notification.AssetReportOrdered, workflow.Context()).Where(t => !made.Contains(t.Type)).ToList();
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
