using Enforcement.Application.Auditing;
using Enforcement.Application.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Enforcement.Api.Security;

/// <summary>Registers <see cref="Policies"/>, the role table shared with the web pages.</summary>
public static class PolicyRegistration
{
    public static IServiceCollection AddEnforcementAuthorization(this IServiceCollection services)
    {
        var builder = services.AddAuthorizationBuilder();
        foreach (var (name, roles) in Policies.RolesByPolicy)
        {
            builder.AddPolicy(name, p =>
            {
                if (roles.Length == 0)
                {
                    p.RequireAuthenticatedUser();
                }
                else
                {
                    p.RequireRole(roles);
                }
            });
        }

        // No fallback policy: it would also apply where no endpoint matched, answering 401 instead of 404
        // (e.g. for a register endpoint that must not exist). A test instead proves every endpoint names a policy.
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        return services;
    }
}

/// <summary>
/// Writes every refused request (403) to the audit trail, then answers as usual: under the record it was aimed at when
/// its address names one (<c>/api/cases/{id}/…</c>: the case's trail shows it), else under the address.
/// </summary>
internal sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    /// <summary>The addresses whose <c>{id}</c> is a record's, by the record's audit name (the aggregate's type).</summary>
    private static readonly (string Prefix, string EntityType)[] Records =
    [
        ("/api/cases/", "EnforcementCase"),
        ("/api/petitions/", "Petition"),
        ("/api/obligations/", "Obligation"),
        ("/api/preservation/orders/", "PreservationOrder"),
        ("/api/supervision-orders/", "SupervisionOrder"),
        ("/api/key-cases/", "KeyCase"),
        ("/api/prompts/", "PrePerformancePrompt"),
        ("/api/tasks/", "EnforcementTask"),
        ("/api/assistance-requests/", "AssistanceRequest"),
        ("/api/linked-units/", "LinkedUnit"),
        ("/api/staff/", "StaffMember"),
    ];

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var audit = context.RequestServices.GetRequiredService<IAuditTrail>();
            var path = context.Request.Path.Value ?? "";
            var endpoint = context.GetEndpoint()?.DisplayName ?? path;
            var (entityType, entityId) = Target(path, context.Request.RouteValues["id"]);
            await audit.WriteNowAsync("Forbidden", entityType, entityId, $"{context.Request.Method} {context.Request.Path} refused ({endpoint})",
                AuditOutcome.Refused, context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    internal static (string EntityType, string EntityId) Target(string path, object? id)
    {
        if (Guid.TryParse(id as string, out var recordId)
            && Records.FirstOrDefault(r => path.StartsWith(r.Prefix + id, StringComparison.OrdinalIgnoreCase)) is { EntityType: not null } record)
        {
            return (record.EntityType, recordId.ToString());
        }

        return ("Endpoint", path);
    }
}
