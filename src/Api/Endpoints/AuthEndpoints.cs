using Enforcement.Api.Security;
using Enforcement.Application.Security;
using System.Security.Claims;
using Enforcement.Api.ErrorHandling;
using Enforcement.Application.Auditing;
using Enforcement.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Endpoints;

/// <summary>
/// Login, token refresh and logout, on ASP.NET Core Identity's bearer tokens and a server-side login session
/// (<see cref="LoginSession"/>) that makes refresh tokens single-use and logouts final. There is deliberately no
/// register endpoint: accounts are created by an administrator.
/// </summary>
public static class AuthEndpoints
{
    public const string LoginRateLimit = "login";

    public sealed record LoginRequest(string? UserName, string? Password);

    public sealed record RefreshRequest(string? RefreshToken);

    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Authentication");

        // Only the password guess is rate-limited: a refresh token cannot be guessed, and a logout must always get through.
        auth.MapPost("/login", Login)
            .AllowAnonymous()
            .RequireRateLimiting(LoginRateLimit)
            .WithName("Login")
            .WithSummary("Log in and receive a bearer token")
            .WithDescription("Answers `{ tokenType, accessToken, expiresIn, refreshToken }`. Five failures lock the account for 15 minutes. "
                + "A wrong password is answered the same way whether the account exists, is disabled or is locked. Logins are rate-limited per client.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapPost("/refresh", Refresh)
            .AllowAnonymous()
            .WithName("RefreshToken")
            .WithSummary("Exchange a refresh token for a new bearer token and a new refresh token")
            .WithDescription("A refresh token can be spent once. Presenting a spent one again ends the login it belongs to: every token of it stops working.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        auth.MapPost("/logout", Logout)
            .RequireAuthorization(Policies.SignedIn)
            .WithName("Logout")
            .WithSummary("End this login: its access and refresh tokens stop working at once")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        return app;
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> Login(
        LoginRequest request, PasswordLogin login, HttpContext http, CancellationToken ct)
    {
        var outcome = await login.TryAsync(request.UserName, request.Password, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", ct);
        return outcome.Succeeded
            ? TypedResults.SignIn(await login.PrincipalAsync(outcome.User!, outcome.Session!.Id, outcome.Session.CurrentRefreshId), authenticationScheme: IdentityConstants.BearerScheme)
            : Unauthorized(outcome.FailureCode!, outcome.FailureDetail!);
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> Refresh(
        RefreshRequest request, SignInManager<AppUser> signIn, LoginSessions sessions, IAuditTrail audit,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time, PasswordLogin login, CancellationToken ct)
    {
        var ticket = string.IsNullOrEmpty(request.RefreshToken) || request.RefreshToken.Length > 8192
            ? null
            : bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || !Guid.TryParse(ticket.Principal.FindFirstValue(LoginSessions.SessionClaim), out var sessionId)
            || !Guid.TryParse(ticket.Principal.FindFirstValue(LoginSessions.RefreshClaim), out var refreshId)
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { Disabled: false } user)
        {
            return InvalidRefreshToken();
        }

        var (outcome, next) = await sessions.RotateAsync(sessionId, refreshId, ct);
        if (outcome == RefreshOutcome.Reused)
        {
            await audit.WriteLoginAsync(user.UserName!, user.Id, "RefreshTokenReused",
                $"A spent refresh token of '{user.UserName}' was presented again; the login was ended", AuditOutcome.Refused, ct);
            return Unauthorized("auth.refresh_token_reused", "This refresh token was already used; the login has been ended. Log in again.");
        }

        return outcome == RefreshOutcome.Rotated
            ? TypedResults.SignIn(await login.PrincipalAsync(user, sessionId, next), authenticationScheme: IdentityConstants.BearerScheme)
            : InvalidRefreshToken();
    }

    public static async Task<NoContent> Logout(ClaimsPrincipal principal, PasswordLogin login, CancellationToken ct)
    {
        await login.LogoutAsync(principal, ct);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult InvalidRefreshToken() =>
        Unauthorized("auth.invalid_refresh_token", "The refresh token is invalid or expired; log in again.");

    internal static ProblemHttpResult Unauthorized(string code, string detail) =>
        TypedResults.Problem(ProblemExceptionHandler.Problem(StatusCodes.Status401Unauthorized, code, "Unauthorized", detail));
}
