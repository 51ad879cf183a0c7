using System.Security.Claims;
using Enforcement.Application.Auditing;
using Enforcement.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Enforcement.Api.Security;

/// <summary>A password login's outcome: the user and the login session it opened, or the stable code of its refusal.</summary>
public sealed record LoginOutcome(AppUser? User, LoginSession? Session, string? FailureCode, string? FailureDetail)
{
    public bool Succeeded => User is not null && Session is not null;
}

/// <summary>
/// Checking a password, for the API's bearer login and the pages' cookie login alike: lockout after five failures,
/// the same answer for an unknown user as for a wrong password, a disabled or locked account named only to someone who
/// knows its password, a login session for each success, and an audit row for every attempt.
/// </summary>
public sealed class PasswordLogin(SignInManager<AppUser> signIn, LoginSessions sessions, IAuditTrail audit)
{
    /// <summary>A hash to check a password against when the user is unknown, so that the answer takes as long.</summary>
    private static readonly Lazy<string> UnknownUserHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    public async Task<LoginOutcome> TryAsync(string? userName, string? password, string from, CancellationToken ct)
    {
        var users = signIn.UserManager;
        var name = Printable(userName);
        var user = name.Length == 0 ? null : await users.FindByNameAsync(name);
        if (user is null || string.IsNullOrEmpty(password))
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), UnknownUserHash.Value, password ?? "");
            await audit.WriteLoginAsync(name, user?.Id, "LoginFailed", $"Failed login as {Quoted(name)} from {from}: unknown user or no password", AuditOutcome.Refused, ct);
            return InvalidCredentials;
        }

        if (user.Disabled || await users.IsLockedOutAsync(user))
        {
            var rightPassword = await users.CheckPasswordAsync(user, password);
            var state = user.Disabled ? "disabled" : "locked";
            await audit.WriteLoginAsync(name, user.Id, "LoginFailed", $"Failed login as {Quoted(name)} from {from}: the account is {state}", AuditOutcome.Refused, ct);
            return !rightPassword ? InvalidCredentials
                : user.Disabled ? Failed("auth.disabled", "This account is disabled.")
                : Failed("auth.locked_out", "Too many failed logins: the account is locked for 15 minutes.");
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            await audit.WriteLoginAsync(name, user.Id, "LoginFailed", $"Failed login as {Quoted(name)} from {from}: wrong password", AuditOutcome.Refused, ct);
            if (result.IsLockedOut)
            {
                await audit.WriteLoginAsync(name, user.Id, "LockedOut", $"Account {Quoted(name)} locked after repeated failed logins, the last from {from}", AuditOutcome.Refused, ct);
            }

            return InvalidCredentials;
        }

        var session = await sessions.StartAsync(user.Id, ct);
        await audit.WriteLoginAsync(name, user.Id, "LoginSucceeded", $"{Quoted(name)} logged in from {from}", AuditOutcome.Succeeded, ct);
        return new LoginOutcome(user, session, null, null);
    }

    /// <summary>The user's claims with the session and its current refresh token, for a token or a cookie.</summary>
    public async Task<ClaimsPrincipal> PrincipalAsync(AppUser user, Guid sessionId, Guid refreshId)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(LoginSessions.SessionClaim, sessionId.ToString()));
        identity.AddClaim(new Claim(LoginSessions.RefreshClaim, refreshId.ToString()));
        return principal;
    }

    /// <summary>Ends a login session (its tokens or cookie stop working at once) and audits it.</summary>
    public async Task LogoutAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (Guid.TryParse(principal.FindFirstValue(LoginSessions.SessionClaim), out var sessionId)
            && await sessions.RevokeAsync(sessionId, "logout", ct))
        {
            await audit.WriteNowAsync("Logout", "User", principal.FindFirstValue(ClaimTypes.NameIdentifier), "Logged out", AuditOutcome.Succeeded, ct);
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions QuotedName =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The tried name in double quotes, any quote inside escaped (JSON's rules), so that a name cannot end its quotes
    /// and write text of its own into the audit row ("… from 10.1.1.1: 'admin' logged in").
    /// </summary>
    private static string Quoted(string name) => System.Text.Json.JsonSerializer.Serialize(name, QuotedName);

    /// <summary>The tried user name as the audit trail may hold it: trimmed, printable, at most 64 characters.</summary>
    private static string Printable(string? userName)
    {
        var name = new string([.. (userName ?? "").Trim().Where(c => !char.IsControl(c) && !char.IsSurrogate(c)
            && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)]);
        return name.Length > 64 ? name[..64] : name;
    }

    private static LoginOutcome InvalidCredentials => Failed("auth.invalid_credentials", "User name or password is wrong.");

    private static LoginOutcome Failed(string code, string detail) => new(null, null, code, detail);
}
