using Enforcement.Application.Security;
using Enforcement.Application.Auditing;
using Enforcement.Application.Common;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Endpoints;

/// <summary>The audit trail (Leader and Admin). It is append-only: no endpoint changes or deletes a row.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", Search)
            .WithTags("Audit")
            .RequireAuthorization(Policies.AuditRead)
            .WithName("SearchAudit")
            .WithSummary("Page through the audit trail, newest first")
            .WithDescription("Filters: entityType (EnforcementCase, StaffMember, User, Endpoint), entityId, user (user name), from and to (court dates, inclusive).")
            .ProducesValidationProblem();
        return app;
    }

    public static async Task<Ok<PagedResult<AuditEntryDto>>> Search(
        string? entityType, string? entityId, string? user, DateOnly? from, DateOnly? to, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SearchAuditQuery(entityType, entityId, user, from, to, page, pageSize), ct));
}
