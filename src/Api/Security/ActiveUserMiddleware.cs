using System.Security.Claims;
using Enforcement.Infrastructure.Identity;

namespace Enforcement.Api.Security;

/// <summary>
/// Bearer tokens are self-contained, so a token would outlive a logout, a disabled account or a role change. Each
/// authenticated request checks that the token's login session is still open and the user's security stamp current
/// (<see cref="LoginSessions.IsCurrentAsync"/>, one query); otherwise the request is anonymous, which the policies
/// answer with 401.
/// </summary>
internal sealed class ActiveUserMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, LoginSessions sessions)
    {
        if (context.User.Identity?.IsAuthenticated == true && !await sessions.IsCurrentAsync(context.User, context.RequestAborted))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context);
    }
}
