using Enforcement.Application.Security;
using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Tasks;
using Enforcement.Domain.Tasks;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Endpoints;

/// <summary>
/// The central task pool (集约执行): routine work on cases, created from the cases' events and by hand, claimed by a
/// team member and completed with a result that records the matching measure on the case.
/// </summary>
public static class TasksEndpoints
{
    public static IEndpointRouteBuilder MapTasks(this IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/tasks").WithTags("Task pool");

        tasks.MapPost("/", Create)
            .RequireAuthorization(Policies.TaskWork)
            .WithName("CreateTask")
            .WithSummary("Put a task on a case in the pool by hand")
            .WithDescription("Officer (on cases they may work, 403 `task.not_your_case`), Coordinator. `dueOn` defaults to the type's `Tasks:DueDays` from today (the notice and the asset-report order: 3 days), counted as a procedural period.")
            .ProducesChangeProblems()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        tasks.MapGet("/", Search)
            .RequireAuthorization(Policies.TaskRead)
            .WithName("SearchTasks")
            .WithSummary("Page through the pool, due date first (the overdue lead), then the oldest")
            .WithDescription("An officer sees the tasks of the cases they may work; coordinators and leaders see all.")
            .ProducesValidationProblem();

        tasks.MapGet("/board", Board)
            .RequireAuthorization(Policies.TaskRead)
            .WithName("TaskBoard")
            .WithSummary("The pool board: open tasks by type, with claimed, overdue, the oldest and the next due")
            .WithDescription("Types with overdue tasks first.");

        tasks.MapGet("/board/" + ExportFile.RoutePattern, ExportBoard)
            .RequireAuthorization(Policies.TaskRead)
            .WithName("ExportTaskBoard")
            .WithSummary("Download the task board as .xlsx or .csv: the board by type, and the open tasks by due date")
            .WithDescription("`/api/tasks/board/export.xlsx` or `.csv`. An officer's export holds the tasks on the cases they may work. Each export is audited.")
            .DescribedAsExport();

        tasks.MapPost("/claim-next", ClaimNext)
            .RequireAuthorization(Policies.TaskWork)
            .WithName("ClaimNextTask")
            .WithSummary("Claim the oldest due open task of the given types")
            .WithDescription("Officer, Coordinator, as their staff record (422 `task.not_a_team_member` without one). `types` defaults to every type. 404 `task.pool_empty` when nothing waits.")
            .ProducesChangeProblems();

        tasks.MapPost("/plan", Plan)
            .RequireAuthorization(Policies.TaskManage)
            .WithName("PlanReinquiryTasks")
            .WithSummary("Put the 终本 re-inquiries that come due within `Tasks:ReinquiryLeadDays` in the pool now")
            .WithDescription("Coordinator. The host does this hourly by itself; a re-inquiry becomes a task once.");

        tasks.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.TaskRead)
            .WithName("GetTask")
            .WithSummary("A task")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var one = tasks.MapGroup("/{id:guid}");
        BodilessChange<ClaimTaskCommand>(one, "/claim", Policies.TaskWork, "ClaimTask", "Claim the task (领取)",
            "Officer (on cases they may work), Coordinator, as their staff record. An open task only (409 `task.already_claimed`).");
        BodilessChange<ReleaseTaskCommand>(one, "/release", Policies.TaskWork, "ReleaseTask", "Give up the claim (退回)",
            "The member who claimed it (even after the case went to another handler), the case's handler or a Coordinator (403 `task.claimed_by_other`).");
        one.MapChange<CompleteTaskCommand, TaskDto>("/complete", Policies.TaskWork, "CompleteTask", "Complete the task with its result (完成)",
            "Officer (on cases they may work), Coordinator; a claimed task by its claimer or a Coordinator. A notice, asset-report order or online-inquiry task records that measure on the case in the same transaction (an inquiry needs `inquiryResult`), under the case's own rules; the task keeps the measure's id. Other types write their result on the case's timeline. Once (409 `task.already_completed`).");
        one.MapChange<CancelTaskCommand, TaskDto>("/cancel", Policies.TaskManage, "CancelTask", "Take a task no longer needed out of the pool (撤销)",
            "Coordinator, with a reason.");
        return app;
    }

    private static void BodilessChange<TCommand>(RouteGroupBuilder group, string pattern, string policy, string name, string summary, string description)
        where TCommand : AggregateCommand, ICommand<TaskDto>, new() =>
        group.MapPost(pattern, (Guid id, ISender sender, HttpContext http, CancellationToken ct) => sender.SendChangeAsync<TCommand, TaskDto>(new TCommand(), id, http, ct))
            .RequireAuthorization(policy)
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(description)
            .ProducesChangeProblems()
            .ProducesProblem(StatusCodes.Status403Forbidden);

    public static async Task<Created<TaskDto>> Create(CreateTaskCommand command, ISender sender, HttpContext http, CancellationToken ct)
    {
        var task = await sender.Send(command, ct);
        return http.CreatedWithETag($"/api/tasks/{task.Id}", task);
    }

    public static async Task<Ok<PagedResult<TaskDto>>> Search(
        TaskType? type, TaskState? status, bool? open, bool? overdue, Guid? caseId, TaskOrigin? origin, Guid? claimedBy, bool? mine, int? page, int? pageSize,
        ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SearchTasksQuery(type, status, open, overdue, caseId, origin, claimedBy, mine, page, pageSize), ct));

    public static async Task<Ok<TaskBoardDto>> Board(ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new TaskBoardQuery(), ct));

    public static Task<FileStreamHttpResult> ExportBoard(string format, ISender sender, CancellationToken ct) =>
        ExportFile.SendAsync(sender, format, f => new ExportTaskBoardQuery(f), ct);

    public static async Task<Ok<TaskDto>> ClaimNext(ClaimNextTaskCommand? command, ISender sender, HttpContext http, CancellationToken ct) =>
        http.OkWithETag(await sender.Send(command ?? new ClaimNextTaskCommand(), ct));

    public static async Task<Ok<PlannedTasksDto>> Plan(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new PlanReinquiryTasksCommand(), ct));

    public static async Task<Ok<TaskDto>> Get(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        http.OkWithETag(await sender.Send(new GetTaskQuery(id), ct));
}
