using Enforcement.Api.Security;
using Enforcement.Application.Security;
using Microsoft.AspNetCore.Antiforgery;
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

        // The anti-forgery token is checked here rather than by the middleware, so that a stale page (its token
        // expired, or another browser's) is answered with the login page and a Chinese message, never a bare 400.
        account.MapPost("/login", Login).AllowAnonymous().RequireRateLimiting(AuthEndpoints.LoginRateLimit).DisableAntiforgery();
        account.MapPost("/logout", Logout).RequireAuthorization(Policies.SignedIn).DisableAntiforgery();
        return app;
    }

    public static async Task<IResult> Login(
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl,
        PasswordLogin login, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.Redirect(LoginPage("auth.session_expired", userName, returnUrl));
        }

        var outcome = await login.TryAsync(userName, password, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", ct);
        if (!outcome.Succeeded)
        {
            return TypedResults.Redirect(LoginPage(outcome.FailureCode!, userName, returnUrl));
        }

        var principal = await login.PrincipalAsync(outcome.User!, outcome.Session!.Id, outcome.Session.CurrentRefreshId);
        await http.SignInAsync(IdentityConstants.ApplicationScheme, principal, new AuthenticationProperties { IsPersistent = false });
        return TypedResults.LocalRedirect(LocalOnly(returnUrl));
    }

    public static async Task<IResult> Logout(PasswordLogin login, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.Redirect("/"); // a logout another page started: the login stays
        }

        await login.LogoutAsync(http.User, ct);
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return TypedResults.Redirect("/login?loggedOut=1");
    }

    /// <summary>The login page again, with the refusal's code, the name tried and where to go after.</summary>
    public static string LoginPage(string code, string? userName = null, string? returnUrl = null) =>
        "/login?error=" + Uri.EscapeDataString(code)
        + (string.IsNullOrEmpty(userName) ? "" : "&userName=" + Uri.EscapeDataString(userName.Length > 64 ? userName[..64] : userName))
        + "&returnUrl=" + Uri.EscapeDataString(LocalOnly(returnUrl));

    /// <summary>
    /// A return address on this site only: an absolute or protocol-relative one (an open redirect) becomes <c>/</c>.
    /// Characters a <c>Location</c> header cannot carry (Chinese, spaces) are percent-encoded as UTF-8.
    /// </summary>
    public static string LocalOnly(string? returnUrl) =>
        returnUrl is { Length: > 0 and <= 2048 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.StartsWith("/account/", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("/login", StringComparison.OrdinalIgnoreCase)
        && !url.Any(char.IsControl)
            ? Encoded(url) : "/";

    private static string Encoded(string url)
    {
        var text = new System.Text.StringBuilder(url.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > 0x20 and < 0x7F)
            {
                text.Append((char)rune.Value);
                continue;
            }

            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)])
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}
