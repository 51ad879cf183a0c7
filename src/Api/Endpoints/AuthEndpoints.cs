using System.Security.Claims;
using Enforcement.Api.ErrorHandling;
using Enforcement.Api.Security;
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

    /// <summary>A hash to check a password against when the user is unknown, so that the answer takes as long.</summary>
    private static readonly Lazy<string> UnknownUserHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

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
        LoginRequest request, SignInManager<AppUser> signIn, LoginSessions sessions, IAuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var users = signIn.UserManager;
        var name = Printable(request.UserName);
        var user = name.Length == 0 ? null : await users.FindByNameAsync(name);
        var from = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (user is null || string.IsNullOrEmpty(request.Password))
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), UnknownUserHash.Value, request.Password ?? "");
            await audit.WriteLoginAsync(name, user?.Id, "LoginFailed", $"Failed login as '{name}' from {from}: unknown user or no password", AuditOutcome.Refused, ct);
            return InvalidCredentials();
        }

        // A disabled or locked account says so only to someone who knows its password.
        if (user.Disabled || await users.IsLockedOutAsync(user))
        {
            var rightPassword = await users.CheckPasswordAsync(user, request.Password);
            var state = user.Disabled ? "disabled" : "locked";
            await audit.WriteLoginAsync(name, user.Id, "LoginFailed", $"Failed login as '{name}' from {from}: the account is {state}", AuditOutcome.Refused, ct);
            return !rightPassword ? InvalidCredentials()
                : user.Disabled ? Unauthorized("auth.disabled", "This account is disabled.")
                : Unauthorized("auth.locked_out", "Too many failed logins: the account is locked for 15 minutes.");
        }

        var result = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            await audit.WriteLoginAsync(name, user.Id, "LoginFailed", $"Failed login as '{name}' from {from}: wrong password", AuditOutcome.Refused, ct);
            if (result.IsLockedOut)
            {
                await audit.WriteLoginAsync(name, user.Id, "LockedOut", $"Account '{name}' locked after repeated failed logins, the last from {from}", AuditOutcome.Refused, ct);
            }

            return InvalidCredentials();
        }

        var session = await sessions.StartAsync(user.Id, ct);
        await audit.WriteLoginAsync(name, user.Id, "LoginSucceeded", $"'{name}' logged in from {from}", AuditOutcome.Succeeded, ct);
        return await SignInAsync(signIn, user, session.Id, session.CurrentRefreshId);
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> Refresh(
        RefreshRequest request, SignInManager<AppUser> signIn, LoginSessions sessions, IAuditTrail audit,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time, CancellationToken ct)
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

        return outcome == RefreshOutcome.Rotated ? await SignInAsync(signIn, user, sessionId, next) : InvalidRefreshToken();
    }

    public static async Task<NoContent> Logout(ClaimsPrincipal principal, LoginSessions sessions, IAuditTrail audit, CancellationToken ct)
    {
        if (Guid.TryParse(principal.FindFirstValue(LoginSessions.SessionClaim), out var sessionId)
            && await sessions.RevokeAsync(sessionId, "logout", ct))
        {
            await audit.WriteNowAsync("Logout", "User", principal.FindFirstValue(ClaimTypes.NameIdentifier), "Logged out", AuditOutcome.Succeeded, ct);
        }

        return TypedResults.NoContent();
    }

    /// <summary>Issues an access token and a refresh token that both name the session and its current refresh token.</summary>
    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> SignInAsync(SignInManager<AppUser> signIn, AppUser user, Guid sessionId, Guid refreshId)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(LoginSessions.SessionClaim, sessionId.ToString()));
        identity.AddClaim(new Claim(LoginSessions.RefreshClaim, refreshId.ToString()));
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    /// <summary>The tried user name as the audit trail may hold it: trimmed, printable, at most 64 characters.</summary>
    private static string Printable(string? userName)
    {
        var name = new string([.. (userName ?? "").Trim().Where(c => !char.IsControl(c) && !char.IsSurrogate(c)
            && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)]);
        return name.Length > 64 ? name[..64] : name;
    }

    private static ProblemHttpResult InvalidCredentials() => Unauthorized("auth.invalid_credentials", "User name or password is wrong.");

    private static ProblemHttpResult InvalidRefreshToken() =>
        Unauthorized("auth.invalid_refresh_token", "The refresh token is invalid or expired; log in again.");

    private static ProblemHttpResult Unauthorized(string code, string detail) =>
        TypedResults.Problem(ProblemExceptionHandler.Problem(StatusCodes.Status401Unauthorized, code, "Unauthorized", detail));
}
