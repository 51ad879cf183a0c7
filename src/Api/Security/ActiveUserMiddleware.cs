using System.Security.Claims;
using Enforcement.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Enforcement.Api.Security;

/// <summary>
/// Bearer tokens are self-contained, so a token would outlive a disabled account or a role change. Each
/// authenticated request checks the token's security stamp against the user's current one (one indexed
/// lookup); a disabled user or a stale stamp makes the request anonymous, which the policies answer with 401.
/// </summary>
internal sealed class ActiveUserMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SignInManager<AppUser> signIn)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && await signIn.ValidateSecurityStampAsync(context.User) is not { Disabled: false })
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context);
    }
}
