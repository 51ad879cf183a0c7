using System.Linq.Expressions;
using Ardalis.Specification;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Tasks;

namespace Enforcement.Application.Tasks;

/// <summary>A task of the central pool, with its due date as of today.</summary>
public sealed record TaskDto : Common.IVersioned
{
    public Guid Id { get; init; }

    public TaskType Type { get; init; }

    public Guid CaseId { get; init; }

    public string CaseNumber { get; init; } = "";

    public TaskOrigin Origin { get; init; }

    public string Reason { get; init; } = "";

    public DateOnly CreatedOn { get; init; }

    public string CreatedBy { get; init; } = "";

    public DateOnly DueOn { get; init; }

    /// <summary>The due date falls in a year without a holiday list: it skips weekends only, and may move once the list is added.</summary>
    public bool DeadlineAssumesWeekendsOnly { get; init; }

    /// <summary>Days from today to the due date; negative once past.</summary>
    public int DaysLeft { get; init; }

    /// <summary>Open or claimed past its due date.</summary>
    public bool Overdue { get; init; }

    /// <summary>Days since the task was created.</summary>
    public int AgeDays { get; init; }

    public TaskState Status { get; init; }

    public Guid? ClaimedById { get; init; }

    public string? ClaimedByName { get; init; }

    public DateOnly? ClaimedOn { get; init; }

    public string? CompletedByName { get; init; }

    public DateOnly? CompletedOn { get; init; }

    public string? Result { get; init; }

    /// <summary>The measure the completion recorded on the case.</summary>
    public Guid? MeasureId { get; init; }

    public string? CancelReason { get; init; }

    public int Version { get; init; }
}

/// <summary>One line of the pool board: a type's open tasks, how many are claimed and overdue, the oldest and the next due.</summary>
public sealed record TaskBoardRowDto(TaskType Type, int Open, int Unclaimed, int Claimed, int Overdue, DateOnly? OldestCreatedOn, int? OldestAgeDays, DateOnly? NextDueOn);

public sealed record TaskBoardDto(DateOnly AsOf, int Open, int Overdue, IReadOnlyList<TaskBoardRowDto> Types);

/// <summary>The task DTO: one expression, projected in SQL for reads and compiled for the aggregate after a change.</summary>
public static class TaskMapper
{
    public static readonly Expression<Func<EnforcementTask, TaskDto>> Projection = t => new TaskDto
    {
        Id = t.Id,
        Type = t.Type,
        CaseId = t.CaseId,
        CaseNumber = t.CaseNumber,
        Origin = t.Origin,
        Reason = t.Reason,
        CreatedOn = t.CreatedOn,
        CreatedBy = t.CreatedBy,
        DueOn = t.DueOn,
        Status = t.Status,
        ClaimedById = t.ClaimedById,
        ClaimedByName = t.ClaimedByName,
        ClaimedOn = t.ClaimedOn,
        CompletedByName = t.CompletedByName,
        CompletedOn = t.CompletedOn,
        Result = t.Result,
        MeasureId = t.MeasureId,
        CancelReason = t.CancelReason,
        Version = t.Version,
    };

    private static readonly Func<EnforcementTask, TaskDto> Compiled = Projection.Compile();

    public static TaskDto ToDto(this EnforcementTask task, DateOnly today, LegalCalendar calendar) => Compiled(task).AsOf(today, calendar);

    public static TaskDto AsOf(this TaskDto dto, DateOnly today, LegalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(dto);
        ArgumentNullException.ThrowIfNull(calendar);
        return dto with
        {
            DeadlineAssumesWeekendsOnly = calendar.AssumesWeekendsOnly(dto.DueOn),
            DaysLeft = dto.DueOn.DayNumber - today.DayNumber,
            Overdue = EnforcementTask.IsOverdue(dto.Status, dto.DueOn, today),
            AgeDays = (dto.CompletedOn ?? today).DayNumber - dto.CreatedOn.DayNumber,
        };
    }
}

/// <summary>How the workflow loads and reads back a task; who may work it is checked against its case by <see cref="TaskWork"/>.</summary>
public sealed class TaskDefinition(LegalCalendar calendar) : AggregateDefinition<EnforcementTask, TaskDto>
{
    public override string Noun => "task";

    public override string NotFoundCode => "task.not_found";

    public override ISpecification<EnforcementTask> ForChange(Guid id) => new TaskByIdSpec(id);

    public override TaskDto ToDto(EnforcementTask aggregate, DateOnly today) => aggregate.ToDto(today, calendar);
}

public sealed class TaskByIdSpec : Specification<EnforcementTask>
{
    public TaskByIdSpec(Guid id) => Query.Where(t => t.Id == id);
}
