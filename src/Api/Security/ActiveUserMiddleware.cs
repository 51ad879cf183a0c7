using System.Security.Claims;
using Enforcement.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Enforcement.Api.Security;

/// <summary>
/// Bearer tokens are self-contained, so a token would outlive a logout, a disabled account or a role change. Each
/// authenticated request checks that the token's login session is still open, and its security stamp against the
/// user's current one (two lookups by key); otherwise the request is anonymous, which the policies answer with 401.
/// </summary>
internal sealed class ActiveUserMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SignInManager<AppUser> signIn, LoginSessions sessions)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && (!Guid.TryParse(context.User.FindFirstValue(LoginSessions.SessionClaim), out var sessionId)
                || !await sessions.IsOpenAsync(sessionId, context.RequestAborted)
                || await signIn.ValidateSecurityStampAsync(context.User) is not { Disabled: false }))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context);
    }
}
