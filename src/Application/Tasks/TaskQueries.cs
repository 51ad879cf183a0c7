using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Application.Errors;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Tasks;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Tasks;

/// <summary>
/// Pages through the pool, due date first (so the overdue lead), then the oldest: by type, status, <c>open</c>
/// (open or claimed), <c>overdue</c>, case, origin, who claimed it, or <c>mine</c> (claimed by the logged-in member).
/// </summary>
public sealed record SearchTasksQuery(
    TaskType? Type = null,
    TaskState? Status = null,
    bool? Open = null,
    bool? Overdue = null,
    Guid? CaseId = null,
    TaskOrigin? Origin = null,
    Guid? ClaimedBy = null,
    bool? Mine = null,
    int? Page = null,
    int? PageSize = null) : IQuery<PagedResult<TaskDto>>, IPagedQuery;

public sealed record GetTaskQuery(Guid Id) : IQuery<TaskDto>;

/// <summary>The pool board: open tasks by type, with how many are claimed and overdue, the oldest and the next due.</summary>
public sealed record TaskBoardQuery : IQuery<TaskBoardDto>;

public sealed class SearchTasksValidator : AbstractValidator<SearchTasksQuery>
{
    public SearchTasksValidator()
    {
        RuleFor(q => q.Type).IsInEnum();
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Origin).IsInEnum();
    }
}

public sealed class SearchTasksHandler(IReadRepository<EnforcementTask> tasks, TaskWork work, ICurrentActor actor, ICourtClock clock, LegalCalendar calendar)
    : IQueryHandler<SearchTasksQuery, PagedResult<TaskDto>>
{
    public async ValueTask<PagedResult<TaskDto>> Handle(SearchTasksQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var me = actor.StaffId;
        var specification = new Specification<EnforcementTask>();
        specification.Query
            .Where(t => t.Type == query.Type, query.Type is not null)
            .Where(t => t.Status == query.Status, query.Status is not null)
            .Where(t => t.Status == TaskState.Open || t.Status == TaskState.Claimed, query.Open == true)
            .Where(t => t.Status == TaskState.Completed || t.Status == TaskState.Cancelled, query.Open == false)
            .Where(t => (t.Status == TaskState.Open || t.Status == TaskState.Claimed) && t.DueOn < today, query.Overdue == true)
            .Where(t => !((t.Status == TaskState.Open || t.Status == TaskState.Claimed) && t.DueOn < today), query.Overdue == false)
            .Where(t => t.CaseId == query.CaseId, query.CaseId is not null)
            .Where(t => t.Origin == query.Origin, query.Origin is not null)
            .Where(t => t.ClaimedById == query.ClaimedBy, query.ClaimedBy is not null)
            .Where(t => t.ClaimedById == me, query.Mine == true)
            .OrderBy(t => t.DueOn).ThenBy(t => t.CreatedOn).ThenBy(t => t.Id);
        work.Scope(specification.Query);
        var result = await tasks.PageAsync(specification, query, TaskMapper.Projection, cancellationToken);
        return result with { Items = result.Items.Select(t => t.AsOf(today, calendar)).ToList() };
    }
}

public sealed class GetTaskHandler(IReadRepository<EnforcementTask> tasks, TaskWork work, ICourtClock clock, LegalCalendar calendar) : IQueryHandler<GetTaskQuery, TaskDto>
{
    public async ValueTask<TaskDto> Handle(GetTaskQuery query, CancellationToken cancellationToken)
    {
        var specification = new Specification<EnforcementTask>();
        specification.Query.Where(t => t.Id == query.Id);
        work.Scope(specification.Query);
        var task = await tasks.FirstOrDefaultAsync(specification, q => q.Select(TaskMapper.Projection), cancellationToken)
            ?? throw new NotFoundException("task.not_found", $"No task you may see has id {query.Id}.");
        return task.AsOf(clock.Today, calendar);
    }
}

/// <summary>One grouped query over the open tasks the actor may see.</summary>
public sealed class TaskBoardHandler(IReadRepository<EnforcementTask> tasks, TaskWork work, ICourtClock clock) : IQueryHandler<TaskBoardQuery, TaskBoardDto>
{
    public async ValueTask<TaskBoardDto> Handle(TaskBoardQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var specification = new Specification<EnforcementTask>();
        specification.Query.Where(t => t.Status == TaskState.Open || t.Status == TaskState.Claimed);
        work.Scope(specification.Query);
        var rows = await tasks.ListAsync(specification, q => q.GroupBy(t => t.Type).Select(g => new
        {
            Type = g.Key,
            Open = g.Count(),
            Claimed = g.Count(t => t.Status == TaskState.Claimed),
            Overdue = g.Count(t => t.DueOn < today),
            Oldest = g.Min(t => t.CreatedOn),
            NextDue = g.Min(t => t.DueOn),
        }), cancellationToken);
        // Every type has a line, the empty ones too; the types with overdue tasks lead.
        var types = Enum.GetValues<TaskType>()
            .Select(type => rows.FirstOrDefault(r => r.Type == type) is { } r
                ? new TaskBoardRowDto(type, r.Open, r.Open - r.Claimed, r.Claimed, r.Overdue, r.Oldest, today.DayNumber - r.Oldest.DayNumber, r.NextDue)
                : new TaskBoardRowDto(type, 0, 0, 0, 0, null, null, null))
            .OrderByDescending(r => r.Overdue).ThenBy(r => r.NextDueOn ?? DateOnly.MaxValue).ThenBy(r => r.Type)
            .ToList();
        return new TaskBoardDto(today, types.Sum(t => t.Open), types.Sum(t => t.Overdue), types);
    }
}
