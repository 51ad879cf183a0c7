using Enforcement.Application.Security;
using Enforcement.Application.Assistance;
using Enforcement.Application.Common;
using Enforcement.Domain.Assistance;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Endpoints;

/// <summary>
/// Assistance requests to linked units (联动执行): 协助执行通知书 and 协查函 from a case, with the reply due after the
/// unit kind's working days, the reply and its result, and the per-unit figures the leadership reads.
/// </summary>
public static class AssistanceEndpoints
{
    public static IEndpointRouteBuilder MapAssistance(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/assistance-requests").WithTags("Assistance requests");

        requests.MapPost("/", Send)
            .RequireAuthorization(Policies.AssistanceWork)
            .WithName("SendAssistanceRequest")
            .WithSummary("Record an assistance request sent from a case to a linked unit")
            .WithDescription("Officer (on cases they may work, 403 `assistance.not_your_case`), Coordinator. The unit must be active (422 `assistance.unit.inactive`). `sentOn` defaults to today, not before the case was filed. The reply is due `Assistance:ReplyWorkingDays:{unitKind}` working days later (default `Assistance:DefaultReplyWorkingDays`, 7), skipping weekends and holidays.")
            .ProducesChangeProblems()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        requests.MapGet("/", Search)
            .RequireAuthorization(Policies.AssistanceRead)
            .WithName("SearchAssistanceRequests")
            .WithSummary("Page through assistance requests; `overdue=true` lists the unanswered past due, oldest due first")
            .WithDescription("An officer sees the requests of the cases they may work; coordinators and leaders see all.")
            .ProducesValidationProblem();

        requests.MapGet("/units", Units)
            .RequireAuthorization(Policies.AssistanceRead)
            .WithName("UnitAssistanceFigures")
            .WithSummary("Per linked unit: requests sent, answered, answered on time, overdue now, on-time rate and average reply days")
            .WithDescription("Over the requests sent from `from` to `to` (default: 1 January of `to`'s year to today). `onTimeRate` = answered on time ÷ (answered + unanswered past due), a fraction; `averageReplyDays` is in calendar days over the answered.")
            .ProducesValidationProblem();

        requests.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.AssistanceRead)
            .WithName("GetAssistanceRequest")
            .WithSummary("An assistance request with its reply")
            .ProducesProblem(StatusCodes.Status404NotFound);

        requests.MapGroup("/{id:guid}").MapChange<RecordAssistanceReplyCommand, AssistanceRequestDto>("/reply", Policies.AssistanceWork, "RecordAssistanceReply",
            "Record the unit's reply (回复)",
            "Officer (on cases they may work), Coordinator. Once (409 `assistance.already_replied`); `repliedOn` defaults to today, not before sending. Result: Done, PropertyFound, NothingFound or Declined. With Done or PropertyFound, `measure` (Seal, Seize, Freeze, Deduct or SearchForDebtor) records that measure on the case in the same transaction, under the case's own rules.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    public static async Task<Created<AssistanceRequestDto>> Send(SendAssistanceRequestCommand command, ISender sender, HttpContext http, CancellationToken ct)
    {
        var request = await sender.Send(command, ct);
        return http.CreatedWithETag($"/api/assistance-requests/{request.Id}", request);
    }

    public static async Task<Ok<PagedResult<AssistanceRequestDto>>> Search(
        Guid? caseId, Guid? unitId, AssistanceType? type, bool? answered, bool? overdue, DateOnly? sentFrom, DateOnly? sentTo, int? page, int? pageSize,
        ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SearchAssistanceRequestsQuery(caseId, unitId, type, answered, overdue, sentFrom, sentTo, page, pageSize), ct));

    public static async Task<Ok<IReadOnlyList<UnitAssistanceFiguresDto>>> Units(DateOnly? from, DateOnly? to, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UnitAssistanceFiguresQuery(from, to), ct));

    public static async Task<Ok<AssistanceRequestDto>> Get(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        http.OkWithETag(await sender.Send(new GetAssistanceRequestQuery(id), ct));
}
