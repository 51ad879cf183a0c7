using Enforcement.Application.Security;
using Enforcement.Application.Common;
using Enforcement.Application.PreEnforcement;
using Enforcement.Domain.PreEnforcement;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Endpoints;

/// <summary>
/// Prompting before enforcement (执前督促): a judgment with a money obligation took effect, and the governance centre
/// prompts the debtor to perform before an enforcement case is needed. Every change returns the prompt with its
/// performance deadline as of today and its new version (ETag).
/// </summary>
public static class PreEnforcementEndpoints
{
    public static IEndpointRouteBuilder MapPreEnforcement(this IEndpointRouteBuilder app)
    {
        var prompts = app.MapGroup("/api/prompts").WithTags("Pre-enforcement");

        prompts.MapPost("/", Open)
            .RequireAuthorization(Policies.PromptWork)
            .WithName("OpenPrompt")
            .WithSummary("Open a prompt for a judgment with a money obligation that took effect")
            .WithDescription("Officer, Coordinator. `documentNumber` is the judgment's case number (one prompt per judgment, 409 `prompt.duplicate_judgment`); `court` defaults to `PreEnforcement:Court`; `performanceDays` (0–365) to `PreEnforcement:DefaultPerformanceDays` (10). The performance deadline is the effective date + the period, the effective day not counted, moved to the next working day when it falls on a rest day.")
            .ProducesChangeProblems();

        prompts.MapGet("/", Search)
            .RequireAuthorization(Policies.PromptRead)
            .WithName("SearchPrompts")
            .WithSummary("Page through prompts; `overdue=true` is the worklist of prompts past their performance deadline with no outcome")
            .WithDescription("Rows carry the parties' names only. `overdue=true` sorts by the performance deadline, oldest first; otherwise the newest judgment first.")
            .ProducesValidationProblem();

        prompts.MapGet("/voluntary-performance-rate", Rate)
            .RequireAuthorization(Policies.PromptRead)
            .WithName("VoluntaryPerformanceRate")
            .WithSummary("自动履行率: judgments performed in full without an enforcement case ÷ judgments that took effect in the period")
            .WithDescription("Over the prompts whose judgment took effect from `from` to `to` (default: 1 January of `to`'s year to today). `numerator` counts those performed in full; `denominator` all of them; `rate` is a fraction with four decimals, null when none took effect. The other outcomes are counted beside.")
            .ProducesValidationProblem();

        prompts.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.PromptRead)
            .WithName("GetPrompt")
            .WithSummary("A prompt with its judgment, parties, notice, contacts and outcome")
            .WithDescription("The parties' ID and phone numbers are shown, and the read is audited.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var one = prompts.MapGroup("/{id:guid}");
        one.MapChange<SendPromptNoticeCommand, PromptDto>("/notice", Policies.PromptWork, "SendPromptNotice", "Record the prompting notice (履行告知 / 督促履行通知)",
            "Officer, Coordinator. Once (409 `prompt.notice.already_sent`); `sentOn` defaults to today, not before the effective date (400 `prompt.sent_on.too_early`) nor in the future.");
        one.MapChange<AddPromptContactCommand, PromptDto>("/contacts", Policies.PromptWork, "AddPromptContact", "Record a follow-up contact",
            "Officer, Coordinator. `contactedOn` defaults to today, not before the effective date.");
        one.MapChange<RecordPromptOutcomeCommand, PromptDto>("/outcome", Policies.PromptWork, "RecordPromptOutcome", "Record the outcome",
            "Officer, Coordinator. `PerformedInFull`; `PerformedInPart` with `paidAmount`, the total paid so far (more than before, less than the amount); `Settled` (执前和解) with `plan` and `instalments`; `EnforcementApplied` with the registered `caseNumber` (422 `prompt.case.not_registered`; a case links to one prompt, 409 `prompt.case.already_linked`), which puts the prompt on the case's timeline. A part performance or a settlement may be followed by another outcome; after `PerformedInFull` or `EnforcementApplied` nothing more is recorded (422 `prompt.outcome.final`). `outcomeOn` defaults to today, not before the previous outcome.");
        return app;
    }

    public static async Task<Created<PromptDto>> Open(OpenPromptCommand command, ISender sender, HttpContext http, CancellationToken ct)
    {
        var prompt = await sender.Send(command, ct);
        return http.CreatedWithETag($"/api/prompts/{prompt.Id}", prompt);
    }

    public static async Task<Ok<PagedResult<PromptSummaryDto>>> Search(
        string? q, DateOnly? effectiveFrom, DateOnly? effectiveTo, PromptOutcome? outcome, bool? pending, bool? overdue, int? page, int? pageSize,
        ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SearchPromptsQuery(q, effectiveFrom, effectiveTo, outcome, pending, overdue, page, pageSize), ct));

    public static async Task<Ok<VoluntaryPerformanceRateDto>> Rate(DateOnly? from, DateOnly? to, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new VoluntaryPerformanceRateQuery(from, to), ct));

    public static async Task<Ok<PromptDto>> Get(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        http.OkWithETag(await sender.Send(new GetPromptQuery(id), ct));
}
