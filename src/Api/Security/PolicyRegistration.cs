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

/// <summary>Writes every refused request (403) to the audit trail (<see cref="RefusalTarget"/>), then answers as usual.</summary>
internal sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var path = context.Request.Path.Value ?? "";
            var endpoint = context.GetEndpoint()?.DisplayName ?? path;
            await RefusalTarget.AuditAsync(context, $"refused ({endpoint})", "auth.forbidden");
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}

/// <summary>
/// Where a refused request (403) is audited: under the record it was aimed at when its address names one
/// (<c>/api/cases/{id}/…</c>: the case's trail shows it), else under the address. The policy's refusal and the
/// handler's (<c>case.not_assigned_to_you</c>) are written alike.
/// </summary>
internal static class RefusalTarget
{
    /// <summary>The addresses whose next segment is a record's id, by the record's audit name (the aggregate's type).</summary>
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

    /// <summary>Writes a refusal of the request being served (<see cref="RefusalAudit"/>), filed under <see cref="Of"/>.</summary>
    public static Task AuditAsync(HttpContext context, string why, string code, AuditSubject? named = null) =>
        context.RequestServices.GetRequiredService<RefusalAudit>().WriteAsync(why, code, named, $"{context.Request.Method} {context.Request.Path}", context.RequestAborted);

    /// <summary>The record whose id follows one of <see cref="Records"/>' prefixes in <paramref name="path"/>, or null.</summary>
    public static AuditSubject? Of(string path)
    {
        foreach (var (prefix, entityType) in Records)
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = path.AsSpan(prefix.Length);
                var end = rest.IndexOf('/');
                return Guid.TryParse(end < 0 ? rest : rest[..end], out var id) ? new AuditSubject(entityType, id.ToString()) : null;
            }
        }

        return null;
    }
}
