using Enforcement.Application.Security;

namespace Enforcement.Api.Endpoints;

/// <summary>
/// The exports again, for the web application's download buttons: <c>/downloads/…</c> mirrors <c>/api/…/export.{format}</c>
/// with the same handlers, filters, policies, masking and audit, but is read with the pages' login cookie (a cookie never
/// authorizes <c>/api</c>). Downloads only read, and the cookie is SameSite=Strict, so another site cannot start one.
/// </summary>
public static class DownloadEndpoints
{
    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        var downloads = app.MapGroup("/downloads").ExcludeFromDescription().AddEndpointFilter(async (context, next) =>
        {
            // Personal data: never kept by the browser's or a proxy's cache.
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            return await next(context);
        });
        downloads.MapGet("/cases/" + ExportFile.RoutePattern, CasesEndpoints.Export).RequireAuthorization(Policies.CaseRead);
        downloads.MapGet("/petitions/" + ExportFile.RoutePattern, PetitionsEndpoints.Export).RequireAuthorization(Policies.PetitionRead);
        downloads.MapGet("/dashboard/" + ExportFile.RoutePattern, DashboardEndpoints.Export).RequireAuthorization(Policies.DashboardRead);
        downloads.MapGet("/tasks/board/" + ExportFile.RoutePattern, TasksEndpoints.ExportBoard).RequireAuthorization(Policies.TaskRead);
        downloads.MapGet("/obligations/report/" + ExportFile.RoutePattern, ObligationsEndpoints.ExportReport).RequireAuthorization(Policies.ObligationRead);
        downloads.MapGet("/me/worklist/" + ExportFile.RoutePattern, WorklistEndpoints.Export).RequireAuthorization(Policies.SignedIn);
        downloads.MapGet("/key-cases/" + ExportFile.RoutePattern, SupervisionEndpoints.ExportKeyCases).RequireAuthorization(Policies.SupervisionRead);
        downloads.MapGet("/supervision-orders/" + ExportFile.RoutePattern, SupervisionEndpoints.ExportOrders).RequireAuthorization(Policies.SupervisionRead);
        return app;
    }
}
