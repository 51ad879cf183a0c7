using Enforcement.Application.Security;
using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Petitions;
using Enforcement.Domain.Petitions;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Endpoints;

/// <summary>
/// Petition reception (信访接待室): log every visit, letter and online petition about enforcement cases, and take it
/// through acceptance, assignment, answer, review and closure against its legal deadlines. Every change returns the
/// petition with its deadlines and flags computed as of today and its new version (ETag).
/// </summary>
public static class PetitionsEndpoints
{
    public static IEndpointRouteBuilder MapPetitions(this IEndpointRouteBuilder app)
    {
        var petitions = app.MapGroup("/api/petitions").WithTags("Petitions");

        petitions.MapPost("/", Log)
            .RequireAuthorization(Policies.PetitionReception)
            .WithName("LogPetition")
            .WithSummary("Log a petition as received by the logged-in receptionist")
            .WithDescription("Reception. Channel: Visit, Letter, Online, Phone or Forwarded (with `forwardedBy` and `forwardedDocumentNumber`). `receivedOn` defaults to today and cannot be in the future. A visit's `headcount` (default: the petitioners named) of `Petitions:CollectiveHeadcount` (5) or more is a collective visit. Known `caseNumbers` link to their cases; unknown ones are kept and flagged (`unresolvedCases`). `track` defaults to Enforcement when a case number is given (assign within 5 working days, resolve within 30 days of receipt), else General (resolve within 60 days of acceptance). The same petitioner (ID or credit code, or name and phone) about the same case within `Petitions:RepeatWindowMonths` (12) is a repeat; repeats and collective visits suggest the case as a key case.")
            .ProducesChangeProblems();

        petitions.MapGet("/", Search)
            .RequireAuthorization(Policies.PetitionRead)
            .WithName("SearchPetitions")
            .WithSummary("Page through petitions by petitioner name, case, receipt dates, channel, category, status, deadlines and flags")
            .WithDescription("An officer sees the petitions on the cases they may work and those assigned to them. Rows carry petitioner names only. `overdue` and `dueWithinDays` sort by the next deadline; otherwise newest first.")
            .ProducesValidationProblem();

        petitions.MapGet("/" + ExportFile.RoutePattern, Export)
            .RequireAuthorization(Policies.PetitionRead)
            .WithName("ExportPetitions")
            .WithSummary("Download the petition log (信访台账) as .xlsx or .csv, with the list's filters")
            .WithDescription("`/api/petitions/export.xlsx` or `.csv`, with the filters of `GET /api/petitions` (paging is ignored). An officer's export holds the petitions they may read. Petitioners' ID and phone numbers are shown to Reception and Leaders and masked for other roles. Each export is audited.")
            .DescribedAsExport();

        petitions.MapGet("/today", Today)
            .RequireAuthorization(Policies.PetitionRead)
            .WithName("TodaysVisits")
            .WithSummary("Today's visits (来访), newest first")
            .ProducesValidationProblem();

        petitions.MapGet("/petitioner-history", History)
            .RequireAuthorization(Policies.PetitionerHistory)
            .WithName("PetitionerHistory")
            .WithSummary("Every petition of one petitioner, by ID or credit code, or by name and phone")
            .WithDescription("Reception and Leaders.")
            .ProducesValidationProblem();

        petitions.MapGet("/case-lookup", LookUp)
            .RequireAuthorization(Policies.PetitionRead)
            .WithName("LookUpPetitionCase")
            .WithSummary("Whether a case number is registered, with its handler and the leader in charge")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        petitions.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.PetitionRead)
            .WithName("GetPetition")
            .WithSummary("A petition with its deadlines, answers and timeline")
            .WithDescription("Petitioners' ID, phone and address are shown to Reception and Leaders, and the read is audited; others see them masked. An officer reads only the petitions on cases they may work or assigned to them (403 `petition.not_on_your_cases`).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        var one = petitions.MapGroup("/{id:guid}");
        Change<AcceptPetitionCommand>(one, "/accept", Policies.PetitionReception, "AcceptPetition", "Accept the petition (受理)",
            "Reception. From Received. `decidedOn`, the day the petitioner was told, defaults to today; due within `Petitions:AcceptDays` (15) of receipt. A general petition's resolve period starts here.");
        Change<NotAcceptPetitionCommand>(one, "/not-accept", Policies.PetitionReception, "NotAcceptPetition", "Decline the petition (不予受理) with a reason",
            "Reception. From Received.");
        Change<AssignPetitionCommand>(one, "/assign", Policies.PetitionReception, "AssignPetition", "Assign the petition to a handler or a linked unit (交办)",
            "Reception. From Accepted, or Assigned to reassign. `assigneeKind`: Staff (an active member of the enforcement bureau or governance center, 422 `petition.assignee.not_a_handler`) or Unit (an active linked unit). An enforcement petition is assigned within `Petitions:AssignWorkingDays` (5) working days of receipt.");
        Change<ExtendPetitionCommand>(one, "/extension", Policies.PetitionExtend, "ExtendPetition", "Extend the resolve period once (延期)",
            "Leader. 1 to `Petitions:MaxExtensionDays` (30) days with a reason, on or before the resolve deadline (422 `petition.extension.too_late`), once (422 `petition.extension.already_granted`); a general petition must be accepted first (422 `petition.extension.not_accepted`).");
        Change<AnswerPetitionCommand>(one, "/answer", Policies.PetitionReception, "AnswerPetition", "Answer the petition, or its review (答复)",
            "Reception. From Assigned, UnderReview or UnderReReview. Channel: InPerson, Letter, Phone or Online. An answer after its due date is recorded and shown as late.");
        Change<RequestPetitionReviewCommand>(one, "/review", Policies.PetitionReception, "RequestPetitionReview", "Record the petitioner's request for review (复查) or re-review (复核)",
            "Reception. From Answered or Closed, within `Petitions:ReviewRequestDays` (30) of the answer (422 `petition.review.too_late`); after the re-review no more (422 `petition.review.exhausted`). The answer is due `Petitions:ReviewAnswerDays` (30) after the request.");
        Change<ClosePetitionCommand>(one, "/close", Policies.PetitionReception, "ClosePetition", "Close the petition with the petitioner's satisfaction (办结)",
            "Reception. From Answered. Satisfaction: Satisfied, BasicallySatisfied or Dissatisfied.");
        Change<AddPetitionNoteCommand>(one, "/notes", Policies.PetitionNote, "AddPetitionNote", "Add a handling note",
            "Officer (on petitions they may read), Coordinator, Reception. The note is on the petition's and the related cases' timelines.");

        one.MapPost("/cases/{linkId:guid}/resolve", ResolveCase)
            .RequireAuthorization(Policies.PetitionResolveCase)
            .WithName("ResolvePetitionCase")
            .WithSummary("Link a case number the registry did not know to a registered case")
            .WithDescription("Reception and Coordinator. The case must be registered (422 `petition.case.not_registered`); a link is resolved once (409 `petition.case_link.already_resolved`). The repeat rule is checked again, and a pending key-case suggestion is sent for the case.")
            .ProducesChangeProblems();

        return app;
    }

    private static void Change<TCommand>(RouteGroupBuilder group, string pattern, string policy, string name, string summary, string description)
        where TCommand : AggregateCommand, ICommand<PetitionDto> =>
        group.MapChange<TCommand, PetitionDto>(pattern, policy, name, summary, description);

    public static async Task<Created<PetitionDto>> Log(LogPetitionCommand command, ISender sender, HttpContext http, CancellationToken ct)
    {
        var petition = await sender.Send(command, ct);
        return http.CreatedWithETag($"/api/petitions/{petition.Id}", petition);
    }

    public static async Task<Ok<PagedResult<PetitionSummaryDto>>> Search([AsParameters] SearchPetitionsParameters parameters, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(parameters.ToQuery(), ct));

    public static Task<FileStreamHttpResult> Export(string format, [AsParameters] SearchPetitionsParameters parameters, ISender sender, CancellationToken ct) =>
        ExportFile.SendAsync(sender, format, f => new ExportPetitionsQuery(parameters.ToQuery(), f), ct);

    /// <summary>The query string of <c>GET /api/petitions</c>.</summary>
    public sealed record SearchPetitionsParameters(
        string? Q, string? CaseNumber, Guid? CaseId, DateOnly? ReceivedFrom, DateOnly? ReceivedTo, PetitionChannel? Channel, PetitionCategory? Category,
        PetitionStatus? Status, bool? Overdue, int? DueWithinDays, bool? Repeat, bool? Collective, bool? Flagged, bool? UnresolvedCases, int? Page, int? PageSize)
    {
        public SearchPetitionsQuery ToQuery() =>
            new(Q, CaseNumber, CaseId, ReceivedFrom, ReceivedTo, Channel, Category, Status, Overdue, DueWithinDays, Repeat, Collective, Flagged, UnresolvedCases, Page, PageSize);
    }

    public static async Task<Ok<PagedResult<PetitionSummaryDto>>> Today(int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new TodaysVisitsQuery(page, pageSize), ct));

    public static async Task<Ok<PagedResult<PetitionSummaryDto>>> History(
        string? identity, string? name, string? phone, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new PetitionerHistoryQuery(identity, name, phone, page, pageSize), ct));

    public static async Task<Ok<PetitionCaseLookupDto>> LookUp(string? number, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new LookUpPetitionCaseQuery(number), ct));

    public static async Task<Ok<PetitionDto>> Get(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        http.OkWithETag(await sender.Send(new GetPetitionQuery(id), ct));

    public static Task<Ok<PetitionDto>> ResolveCase(
        Guid id, Guid linkId, ResolvePetitionCaseCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<ResolvePetitionCaseCommand, PetitionDto>(command with { LinkId = linkId }, id, http, ct);
}
