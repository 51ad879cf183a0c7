using Enforcement.Api.Security;
using Enforcement.Application.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Enforcement.Api.Endpoints;

/// <summary>
/// The web application's login and logout: HTML forms posted with an anti-forgery token, answered with redirects.
/// They share <see cref="PasswordLogin"/> with the API's bearer login (lockout, audit, login sessions), but issue the
/// Identity cookie, which authorizes only the pages: an <c>/api</c> request always reads the bearer token.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();

        account.MapPost("/login", Login).AllowAnonymous().RequireRateLimiting(AuthEndpoints.LoginRateLimit);
        account.MapPost("/logout", Logout).RequireAuthorization(Policies.SignedIn);
        return app;
    }

    public static async Task<IResult> Login(
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl,
        PasswordLogin login, HttpContext http, CancellationToken ct)
    {
        var outcome = await login.TryAsync(userName, password, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", ct);
        if (!outcome.Succeeded)
        {
            return TypedResults.Redirect(LoginPage(outcome.FailureCode!, userName, returnUrl));
        }

        var principal = await login.PrincipalAsync(outcome.User!, outcome.Session!.Id, outcome.Session.CurrentRefreshId);
        await http.SignInAsync(IdentityConstants.ApplicationScheme, principal, new AuthenticationProperties { IsPersistent = false });
        return TypedResults.LocalRedirect(LocalOnly(returnUrl));
    }

    public static async Task<IResult> Logout(PasswordLogin login, HttpContext http, CancellationToken ct)
    {
        await login.LogoutAsync(http.User, ct);
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return TypedResults.Redirect("/login?loggedOut=1");
    }

    /// <summary>The login page again, with the refusal's code, the name tried and where to go after.</summary>
    public static string LoginPage(string code, string? userName = null, string? returnUrl = null) =>
        "/login?error=" + Uri.EscapeDataString(code)
        + (string.IsNullOrEmpty(userName) ? "" : "&userName=" + Uri.EscapeDataString(userName.Length > 64 ? userName[..64] : userName))
        + "&returnUrl=" + Uri.EscapeDataString(LocalOnly(returnUrl));

    /// <summary>A return address on this site only: an absolute or protocol-relative one (an open redirect) becomes <c>/</c>.</summary>
    public static string LocalOnly(string? returnUrl) =>
        returnUrl is { Length: > 0 and <= 2048 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.StartsWith("/account/", StringComparison.OrdinalIgnoreCase) && !url.Any(char.IsControl)
            ? url : "/";
}
