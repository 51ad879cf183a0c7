using Enforcement.Application.Security;
using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Obligations;
using Enforcement.Domain.Obligations;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Endpoints;

/// <summary>
/// Public-body debts (行政纠纷联动调处): what a linked unit owes an enterprise on a case, and the court's work to have it
/// paid: urging letters, a performance plan, payments, mediation, judicial suggestions and escalation to city
/// leadership. Every change returns the obligation with its status computed as of today and its new version (ETag).
/// </summary>
public static class ObligationsEndpoints
{
    public static IEndpointRouteBuilder MapObligations(this IEndpointRouteBuilder app)
    {
        var obligations = app.MapGroup("/api/obligations").WithTags("Obligations");

        obligations.MapPost("/", Record)
            .RequireAuthorization(Policies.ObligationCoordinate)
            .WithName("RecordObligation")
            .WithSummary("Record what a linked unit owes on a case")
            .WithDescription("Coordinator. The unit must be linked to a respondent of the case (422 `obligation.unit.not_linked`); one obligation per unit and case (409 `obligation.duplicate`). For a supply contract with an SME give `deliveredOn` and, if the contract sets one, `contractPaymentDays`: `statutoryDueOn` is delivery + 30 days, or + the contract's term capped at 60, moved off rest days.")
            .ProducesChangeProblems();

        obligations.MapGet("/", Search)
            .RequireAuthorization(Policies.ObligationSummaryRead)
            .WithName("SearchObligations")
            .WithSummary("Page through obligations by unit, case, status, performed, overdue and escalationSuggested")
            .WithDescription("Statuses, computed as of today: Open, Urged, PlanAgreed, InDefault (an instalment unpaid more than `Obligations:DefaultAfterDays`, default 30, after its due date), Performed, Ended (its case closed other than by 终本 while it was unpaid). `overdue`: unpaid past the statutory due date or an instalment's due date. `escalationSuggested`: the rules allow the next level today. `performed=false`: every obligation still owed, neither performed nor ended (the dashboard's public-body figures). Owed first, oldest due date first.")
            .ProducesValidationProblem();

        obligations.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.ObligationRead)
            .WithName("GetObligation")
            .WithSummary("An obligation with its letters, plan revisions, payments, mediation, suggestions and escalations")
            .ProducesProblem(StatusCodes.Status404NotFound);

        obligations.MapGet("/escalations", Escalations)
            .RequireAuthorization(Policies.ObligationRead)
            .WithName("ListEscalations")
            .WithSummary("Escalations without an outcome, on debts still owed: open (default), awaitingInstruction or pastFollowUp")
            .ProducesValidationProblem();

        obligations.MapGet("/report", Report)
            .RequireAuthorization(Policies.ObligationRead)
            .WithName("ObligationReport")
            .WithSummary("The figures for a report to the 市委 and 市政府, by unit and in total, with the cases")
            .WithDescription("`asOf` (default today): every figure counts what was recorded as happening on or before it. Cases, owed, paid, outstanding, oldest unpaid debt, letters unanswered past due, escalations open, instructions (批示) received and followed.")
            .ProducesValidationProblem();

        obligations.MapGet("/report/" + ExportFile.RoutePattern, ExportReport)
            .RequireAuthorization(Policies.ObligationRead)
            .WithName("ExportObligationReport")
            .WithSummary("Download the report to the city as .xlsx or .csv, with Chinese column headings")
            .WithDescription("`/api/obligations/report/export.xlsx?asOf=` or `.csv`: a sheet by unit (汇总, with the total) and a sheet of cases (案件明细); the CSV has both, one after the other. Each export is audited.")
            .DescribedAsExport();

        var one = obligations.MapGroup("/{id:guid}");
        Change<SendUrgingLetterCommand>(one, "/letters", Policies.ObligationCaseWork, "SendUrgingLetter", "Record an urging letter (督促履行函)",
            "The reply is due `Obligations:LetterReplyDays` (default 15) days after sending, moved off rest days, unless `replyDueOn` is given. A letter answered on its due day is on time; one unanswered after it is flagged `overdue`.");
        Change<AgreePlanCommand>(one, "/plan", Policies.ObligationCaseWork, "AgreePlan", "Agree or revise the performance plan",
            "The instalments must add up to what is outstanding on `agreedOn` (422 `obligation.plan.total_mismatch`), fall due on or after it, in date order. A revision adds a new version; earlier ones are kept.");
        Change<RecordObligationPaymentCommand>(one, "/payments", Policies.ObligationCaseWork, "RecordObligationPayment", "Record a payment by the unit",
            "Recorded once, as a payment of the case, and counted towards the obligation; `instalmentNumber` names an instalment of the current plan. Payments cover the instalments in due-date order. Voiding the payment on the case stops it counting here.");
        Change<RecordMediationCommand>(one, "/mediations", Policies.ObligationCoordinate, "RecordMediation", "Record a mediation session (调处)",
            "Coordinator. Participants: Court (required), Unit, SuperiorUnit, Enterprise. Outcome: Agreement (with `instalments`: creates or revises the plan), NoAgreement, Adjourned (with a later `adjournedTo`).");
        Change<SendJudicialSuggestionCommand>(one, "/suggestions", Policies.ObligationCoordinate, "SendJudicialSuggestion", "Record a judicial suggestion (司法建议)",
            "Coordinator. Recipient: Unit or SuperiorUnit (422 `obligation.suggestion.no_superior` when the registry names none). The reply is due `Obligations:SuggestionReplyDays` (default 60) days later unless `replyDueOn` is given.");
        Change<EscalateObligationCommand>(one, "/escalations", Policies.ObligationEscalate, "EscalateObligation", "Report to a level of leadership",
            "Levels in order: CourtLeadership (院领导), CityGovernment (市政府), CityPartyCommittee (市委). Allowed only when the obligation is not performed and is in default or has a letter unanswered past its due date; each level once; the next level only after the previous one's follow-up deadline passed, unless a Leader gives `overrideReason`. A refusal is 422 `obligation.escalation.refused` listing `unmet` by name. `followUpDueOn` defaults to `Obligations:EscalationFollowUpDays` (30) days later.");

        one.MapPost("/letters/{letterId:guid}/reply", LetterReply)
            .RequireAuthorization(Policies.ObligationCaseWork)
            .WithName("RecordLetterReply")
            .WithSummary("Record the unit's reply to an urging letter")
            .ProducesChangeProblems();

        one.MapPost("/suggestions/{suggestionId:guid}/reply", SuggestionReply)
            .RequireAuthorization(Policies.ObligationCoordinate)
            .WithName("RecordSuggestionReply")
            .WithSummary("Record the reply to a judicial suggestion and whether it was adopted")
            .ProducesChangeProblems();

        one.MapPost("/escalations/{escalationId:guid}/instruction", Instruction)
            .RequireAuthorization(Policies.ObligationEscalate)
            .WithName("RecordEscalationInstruction")
            .WithSummary("Record the instruction (批示) on a report: by whom, when, its text")
            .ProducesChangeProblems();

        one.MapPost("/escalations/{escalationId:guid}/outcome", Outcome)
            .RequireAuthorization(Policies.ObligationEscalate)
            .WithName("RecordEscalationOutcome")
            .WithSummary("Record how an escalation ended: Performed, PlanAgreed or NoResult")
            .WithDescription("Performed needs the debt paid in full by `outcomeOn` (else 422 `obligation.escalation.outcome_not_performed`); PlanAgreed needs a plan agreed between the report and `outcomeOn` (else 422 `obligation.escalation.outcome_no_plan`).")
            .ProducesChangeProblems();

        return app;
    }

    private static void Change<TCommand>(RouteGroupBuilder group, string pattern, string policy, string name, string summary, string description)
        where TCommand : AggregateCommand, ICommand<ObligationDto> =>
        group.MapChange<TCommand, ObligationDto>(pattern, policy, name, summary, description);

    public static async Task<Created<ObligationDto>> Record(RecordObligationCommand command, ISender sender, HttpContext http, CancellationToken ct)
    {
        var obligation = await sender.Send(command, ct);
        return http.CreatedWithETag($"/api/obligations/{obligation.Id}", obligation);
    }

    public static async Task<Ok<PagedResult<ObligationSummaryDto>>> Search(
        Guid? unitId, Guid? caseId, ObligationStatus? status, bool? overdue, bool? escalationSuggested, bool? performed, int? page, int? pageSize,
        ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SearchObligationsQuery(unitId, caseId, status, overdue, escalationSuggested, page, pageSize, performed), ct));

    public static async Task<Ok<ObligationDto>> Get(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        http.OkWithETag(await sender.Send(new GetObligationQuery(id), ct));

    public static async Task<Ok<PagedResult<EscalationRowDto>>> Escalations(string? state, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListEscalationsQuery(state, page, pageSize), ct));

    public static async Task<Ok<ObligationReportDto>> Report(DateOnly? asOf, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ObligationReportQuery(asOf), ct));

    public static Task<FileStreamHttpResult> ExportReport(string format, DateOnly? asOf, ISender sender, CancellationToken ct) =>
        ExportFile.SendAsync(sender, format, f => new ExportObligationReportQuery(asOf, f), ct);

    public static Task<Ok<ObligationDto>> LetterReply(Guid id, Guid letterId, RecordLetterReplyCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<RecordLetterReplyCommand, ObligationDto>(command with { LetterId = letterId }, id, http, ct);

    public static Task<Ok<ObligationDto>> SuggestionReply(
        Guid id, Guid suggestionId, RecordSuggestionReplyCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<RecordSuggestionReplyCommand, ObligationDto>(command with { SuggestionId = suggestionId }, id, http, ct);

    public static Task<Ok<ObligationDto>> Instruction(
        Guid id, Guid escalationId, RecordInstructionCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<RecordInstructionCommand, ObligationDto>(command with { EscalationId = escalationId }, id, http, ct);

    public static Task<Ok<ObligationDto>> Outcome(
        Guid id, Guid escalationId, RecordEscalationOutcomeCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<RecordEscalationOutcomeCommand, ObligationDto>(command with { EscalationId = escalationId }, id, http, ct);
}
