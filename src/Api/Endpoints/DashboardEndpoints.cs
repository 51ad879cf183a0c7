using Enforcement.Application.Security;
using Enforcement.Application.Dashboard;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Endpoints;

/// <summary>驾驶舱: the leadership's figures, each with its numerator, denominator, target and the list behind it.</summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dashboard", Get)
            .WithTags("Dashboard")
            .RequireAuthorization(Policies.DashboardRead)
            .WithName("GetDashboard")
            .WithSummary("Every figure leadership measures, over `from` to `to`, with a 12-month trend")
            .WithDescription("Leader, Coordinator. `from` defaults to 1 January of `to`'s year, `to` to today. Figures that count events (intake, closures, 终本, lapsed holds, petitions, 自动履行率, assistance replies) use the range; figures that count a state (cases past or near their limit, re-inquiries due, holds expiring, public-body debts, key cases, overdue orders) are as of today. Each figure has `numerator`, `denominator` (null for a count or an amount), `rate` (a fraction, 4 places), `target` (0.9 where a national target exists) with `meetsTarget`, `link` (the list endpoint behind it, with the same filters) and `formula`. `trend` covers the 12 months ending with `to`'s month, that month up to `to`. The formulas are in docs/dashboard.md.")
            .ProducesValidationProblem();
        app.MapGet("/api/dashboard/" + ExportFile.RoutePattern, Export)
            .WithTags("Dashboard")
            .RequireAuthorization(Policies.DashboardRead)
            .WithName("ExportDashboard")
            .WithSummary("Download the dashboard as .xlsx or .csv: the figures, intake by type and the 12-month trend")
            .WithDescription("`/api/dashboard/export.xlsx?from=&to=` or `.csv`, with the range of `GET /api/dashboard`. Each export is audited.")
            .DescribedAsExport();
        return app;
    }

    public static Task<FileStreamHttpResult> Export(string format, DateOnly? from, DateOnly? to, ISender sender, CancellationToken ct) =>
        ExportFile.SendAsync(sender, format, f => new ExportDashboardQuery(from, to, f), ct);

    public static async Task<Ok<DashboardDto>> Get(DateOnly? from, DateOnly? to, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new DashboardQuery(from, to), ct));
}

/// <summary>我的待办: everything due for the logged-in user, across every module.</summary>
public static class WorklistEndpoints
{
    public static IEndpointRouteBuilder MapWorklist(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/worklist", Get)
            .WithTags("Worklist")
            .RequireAuthorization(Policies.SignedIn)
            .WithName("GetMyWorklist")
            .WithSummary("Everything due for the caller within `withinDays` (default 30), overdue first, then by due date")
            .WithDescription("Every role. Kinds: CaseDeadline, CaseFirstSteps, CaseReinquiry (a handler's cases), CaseAssignment (Coordinator), PreservationExpiry and PreservationRenewalRequest (holds on a handler's cases; every order's holds for a Coordinator), PreservationLift (Coordinator), ObligationLetter, ObligationInstalment, ObligationEscalation (debts on a handler's cases; all for a Coordinator), Petition (all for Reception; those assigned to an officer), SupervisionOrder (addressed to the caller), SupervisionReport, KeyCase and ExtensionDecision (Leader; every pending extension request, due by its case's limit, whatever `withinDays`), Task (claimed by the caller), Assistance (unanswered requests on a handler's cases; all for a Coordinator). Each item has `kind`, `title`, `dueOn`, `daysLeft` (negative once past), `overdue` and `link`, the API address of its record.")
            .ProducesValidationProblem();

        app.MapGet("/api/me/worklist/" + ExportFile.RoutePattern, Export)
            .WithTags("Worklist")
            .RequireAuthorization(Policies.SignedIn)
            .WithName("ExportMyWorklist")
            .WithSummary("Download the caller's worklist as .xlsx or .csv: every item within `withinDays` (default 30), in the list's order")
            .WithDescription("`/api/me/worklist/export.xlsx` or `.csv`. For a Leader it includes the extension requests waiting for a decision. Each export is audited.")
            .DescribedAsExport();
        return app;
    }

    public static Task<FileStreamHttpResult> Export(string format, int? withinDays, ISender sender, CancellationToken ct) =>
        ExportFile.SendAsync(sender, format, f => new Application.Worklist.ExportMyWorklistQuery(withinDays, f), ct);

    public static async Task<Ok<Application.Common.PagedResult<Application.Worklist.WorklistItem>>> Get(
        int? withinDays, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new Application.Worklist.MyWorklistQuery(withinDays, page, pageSize), ct));
}
