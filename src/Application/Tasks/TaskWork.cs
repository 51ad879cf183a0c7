using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Security;
using Enforcement.Application.Staff;
using Enforcement.Domain.Common;
using Enforcement.Domain.Staff;
using Enforcement.Domain.Tasks;

namespace Enforcement.Application.Tasks;

/// <summary>Section <c>Tasks</c>: each type's period from creation to due, and how early a 终本 re-inquiry becomes a task.</summary>
public sealed class TaskOptions
{
    public const string SectionName = "Tasks";

    /// <summary>Days from creation to due, per type; a type not named keeps its default (the first steps: 3 days).</summary>
    public Dictionary<TaskType, int> DueDays { get; set; } = [];

    /// <summary>A 终本 case's re-inquiry becomes a task this many days before it is due.</summary>
    public int ReinquiryLeadDays { get; set; } = TaskRules.Default.ReinquiryLeadDays;

    /// <summary>How often the host looks for re-inquiries that came due, in minutes (and once at start-up).</summary>
    public int PlanEveryMinutes { get; set; } = 60;

    /// <summary>Whether the host runs the planner itself (tests switch it off and send the command).</summary>
    public bool PlanInBackground { get; set; } = true;

    public TaskRules ToRules() =>
        new(TaskRules.Default.DueDays.ToDictionary(p => p.Key, p => DueDays.TryGetValue(p.Key, out var days) ? days : p.Value), ReinquiryLeadDays);
}

/// <summary>
/// Who works the pool: a coordinator every task, an officer the tasks on the cases they may work (their own and
/// unassigned ones). Whoever claims or completes a task does so as their staff record, which must be able to handle cases.
/// </summary>
public sealed class TaskWork(ICurrentActor actor, CaseWorkGuard guard, IRepository<StaffMember> staff)
{
    /// <summary>Refuses (403) an officer a task on a case handled by someone else.</summary>
    public Task<WorkableCase> EnsureMayWorkAsync(Guid caseId, CancellationToken cancellationToken) => guard.RequireWorkableAsync(caseId, "task", cancellationToken);

    /// <summary>The logged-in user's staff record, which must be an active handler (422 otherwise).</summary>
    public async Task<StaffMember> TeamMemberAsync(CancellationToken cancellationToken)
    {
        var member = actor.StaffId is { } id ? await staff.RequireAsync(id, cancellationToken) : null;
        if (member is not { CanHandleCases: true })
        {
            throw new DomainException("task.not_a_team_member",
                "Only an active officer of the enforcement bureau or the governance centre claims and completes pool tasks; this login has no such staff record.");
        }

        return member;
    }

    /// <summary>
    /// The tasks the actor may see in the pool's lists: all for coordinators and leaders, those of the cases an officer
    /// may work otherwise.
    /// </summary>
    public void Scope(ISpecificationBuilder<EnforcementTask> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (guard.ReadsAll)
        {
            return;
        }

        var workable = guard.WorkableCases;
        query.Where(t => workable.Any(c => c.Id == t.CaseId));
    }
}
