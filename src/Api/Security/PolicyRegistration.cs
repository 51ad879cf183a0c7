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

/// <summary>Writes every refused request (403) to the audit trail, then answers as usual.</summary>
internal sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var audit = context.RequestServices.GetRequiredService<IAuditTrail>();
            var endpoint = context.GetEndpoint()?.DisplayName ?? context.Request.Path.Value ?? "";
            await audit.WriteNowAsync("Forbidden", "Endpoint", context.Request.Path.Value, $"{context.Request.Method} {context.Request.Path} refused ({endpoint})",
                AuditOutcome.Refused, context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
