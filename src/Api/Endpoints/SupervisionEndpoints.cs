using Enforcement.Application.Security;
using Enforcement.Application.Common;
using Enforcement.Application.Supervision;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Supervision;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Endpoints;

/// <summary>
/// Leadership's tracking: key cases (重点案件) with their leader in charge and tracking notes, the suggested key cases
/// list, and supervision orders (督办) with their reports.
/// </summary>
public static class SupervisionEndpoints
{
    public static IEndpointRouteBuilder MapSupervision(this IEndpointRouteBuilder app)
    {
        var keyCases = app.MapGroup("/api/key-cases").WithTags("Key cases");

        keyCases.MapPost("/", Designate)
            .RequireAuthorization(Policies.SupervisionLead)
            .WithName("DesignateKeyCase")
            .WithSummary("Designate a case as a key case (列为重点案件)")
            .WithDescription("Leader. Reason: LargeAmount, PublicBodyDebtor, RepeatedPetitions, CollectiveVisit, SocialImpact or Other, with `reasonText`. `leaderInChargeId` (分管领导) defaults to the designating leader and must be an active member of the court's leadership (400, rule `key_case.leader.not_leadership`). One active designation per case (409 `key_case.duplicate`); a closed case is 422 `key_case.case.closed`. The case's pending suggestions are accepted with it.")
            .ProducesChangeProblems();

        keyCases.MapGet("/", SearchKeyCases)
            .RequireAuthorization(Policies.SupervisionRead)
            .WithName("SearchKeyCases")
            .WithSummary("Page through key cases; `active=false` lists ended designations, `mine=true` the caller's as leader in charge")
            .WithDescription("Leader and Coordinator see all; an officer sees the key cases among the cases they may work. `caseOpen=true`: designations whose case is not closed (the dashboard's `key_cases.open`); `false`: whose case has closed.")
            .ProducesValidationProblem();

        keyCases.MapGet("/" + ExportFile.RoutePattern, ExportKeyCases)
            .RequireAuthorization(Policies.SupervisionRead)
            .WithName("ExportKeyCases")
            .WithSummary("Download the key cases list as .xlsx or .csv, with the list's filters")
            .WithDescription("`/api/key-cases/export.xlsx` or `.csv`; filters as on the list (`active`, `mine`, `leaderInChargeId`, `reason`, `caseId`, `caseOpen`). An officer's export holds the key cases among the cases they may work. Each export is audited.")
            .DescribedAsExport();

        keyCases.MapGet("/suggestions", SearchSuggestions)
            .RequireAuthorization(Policies.SupervisionRead)
            .WithName("SearchKeyCaseSuggestions")
            .WithSummary("The suggested key cases list (default: pending)")
            .WithDescription("Suggestions come from repeat petitions and collective visits (through the outbox), from an open case claiming at least `Supervision:LargeAmountThreshold` yuan, and from a public-body debt in default or reported to city leadership. `caseIsKey` tells whether the case is a key case now. `status` filters by Pending, Accepted or Dismissed; `all=true` lists every status.")
            .ProducesValidationProblem();

        keyCases.MapPost("/suggestions/scan", Scan)
            .RequireAuthorization(Policies.SupervisionLead)
            .WithName("ScanKeyCaseSignals")
            .WithSummary("Look for large claims and public-body debts in default now")
            .WithDescription("Leader. The scan also runs at start-up and every `Tasks:PlanEveryMinutes`. Each case and reason is suggested once, and never while the case is key.");

        var suggestion = keyCases.MapGroup("/suggestions/{id:guid}");
        suggestion.MapChange<AcceptKeyCaseSuggestionCommand, KeyCaseSuggestionDto>("/accept", Policies.SupervisionLead, "AcceptKeyCaseSuggestion",
            "Accept a suggestion (采纳): the case becomes a key case",
            "Leader. The designation takes the suggestion's reason and detail (or `reason`), and `leaderInChargeId` (default: the accepting leader). A case already key only links the suggestion to its designation. Decided once (409 `key_case_suggestion.already_decided`).");
        suggestion.MapChange<DismissKeyCaseSuggestionCommand, KeyCaseSuggestionDto>("/dismiss", Policies.SupervisionLead, "DismissKeyCaseSuggestion",
            "Dismiss a suggestion (不予采纳), with a reason", "Leader. Decided once (409 `key_case_suggestion.already_decided`).");

        keyCases.MapGet("/{id:guid}", GetKeyCase)
            .RequireAuthorization(Policies.SupervisionRead)
            .WithName("GetKeyCase")
            .WithSummary("A key case designation with its tracking notes")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var keyCase = keyCases.MapGroup("/{id:guid}");
        keyCase.MapChange<AddKeyCaseNoteCommand, KeyCaseDto>("/notes", Policies.SupervisionLead, "AddKeyCaseNote",
            "Add a tracking note (跟踪记录)",
            "The leader in charge only (403 `key_case.not_leader_in_charge`). `writtenOn` defaults to today, not before the designation; an ended designation is 422 `key_case.undesignated`.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        keyCase.MapChange<ChangeKeyCaseLeaderCommand, KeyCaseDto>("/leader", Policies.SupervisionLead, "ChangeKeyCaseLeader",
            "Hand the tracking to another leader", "Leader. The new leader in charge must be an active member of the court's leadership.");
        keyCase.MapChange<UndesignateKeyCaseCommand, KeyCaseDto>("/undesignate", Policies.SupervisionLead, "UndesignateKeyCase",
            "End the designation (撤销重点案件), with a reason",
            "Leader. The designation and its end stay on the record; the case may be designated again later.");

        var orders = app.MapGroup("/api/supervision-orders").WithTags("Supervision orders");

        orders.MapPost("/", Issue)
            .RequireAuthorization(Policies.SupervisionLead)
            .WithName("IssueSupervisionOrder")
            .WithSummary("Issue a supervision order (督办) on a case, a petition or an obligation")
            .WithDescription("Leader. `subjectKind`: Case, Petition or Obligation, with `subjectId`. `dueOn` must come after `issuedOn` (default today). The addressee defaults to the case's handler or the petition's assigned staff member; an order on an obligation names its coordinator (`addresseeId`, 400 rule `supervision.addressee.missing`). The addressee must be active enforcement staff. The order is written on the case's timeline, the petition's steps, or the obligation's history.")
            .ProducesChangeProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

        orders.MapGet("/", SearchOrders)
            .RequireAuthorization(Policies.SupervisionRead)
            .WithName("SearchSupervisionOrders")
            .WithSummary("Page through supervision orders; `overdue=true` lists those past their deadline with no report waiting, or with a late one waiting")
            .WithDescription("Filters: `status` (Open, Reported, Accepted), `overdue`, `waitingForDecision` (a report waits for a leader), `mine` (addressed to the caller), `addresseeId`, `subjectKind`, `subjectId`, `caseId`, `issuedFrom`, `issuedTo`. An officer sees the orders addressed to them and those on cases they may work.")
            .ProducesValidationProblem();

        orders.MapGet("/" + ExportFile.RoutePattern, ExportOrders)
            .RequireAuthorization(Policies.SupervisionRead)
            .WithName("ExportSupervisionOrders")
            .WithSummary("Download the supervision orders list as .xlsx or .csv, with the list's filters")
            .WithDescription("`/api/supervision-orders/export.xlsx` or `.csv`; filters as on the list. Days left and overdue are counted as of today. An officer's export holds the orders addressed to them and those on cases they may work. Each export is audited.")
            .DescribedAsExport();

        orders.MapGet("/{id:guid}", GetOrder)
            .RequireAuthorization(Policies.SupervisionRead)
            .WithName("GetSupervisionOrder")
            .WithSummary("A supervision order with its reports")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var order = orders.MapGroup("/{id:guid}");
        order.MapChange<ReportSupervisionCommand, SupervisionOrderDto>("/reports", Policies.SupervisionReport, "ReportSupervision",
            "Report progress (督办报告)",
            "The addressee only (403 `supervision.not_addressed_to_you`). One report waits at a time (409 `supervision.report.pending`); `reportedOn` defaults to today, not before the order or the last decision. A report after the deadline is marked late.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        order.MapChange<AcceptSupervisionReportCommand, SupervisionOrderDto>("/accept", Policies.SupervisionLead, "AcceptSupervisionReport",
            "Accept the waiting report: the order is done", "Leader. 422 `supervision.report.none` when no report waits.");
        order.MapChange<ReturnSupervisionReportCommand, SupervisionOrderDto>("/return", Policies.SupervisionLead, "ReturnSupervisionReport",
            "Return the waiting report with a comment and a new deadline",
            "Leader. `newDueOn` must come after today (400 rule `supervision.new_due_on.too_early`); the order waits for a new report.");
        return app;
    }

    public static async Task<Created<KeyCaseDto>> Designate(DesignateKeyCaseCommand command, ISender sender, HttpContext http, CancellationToken ct)
    {
        var keyCase = await sender.Send(command, ct);
        return http.CreatedWithETag($"/api/key-cases/{keyCase.Id}", keyCase);
    }

    public static async Task<Ok<PagedResult<KeyCaseDto>>> SearchKeyCases(
        bool? active, bool? mine, Guid? leaderInChargeId, KeyCaseReason? reason, Guid? caseId, int? page, int? pageSize, bool? caseOpen, ISender sender,
        CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SearchKeyCasesQuery(active ?? true, mine, leaderInChargeId, reason, caseId, page, pageSize, caseOpen), ct));

    public static Task<FileStreamHttpResult> ExportKeyCases(
        string format, bool? active, bool? mine, Guid? leaderInChargeId, KeyCaseReason? reason, Guid? caseId, bool? caseOpen, ISender sender, CancellationToken ct) =>
        ExportFile.SendAsync(sender, format, f => new ExportKeyCasesQuery(new SearchKeyCasesQuery(active ?? true, mine, leaderInChargeId, reason, caseId, CaseOpen: caseOpen), f), ct);

    public static Task<FileStreamHttpResult> ExportOrders(
        string format, SupervisionStatus? status, bool? overdue, bool? waitingForDecision, bool? mine, Guid? addresseeId, SupervisionSubject? subjectKind,
        Guid? subjectId, Guid? caseId, DateOnly? issuedFrom, DateOnly? issuedTo, ISender sender, CancellationToken ct) =>
        ExportFile.SendAsync(sender, format, f => new ExportSupervisionOrdersQuery(
            new SearchSupervisionOrdersQuery(status, overdue, waitingForDecision, mine, addresseeId, subjectKind, subjectId, caseId, issuedFrom, issuedTo), f), ct);

    public static async Task<Ok<PagedResult<KeyCaseSuggestionDto>>> SearchSuggestions(
        SuggestionStatus? status, KeyCaseReason? reason, Guid? caseId, bool? all, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SearchKeyCaseSuggestionsQuery(all == true ? status : status ?? SuggestionStatus.Pending, reason, caseId, page, pageSize), ct));

    public static async Task<Ok<ScannedSignalsDto>> Scan(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ScanKeyCaseSignalsCommand(), ct));

    public static async Task<Ok<KeyCaseDto>> GetKeyCase(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        http.OkWithETag(await sender.Send(new GetKeyCaseQuery(id), ct));

    public static async Task<Created<SupervisionOrderDto>> Issue(IssueSupervisionOrderCommand command, ISender sender, HttpContext http, CancellationToken ct)
    {
        var order = await sender.Send(command, ct);
        return http.CreatedWithETag($"/api/supervision-orders/{order.Id}", order);
    }

    public static async Task<Ok<PagedResult<SupervisionOrderDto>>> SearchOrders(
        SupervisionStatus? status, bool? overdue, bool? waitingForDecision, bool? mine, Guid? addresseeId, SupervisionSubject? subjectKind, Guid? subjectId,
        Guid? caseId, DateOnly? issuedFrom, DateOnly? issuedTo, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SearchSupervisionOrdersQuery(
            status, overdue, waitingForDecision, mine, addresseeId, subjectKind, subjectId, caseId, issuedFrom, issuedTo, page, pageSize), ct));

    public static async Task<Ok<SupervisionOrderDto>> GetOrder(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        http.OkWithETag(await sender.Send(new GetSupervisionOrderQuery(id), ct));
}
