using Enforcement.Application.Security;
using Enforcement.Application.Common;
using Enforcement.Application.Preservation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Endpoints;

/// <summary>
/// Preservation (保全): orders with their seals and freezes, legal maximum periods, renewals, lifting deadlines and
/// conversion into enforcement. Officers and coordinators write; leaders read. Changes return the order with its
/// new version (also the ETag); send <c>If-Match</c> to refuse a stale write (412).
/// </summary>
public static class PreservationEndpoints
{
    public static IEndpointRouteBuilder MapPreservation(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/preservation").WithTags("Preservation");
        var orders = group.MapGroup("/orders");

        orders.MapPost("/", Create)
            .RequireAuthorization(Policies.PreservationWork)
            .WithName("CreatePreservationOrder")
            .WithSummary("Record a preservation ruling")
            .WithDescription("Kinds: PreLitigation (诉前), DuringLitigation (诉中), PreEnforcement (执前). `caseNumber` (财保 or 执保) or `litigationCaseNumber`. `applicationReceivedAt` and `ruledAt` are instants (without an offset, in the court's time zone, Beijing time by default); a pre-litigation ruling more than 48 hours later is flagged `rulingLate`. Pre-litigation: lift due unless a suit is recorded within 30 days of the ruling; pre-enforcement: unless enforcement is applied for within 5 days after `performancePeriodEndsOn`.")
            .ProducesChangeProblems();

        orders.MapGet("/", Search)
            .RequireAuthorization(Policies.PreservationRead)
            .WithName("SearchPreservationOrders")
            .WithSummary("Page through orders by status: liftDue, lapsed, active, converted")
            .ProducesValidationProblem();

        orders.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.PreservationRead)
            .WithName("GetPreservationOrder")
            .WithSummary("Read an order with its measures, expiries and lifting deadline")
            .ProducesProblem(StatusCodes.Status404NotFound);

        orders.MapPost("/{id:guid}/measures", AddMeasure)
            .RequireAuthorization(Policies.PreservationWork)
            .WithName("AddPreservationMeasure")
            .WithSummary("Seal, seize or freeze an asset under the order")
            .WithDescription("Asset kinds and their maximum periods, counting the start day: BankDeposit 1 year, Movable 2 years, Immovable and OtherPropertyRight 3 years.")
            .ProducesChangeProblems();

        orders.MapPost("/{id:guid}/measures/{measureId:guid}/renewals", Renew)
            .RequireAuthorization(Policies.PreservationWork)
            .WithName("RenewPreservationMeasure")
            .WithSummary("Renew (续行) a measure")
            .WithDescription("Only on or before its expiry (else 422 `preservation.measure.lapsed`), for at most the same maximum again, from the day after the current expiry.")
            .ProducesChangeProblems();

        orders.MapPost("/{id:guid}/measures/{measureId:guid}/release", Release)
            .RequireAuthorization(Policies.PreservationWork)
            .WithName("ReleasePreservationMeasure")
            .WithSummary("Release (解除) a measure, with a date and a reason")
            .ProducesChangeProblems();

        orders.MapPost("/{id:guid}/lawsuit", Lawsuit)
            .RequireAuthorization(Policies.PreservationWork)
            .WithName("RecordPreservationLawsuit")
            .WithSummary("Record the suit or arbitration that keeps a pre-litigation order in force")
            .ProducesChangeProblems();

        orders.MapPost("/{id:guid}/lawsuit/void", VoidLawsuit)
            .RequireAuthorization(Policies.PreservationWork)
            .WithName("VoidPreservationLawsuit")
            .WithSummary("Void a mistakenly recorded suit (更正)")
            .WithDescription("The suit is kept among the order's corrections, with who, when and why; the lifting deadline counts again without it.")
            .ProducesChangeProblems();

        orders.MapPost("/{id:guid}/conversion", Convert)
            .RequireAuthorization(Policies.PreservationWork)
            .WithName("ConvertPreservationOrder")
            .WithSummary("Convert the order into enforcement on a case for the same title")
            .WithDescription("The order's live measures become the case's measures with the same expiry dates (periods run on); the order is marked converted and further changes go through the case.")
            .ProducesChangeProblems();

        group.MapGet("/measures/lapsed", Lapsed)
            .RequireAuthorization(Policies.PreservationRead)
            .WithName("LapsedMeasures")
            .WithSummary("Seals and freezes lost (脱保) with their last day from `from` to `to`, on orders and cases, latest first")
            .WithDescription("A hold is lost when its last day passed without renewal, or it was released only after that day. `from` defaults to 1 January of `to`'s year, `to` to today; each row carries `expiresOn` and any late `releasedOn`. A converted order's holds are counted on its case. The dashboard's `preservation.lapsed` counts this list.")
            .ProducesValidationProblem();

        group.MapGet("/measures/expiring", Expiring)
            .RequireAuthorization(Policies.PreservationRead)
            .WithName("ExpiringMeasures")
            .WithSummary("Live seals and freezes, on orders and cases, expiring within `withinDays` (default 30), soonest first")
            .WithDescription("Each row carries `daysLeft`, `renewalRequestDueOn` (7 days before expiry) and a bucket: Within7Days, Within15Days, Within30Days (Later beyond 30). With `renewalRequestDueWithinDays=N` instead, the list is of measures whose applicant's renewal request falls due within N days.")
            .ProducesValidationProblem();

        return app;
    }

    public static async Task<Created<PreservationOrderDto>> Create(CreatePreservationOrderCommand command, ISender sender, HttpContext http, CancellationToken ct)
    {
        var order = await sender.Send(command, ct);
        return http.CreatedWithETag($"/api/preservation/orders/{order.Id}", order);
    }

    public static async Task<Ok<PagedResult<PreservationOrderSummaryDto>>> Search(string? status, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SearchPreservationOrdersQuery(status, page, pageSize), ct));

    public static async Task<Ok<PreservationOrderDto>> Get(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        http.OkWithETag(await sender.Send(new GetPreservationOrderQuery(id), ct));

    public static Task<Ok<PreservationOrderDto>> AddMeasure(Guid id, AddPreservationMeasureCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<AddPreservationMeasureCommand, PreservationOrderDto>(command, id, http, ct);

    public static Task<Ok<PreservationOrderDto>> Renew(Guid id, Guid measureId, RenewPreservationMeasureCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<RenewPreservationMeasureCommand, PreservationOrderDto>(command with { MeasureId = measureId }, id, http, ct);

    public static Task<Ok<PreservationOrderDto>> Release(Guid id, Guid measureId, ReleasePreservationMeasureCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<ReleasePreservationMeasureCommand, PreservationOrderDto>(command with { MeasureId = measureId }, id, http, ct);

    public static Task<Ok<PreservationOrderDto>> Lawsuit(Guid id, RecordLawsuitCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<RecordLawsuitCommand, PreservationOrderDto>(command, id, http, ct);

    public static Task<Ok<PreservationOrderDto>> VoidLawsuit(Guid id, VoidLawsuitCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<VoidLawsuitCommand, PreservationOrderDto>(command, id, http, ct);

    public static Task<Ok<PreservationOrderDto>> Convert(Guid id, ConvertOrderCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<ConvertOrderCommand, PreservationOrderDto>(command, id, http, ct);

    public static async Task<Ok<PagedResult<LapsedMeasureDto>>> Lapsed(DateOnly? from, DateOnly? to, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new LapsedMeasuresQuery(from, to, page, pageSize), ct));

    public static async Task<Ok<PagedResult<ExpiringMeasureDto>>> Expiring(
        int? withinDays, int? page, int? pageSize, int? renewalRequestDueWithinDays, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ExpiringMeasuresQuery(withinDays, page, pageSize, renewalRequestDueWithinDays), ct));
}
