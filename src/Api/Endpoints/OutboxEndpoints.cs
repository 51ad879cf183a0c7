using Enforcement.Application.Security;
using Enforcement.Application.Common;
using Enforcement.Application.Outbox;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Endpoints;

/// <summary>The outbox of domain events (Admin): what was delivered, what is waiting for a retry, and the dead letters.</summary>
public static class OutboxEndpoints
{
    public static IEndpointRouteBuilder MapOutbox(this IEndpointRouteBuilder app)
    {
        var outbox = app.MapGroup("/api/outbox").WithTags("Outbox");

        outbox.MapGet("/", List)
            .RequireAuthorization(Policies.OutboxManage)
            .WithName("ListOutboxMessages")
            .WithSummary("Page through the outbox, newest first")
            .WithDescription("`status`: Pending (waiting, or failed and due for a retry), Delivered, DeadLettered (retries ran out; `lastError` says why).")
            .ProducesValidationProblem();

        outbox.MapPost("/{id:guid}/retry", Retry)
            .RequireAuthorization(Policies.OutboxManage)
            .WithName("RetryOutboxMessage")
            .WithSummary("Send a dead-lettered message round again")
            .WithDescription("Handlers that already had it are not called again.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    public static async Task<Ok<PagedResult<OutboxMessageDto>>> List(OutboxStatus? status, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListOutboxMessagesQuery(status, page, pageSize), ct));

    public static async Task<Ok<OutboxMessageDto>> Retry(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RetryOutboxMessageCommand(id), ct));
}
