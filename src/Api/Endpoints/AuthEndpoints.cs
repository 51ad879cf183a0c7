using Enforcement.Api.ErrorHandling;
using Enforcement.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Endpoints;

/// <summary>
/// Login and token refresh, on ASP.NET Core Identity's bearer tokens. There is deliberately no register
/// endpoint: accounts are created by an administrator.
/// </summary>
public static class AuthEndpoints
{
    public const string LoginRateLimit = "login";

    public sealed record LoginRequest(string? UserName, string? Password);

    public sealed record RefreshRequest(string? RefreshToken);

    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Authentication").AllowAnonymous().RequireRateLimiting(LoginRateLimit);

        auth.MapPost("/login", Login)
            .WithName("Login")
            .WithSummary("Log in and receive a bearer token")
            .WithDescription("Answers `{ tokenType, accessToken, expiresIn, refreshToken }`. Five failures lock the account for 15 minutes; logins are rate-limited per client.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapPost("/refresh", Refresh)
            .WithName("RefreshToken")
            .WithSummary("Exchange a refresh token for a new bearer token")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        return app;
    }

    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(LoginRequest request, SignInManager<AppUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return Unauthorized("auth.invalid_credentials", "User name or password is wrong.");
        }

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var user = await signIn.UserManager.FindByNameAsync(request.UserName);
        if (user is { Disabled: true })
        {
            return Unauthorized("auth.disabled", "This account is disabled.");
        }

        var result = await signIn.PasswordSignInAsync(request.UserName, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return Unauthorized("auth.locked_out", "Too many failed logins: the account is locked for 15 minutes.");
        }

        // On success the bearer handler has already written the token response.
        return result.Succeeded ? TypedResults.Empty : Unauthorized("auth.invalid_credentials", "User name or password is wrong.");
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> Refresh(
        RefreshRequest request, SignInManager<AppUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time)
    {
        var ticket = string.IsNullOrEmpty(request.RefreshToken)
            ? null
            : bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { Disabled: false } user)
        {
            return Unauthorized("auth.invalid_refresh_token", "The refresh token is invalid or expired; log in again.");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static ProblemHttpResult Unauthorized(string code, string detail) =>
        TypedResults.Problem(ProblemExceptionHandler.Problem(StatusCodes.Status401Unauthorized, code, "Unauthorized", detail));
}
