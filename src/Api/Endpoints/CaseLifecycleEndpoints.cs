using Enforcement.Application.Security;
using Enforcement.Application.Cases;
using Enforcement.Application.Cases.Corrections;
using Enforcement.Application.Cases.GetCase;
using Enforcement.Application.Cases.Lifecycle;
using Enforcement.Application.Common.Workflows;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Endpoints;

/// <summary>
/// Working a case: handlers, measures, payments, the statutory clock, settlement, closure and resumption.
/// Every change returns the updated case detail with its new version (also the ETag). Send <c>If-Match</c>
/// with the version you read: a stale one is refused with 412. Officers change only their own and unassigned
/// cases (403 <c>case.not_assigned_to_you</c>); coordinators change any case.
/// </summary>
public static class CaseLifecycleEndpoints
{
    public static IEndpointRouteBuilder MapCaseLifecycle(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases/{id:guid}").WithTags("Case lifecycle");

        Change<AssignCaseOfficerCommand>(cases, "/assignments", "AssignHandler", "Assign or reassign the handler (承办人)",
            "Every assignment is kept. The first starts the 3-day deadline for the enforcement notice and the asset-report order.");
        Change<RecordMeasureCommand>(cases, "/measures", "RecordMeasure", "Record an enforcement measure",
            "Kinds: EnforcementNotice, AssetReportOrder, OnlineAssetInquiry (with inquiryResult), Seal, Seize, Freeze, Deduct, Auction, ConsumptionRestriction, DishonestDebtorListing (with listingGround), DishonestDebtorRemoval, Fine, Detention, SearchForDebtor. Dated between filing and today. A Seal, Seize or Freeze holds its assetKind's legal maximum, or until the ruling's last day if earlier. On a 终本 case only an online re-inquiry is accepted.");
        Change<RecordPaymentCommand>(cases, "/payments", "RecordPayment", "Record a payment (执行到位)",
            "Sources: Voluntary, Deduction, AuctionProceeds, SettlementInstalment (only while a settlement runs). A total above the claim is accepted and shows as surplusAmount.");
        Change<StartPauseCommand>(cases, "/pauses", "StartPause", "Pause the statutory clock (e.g. 中止执行)",
            "Kinds: Suspension, PublicNoticeService, Deferral, RequestForInstructions, Coordination. Only one pause may be open.");
        Change<EndPauseCommand>(cases, "/pauses/current/end", "EndPause", "End the open pause (恢复)",
            "The paused days move the deadline.");
        Change<RequestExtensionCommand>(cases, "/extensions", "RequestExtension", "Request an extension of the case limit",
            "Accepted only within the last 5 days before the deadline; a court leader decides.");
        Change<AgreeSettlementCommand>(cases, "/settlement", "AgreeSettlement", "Record a settlement agreement (执行和解)",
            "With its terms and instalment plan. Enforcement is suspended while it is performed.");
        Change<CloseCaseCommand>(cases, "/closure", "CloseCase", "Close the case (结案)",
            "Modes: FullyPerformed (the payments dated on or before the closure cover the claim, or a settlement was performed), TerminatedThisRound (终本: all five conditions are checked; a refusal lists each unmet one), Terminated, NotEnforced, ApplicationRejected, Withdrawn.");

        cases.MapPost("/measures/{measureId:guid}/renewals", RenewMeasure)
            .RequireAuthorization(Policies.CaseWork)
            .WithName("RenewCaseMeasure")
            .WithSummary("Renew (续行) a seal, seizure or freeze on the case")
            .WithDescription("Only on or before its expiry (else 422 `preservation.measure.lapsed`), for at most the legal maximum again from the day after the current expiry. Optional `until` asks for less.")
            .ProducesChangeProblems();

        cases.MapPost("/measures/{measureId:guid}/release", ReleaseMeasure)
            .RequireAuthorization(Policies.CaseWork)
            .WithName("ReleaseCaseMeasure")
            .WithSummary("Release (解除) a seal, seizure or freeze on the case")
            .ProducesChangeProblems();

        cases.MapGet("/measures", Measures)
            .RequireAuthorization(Policies.CaseRead)
            .WithName("GetCaseMeasures")
            .WithSummary("The case's measures, with expiry, renewals and status of its seals, seizures and freezes")
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapGet("/closure/termination-check", TerminationCheck)
            .RequireAuthorization(Policies.CaseRead)
            .WithName("CheckTermination")
            .WithSummary("Which 终本 conditions a closure on a day would not meet")
            .WithDescription("`closedOn` defaults to today. Answers `{ closedOn, unmet, allowed }`; `unmet` uses the names a refused 终本 closure lists. A day the closure itself refuses is 422 with its code: `case.date.in_future`, `case.date.before_filing`.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        cases.MapPost("/extensions/{extensionId:guid}/decision", DecideExtension)
            .WithName("DecideExtension")
            .WithSummary("Approve or refuse an extension request")
            .RequireAuthorization(Policies.ExtensionDecide)
            .WithDescription("Leader only. The approver must be an active court leader (院领导). Approval adds the configured months (default 3). A request still pending when the case closed is `Lapsed`: deciding it is 422 `case.closed`; a reopening puts it back to `Pending`.")
            .ProducesChangeProblems();

        cases.MapPost("/settlement/{outcome}", EndSettlement)
            .WithName("EndSettlement")
            .WithSummary("Record the settlement as performed or breached")
            .RequireAuthorization(Policies.CaseWork)
            .WithDescription("`performed`: what the instalments promised and was not yet recorded is recorded as paid, the suspension ends and the case closes as FullyPerformed. `breached`: enforcement resumes. On a case withdrawn or ended (Terminated) while its settlement ran, either is recorded on the closed case, dated on or after its closure (422 `case.settlement.performed_before_closure` / `breach_before_closure`): performed, the closure stands; breached, the creditor may resume it as 执恢.")
            .ProducesChangeProblems();

        cases.MapPost("/resumptions", Resume)
            .WithName("ResumeCase")
            .WithSummary("Register the 执恢 case that resumes this one")
            .RequireAuthorization(Policies.CaseWork)
            .WithDescription("Allowed after a 终本 closure or a breached settlement. Both cases show the link.")
            .ProducesChangeProblems();

        Correction<VoidPaymentCommand>(cases, "/payments/{recordId:guid}/void", "VoidPayment", "Void a mistaken payment (更正)",
            "The recovered amount is counted without it; the payment stays on the timeline, struck through, with the reason. The payment's id is the timeline line's `recordId`.");
        Correction<VoidMeasureCommand>(cases, "/measures/{recordId:guid}/void", "VoidMeasure", "Void a mistaken measure (更正)",
            "It no longer counts for 终本 or the first steps, and its seal or freeze leaves the expiring lists. On a 终本 case only a re-inquiry can be voided.");
        Correction<VoidPauseCommand>(cases, "/pauses/{recordId:guid}/void", "VoidPause", "Void a mistaken pause (更正)",
            "Its days no longer move the deadline; an open pause simply ends. A settlement's pause is refused: record the settlement as performed or breached.");
        Correction<VoidAssignmentCommand>(cases, "/assignments/{recordId:guid}/void", "VoidAssignment", "Void a mistaken assignment (更正)",
            "The handler, the first assignment and the first-step deadline are counted again from the other assignments.");

        cases.MapPost("/reopen", Reopen)
            .WithName("ReopenCase")
            .WithSummary("Reopen a wrongly closed case (撤销结案)")
            .RequireAuthorization(Policies.CaseReopen)
            .WithDescription("Leader only, with a reason. The closure stays on the timeline; a case resumed as 执恢 cannot be reopened.")
            .ProducesChangeProblems();

        cases.MapGet("/timeline", Timeline)
            .WithName("GetCaseTimeline")
            .RequireAuthorization(Policies.CaseRead)
            .WithSummary("Everything that happened to the case, in date order")
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapGet("/payments", Payments)
            .WithName("GetCasePayments")
            .RequireAuthorization(Policies.CaseRead)
            .WithSummary("The case's payments (执行到位) in date order")
            .WithDescription("Amounts in yuan. A voided payment stays in the list with `voided` and the correction's `voidReason`; it counts for nothing.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    private static void Change<TCommand>(RouteGroupBuilder group, string pattern, string name, string summary, string description)
        where TCommand : AggregateCommand, ICommand<CaseDetailDto> =>
        group.MapChange<TCommand, CaseDetailDto>(pattern, Policies.CaseWork, name, summary, description);

    private static void Correction<TCommand>(RouteGroupBuilder group, string pattern, string name, string summary, string description)
        where TCommand : CorrectionCommand, ICommand<CaseDetailDto> =>
        group.MapPost(pattern, (Guid id, Guid recordId, TCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
                sender.SendChangeAsync<TCommand, CaseDetailDto>(command with { RecordId = recordId }, id, http, ct))
            .RequireAuthorization(Policies.CaseWork)
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(description)
            .ProducesChangeProblems();

    public static Task<Ok<CaseDetailDto>> Reopen(Guid id, ReopenCaseCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<ReopenCaseCommand, CaseDetailDto>(command, id, http, ct);

    public static async Task<Ok<CaseDetailDto>> DecideExtension(
        Guid id, Guid extensionId, DecideExtensionCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        await sender.SendChangeAsync<DecideExtensionCommand, CaseDetailDto>(command with { ExtensionId = extensionId }, id, http, ct);

    public static async Task<Ok<CaseDetailDto>> RenewMeasure(
        Guid id, Guid measureId, RenewCaseMeasureCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        await sender.SendChangeAsync<RenewCaseMeasureCommand, CaseDetailDto>(command with { MeasureId = measureId }, id, http, ct);

    public static async Task<Ok<CaseDetailDto>> ReleaseMeasure(
        Guid id, Guid measureId, ReleaseCaseMeasureCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        await sender.SendChangeAsync<ReleaseCaseMeasureCommand, CaseDetailDto>(command with { MeasureId = measureId }, id, http, ct);

    public static async Task<Ok<IReadOnlyList<CaseMeasureDto>>> Measures(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetCaseMeasuresQuery(id), ct));

    public static async Task<Ok<TerminationCheckDto>> TerminationCheck(Guid id, DateOnly? closedOn, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new TerminationCheckQuery(id, closedOn), ct));

    public static async Task<Results<Ok<CaseDetailDto>, NotFound>> EndSettlement(
        Guid id, string outcome, EndSettlementCommand command, ISender sender, HttpContext http, CancellationToken ct)
    {
        var parsed = outcome switch
        {
            "performed" => SettlementOutcome.Performed,
            "breached" => (SettlementOutcome?)SettlementOutcome.Breached,
            _ => null,
        };
        if (parsed is null)
        {
            return TypedResults.NotFound();
        }

        return await sender.SendChangeAsync<EndSettlementCommand, CaseDetailDto>(command with { Outcome = parsed.Value }, id, http, ct);
    }

    public static async Task<Created<CaseDetailDto>> Resume(Guid id, ResumeCaseCommand command, ISender sender, HttpContext http, CancellationToken ct)
    {
        var detail = await sender.Send((ResumeCaseCommand)command.For(id, http.IfMatchVersion()), ct);
        return http.CreatedWithETag($"/api/cases/{detail.Id}", detail);
    }

    public static async Task<Ok<IReadOnlyList<TimelineEntryDto>>> Timeline(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetCaseTimelineQuery(id), ct));

    public static async Task<Ok<IReadOnlyList<CasePaymentDto>>> Payments(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetCasePaymentsQuery(id), ct));
}
