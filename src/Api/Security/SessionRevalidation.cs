using System.Security.Claims;
using Enforcement.Infrastructure.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Enforcement.Api.Security;

/// <summary>
/// A page's circuit outlives the request that opened it. Every minute it checks, as every HTTP request does
/// (<see cref="ActiveUserMiddleware"/>), that the login session is still open and the account neither disabled nor
/// changed; otherwise the circuit's user becomes anonymous and the page sends the browser to the login page.
/// </summary>
internal sealed class SessionRevalidation(ILoggerFactory loggerFactory, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        IsStillValidAsync(authenticationState.User, cancellationToken);

    /// <summary>Whether the user's login session is open and its account unchanged and enabled.</summary>
    internal async Task<bool> IsStillValidAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LoginSessions>().IsCurrentAsync(user, cancellationToken);
    }
}
