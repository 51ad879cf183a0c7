using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Errors;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Tasks;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Tasks;

/// <summary>A task made by hand on a case, with the reason; <c>dueOn</c> defaults to the type's configured period from today.</summary>
public sealed record CreateTaskCommand(Guid? CaseId, TaskType? Type, [MultilineText] string? Reason, DateOnly? DueOn = null) : ICommand<TaskDto>;

/// <summary>领取: the logged-in team member claims the task.</summary>
public sealed record ClaimTaskCommand : AggregateCommand, ICommand<TaskDto>;

/// <summary>领取下一个: the oldest due open task of <c>types</c> (default: every type) that the member may work.</summary>
public sealed record ClaimNextTaskCommand(IReadOnlyList<TaskType>? Types = null) : ICommand<TaskDto>;

/// <summary>退回: the claim is given up (by the claimer or a coordinator) and the task returns to the pool.</summary>
public sealed record ReleaseTaskCommand : AggregateCommand, ICommand<TaskDto>;

/// <summary>
/// 完成: the result, dated <c>completedOn</c> (default today). A notice, asset-report order or online-inquiry task
/// records that measure on the case (an inquiry with <c>inquiryResult</c>), in the same transaction.
/// </summary>
public sealed record CompleteTaskCommand(
    [MultilineText] string? Result, DateOnly? CompletedOn = null, InquiryResult? InquiryResult = null, bool DebtorMissing = false)
    : AggregateCommand, ICommand<TaskDto>;

/// <summary>撤销: a task no longer needed leaves the pool, with the reason.</summary>
public sealed record CancelTaskCommand([MultilineText] string? Reason) : AggregateCommand, ICommand<TaskDto>;

/// <summary>Creates the online re-inquiry tasks of the 终本 cases whose re-inquiry falls due within the lead days; run by the host hourly.</summary>
public sealed record PlanReinquiryTasksCommand : ICommand<PlannedTasksDto>;

public sealed record PlannedTasksDto(int Created);

public sealed class CreateTaskValidator : AbstractValidator<CreateTaskCommand>
{
    public CreateTaskValidator(ICourtClock clock)
    {
        RuleFor(c => c.CaseId).NotEmpty();
        RuleFor(c => c.Type).NotNull().IsInEnum();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(EnforcementTask.MaxTextLength);
        RuleFor(c => c.DueOn).GreaterThanOrEqualTo(_ => clock.Today).WithMessage("A new task cannot be due before today.");
    }
}

public sealed class ClaimTaskValidator : AbstractValidator<ClaimTaskCommand>;

public sealed class ReleaseTaskValidator : AbstractValidator<ReleaseTaskCommand>;

public sealed class PlanReinquiryTasksValidator : AbstractValidator<PlanReinquiryTasksCommand>;

public sealed class ClaimNextTaskValidator : AbstractValidator<ClaimNextTaskCommand>
{
    public ClaimNextTaskValidator() => RuleForEach(c => c.Types).IsInEnum();
}

public sealed class CompleteTaskValidator : AbstractValidator<CompleteTaskCommand>
{
    public CompleteTaskValidator()
    {
        RuleFor(c => c.Result).NotEmpty().MaximumLength(EnforcementTask.MaxTextLength);
        RuleFor(c => c.InquiryResult).IsInEnum();
    }
}

public sealed class CancelTaskValidator : AbstractValidator<CancelTaskCommand>
{
    public CancelTaskValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(EnforcementTask.MaxTextLength);
}

public sealed class CreateTaskHandler(TaskWorkflow workflow, TaskWork work, IOptions<TaskOptions> options) : ICommandHandler<CreateTaskCommand, TaskDto>
{
    public async ValueTask<TaskDto> Handle(CreateTaskCommand command, CancellationToken cancellationToken)
    {
        var @case = await work.EnsureMayWorkAsync(command.CaseId!.Value, cancellationToken);
        if (@case.Closed && !EnforcementTask.AllowedOnClosedCase(command.Type!.Value, @case.TerminatedThisRound))
        {
            @case.EnsureNotResumed("task");
            throw new DomainException("task.case.closed",
                $"Case {@case.Number} is closed: only archiving, drafting and, after 终本, an online re-inquiry are still done on it.");
        }

        var task = EnforcementTask.Create(command.Type!.Value, @case.Id, @case.Number.Value, command.Reason, command.DueOn, options.Value.ToRules(), workflow.Context());
        return await workflow.AddAsync(task, () => new ConflictException("task.duplicate", "The task exists."), cancellationToken);
    }
}

public sealed class ClaimTaskHandler(TaskWorkflow workflow, TaskWork work) : ICommandHandler<ClaimTaskCommand, TaskDto>
{
    public async ValueTask<TaskDto> Handle(ClaimTaskCommand command, CancellationToken cancellationToken)
    {
        var task = await workflow.LoadAsync(command.AggregateId, command.ExpectedVersion, cancellationToken);
        await work.EnsureMayWorkAsync(task.CaseId, cancellationToken);
        var member = await work.TeamMemberAsync(cancellationToken);
        task.Claim(member.Id, member.Name, workflow.Context());
        return await workflow.SaveAsync(task, cancellationToken);
    }
}

/// <summary>
/// Claims the oldest due open task the member may work. Two members asking at once may pick the same task: the
/// loser's save fails on the version, and it takes the next one.
/// </summary>
public sealed class ClaimNextTaskHandler(TaskWorkflow workflow, TaskWork work, IReadRepository<EnforcementTask> tasks, IUnitOfWork unitOfWork)
    : ICommandHandler<ClaimNextTaskCommand, TaskDto>
{
    private const int MaxAttempts = 5;

    public async ValueTask<TaskDto> Handle(ClaimNextTaskCommand command, CancellationToken cancellationToken)
    {
        var member = await work.TeamMemberAsync(cancellationToken);
        var types = command.Types is { Count: > 0 } chosen ? chosen.Distinct().ToList() : Enum.GetValues<TaskType>().ToList();
        for (var attempt = 1; ; attempt++)
        {
            var next = new Specification<EnforcementTask>();
            next.Query.Where(t => t.Status == TaskState.Open && types.Contains(t.Type))
                .OrderBy(t => t.DueOn).ThenBy(t => t.CreatedOn).ThenBy(t => t.Id).Take(1);
            work.Scope(next.Query);
            var id = (await tasks.ListAsync(next, q => q.Select(t => t.Id), cancellationToken)).FirstOrDefault();
            if (id == Guid.Empty)
            {
                throw new NotFoundException("task.pool_empty", "No open task of those types waits in the pool for you.");
            }

            try
            {
                var task = await workflow.LoadAsync(id, null, cancellationToken);
                task.Claim(member.Id, member.Name, workflow.Context());
                return await workflow.SaveAsync(task, cancellationToken);
            }
            catch (Exception exception) when (attempt < MaxAttempts && exception is ConcurrencyConflictException or DomainConflictException)
            {
                unitOfWork.DiscardChanges();
            }
        }
    }
}

/// <summary>
/// Gives a claimed task back to the pool. The claimant may always give back their own claim, even after the case went
/// to another handler; a coordinator and the case's handler may release anyone's, so that a claim left by a former
/// handler does not hold the task from the new one.
/// </summary>
public sealed class ReleaseTaskHandler(TaskWorkflow workflow, TaskWork work, ICurrentActor actor) : ICommandHandler<ReleaseTaskCommand, TaskDto>
{
    public async ValueTask<TaskDto> Handle(ReleaseTaskCommand command, CancellationToken cancellationToken)
    {
        var task = await workflow.LoadAsync(command.AggregateId, command.ExpectedVersion, cancellationToken);
        if (task.ClaimedById is not { } claimer || claimer != actor.StaffId)
        {
            var @case = await work.EnsureMayWorkAsync(task.CaseId, cancellationToken);
            var releasesOthers = actor.IsInRole(Security.Roles.Coordinator) || (actor.StaffId is { } me && @case.HandlerId == me);
            if (task.ClaimedById is not null && !releasesOthers)
            {
                throw new ForbiddenException("task.claimed_by_other", $"{task.ClaimedByName} claimed this task; they, the case's handler or a coordinator release it.",
                    Auditing.AuditSubject.Of<EnforcementTask>(task.Id));
            }
        }

        task.Release(workflow.Context());
        return await workflow.SaveAsync(task, cancellationToken);
    }
}

/// <summary>Completes a task; one that matches a measure records it on the case in the same transaction (see <see cref="EnforcementTask.Complete"/>).</summary>
public sealed class CompleteTaskHandler(TaskWorkflow workflow, CaseWorkflow cases, TaskWork work, ICurrentActor actor) : ICommandHandler<CompleteTaskCommand, TaskDto>
{
    public async ValueTask<TaskDto> Handle(CompleteTaskCommand command, CancellationToken cancellationToken)
    {
        var task = await workflow.LoadAsync(command.AggregateId, command.ExpectedVersion, cancellationToken);
        await work.EnsureMayWorkAsync(task.CaseId, cancellationToken);
        var member = await work.TeamMemberAsync(cancellationToken);
        if (task.ClaimedById is { } claimer && claimer != member.Id && !actor.IsInRole(Security.Roles.Coordinator))
        {
            throw new ForbiddenException("task.claimed_by_other", $"{task.ClaimedByName} claimed this task; they or a coordinator complete it.",
                Auditing.AuditSubject.Of<EnforcementTask>(task.Id));
        }

        // The case is loaded (and its version checked on save) only when a measure is recorded on it.
        var @case = task.Measure is null || !task.IsOpen ? null : await cases.LoadAsync(task.CaseId, null, cancellationToken);
        var context = workflow.Context();
        task.Complete(@case, member.Id, member.Name, command.CompletedOn ?? context.Today, command.Result, command.InquiryResult, command.DebtorMissing, context);
        return await workflow.SaveAsync(task, cancellationToken);
    }
}

public sealed class CancelTaskHandler(TaskWorkflow workflow, TaskWork work) : ICommandHandler<CancelTaskCommand, TaskDto>
{
    public async ValueTask<TaskDto> Handle(CancelTaskCommand command, CancellationToken cancellationToken)
    {
        var task = await workflow.LoadAsync(command.AggregateId, command.ExpectedVersion, cancellationToken);
        await work.EnsureMayWorkAsync(task.CaseId, cancellationToken);
        task.Cancel(command.Reason, workflow.Context());
        return await workflow.SaveAsync(task, cancellationToken);
    }
}

/// <summary>
/// Finds the 终本 cases whose next re-inquiry falls due within the lead days and has no task yet, and makes one task
/// for each, due on the re-inquiry date. A second run creates nothing new; the unique (case, type, origin key) index
/// refuses a duplicate from a concurrent run.
/// </summary>
public sealed class PlanReinquiryTasksHandler(
    IReadRepository<EnforcementCase> cases, IRepository<EnforcementTask> tasks, TaskWorkflow workflow, IOptions<TaskOptions> options, ICourtClock clock)
    : ICommandHandler<PlanReinquiryTasksCommand, PlannedTasksDto>
{
    public async ValueTask<PlannedTasksDto> Handle(PlanReinquiryTasksCommand command, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var horizon = today.AddDays(options.Value.ToRules().ReinquiryLeadDays);
        var existing = tasks.Subquery;
        var due = new Specification<EnforcementCase>();

        // Only while the duty lasts (5 years from the closure): the due list and the worklists read the same bound.
        due.Query.Where(CaseWorklists.ReinquiryDueBy(today, horizon))
            // A task whose schedule was struck gave up its key (EnforcementTask.CancelWithSchedule): it does not count.
            .Where(c => !existing.Any(t => t.CaseId == c.Id && t.Origin == TaskOrigin.Reinquiry && t.DueOn == c.NextReinquiryDueOn && t.OriginKey != null));
        var found = await cases.ListAsync(due, q => q.Select(c => new { c.Id, c.Number, DueOn = c.NextReinquiryDueOn!.Value }), cancellationToken);

        // A re-inquiry still open when its case's 5 years ended is owed no longer. (Found by id first: a query that
        // composes another repository's untracked subquery reads untracked, and the cancellations must be saved.)
        var endedCases = cases.Subquery.Where(c => c.ReinquiryEndsOn < today).Select(c => c.Id);
        var ended = new Specification<EnforcementTask>();
        ended.Query.Where(t => t.Origin == TaskOrigin.Reinquiry && (t.Status == TaskState.Open || t.Status == TaskState.Claimed) && endedCases.Contains(t.CaseId));
        var staleIds = await tasks.ListAsync(ended, q => q.Select(t => t.Id), cancellationToken);
        IReadOnlyList<EnforcementTask> stale = [];
        if (staleIds.Count > 0)
        {
            var byId = new Specification<EnforcementTask>();
            byId.Query.Where(t => staleIds.Contains(t.Id));
            stale = await tasks.ListAsync(byId, cancellationToken);
        }

        if (found.Count == 0 && stale.Count == 0)
        {
            return new PlannedTasksDto(0);
        }

        var context = workflow.Context();
        foreach (var task in stale)
        {
            task.Cancel("终本后五年复查期限已届满 The 5 years of re-inquiries after 终本 have ended", context);
        }

        foreach (var @case in found)
        {
            tasks.Add(EnforcementTask.ForReinquiry(@case.Id, @case.Number.Value, @case.DueOn, context));
        }

        try
        {
            await tasks.SaveChangesAsync(cancellationToken);
        }
        catch (UniqueConstraintException)
        {
            // A concurrent run made some of them first; the next run fills any gap.
            return new PlannedTasksDto(0);
        }

        return new PlannedTasksDto(found.Count);
    }
}
