using System.Security.Claims;
using Enforcement.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Infrastructure.Identity;

/// <summary>What became of a refresh token presented for rotation.</summary>
public enum RefreshOutcome
{
    /// <summary>It was the session's current token; the session now expects <c>NextRefreshId</c>.</summary>
    Rotated,

    /// <summary>The session is unknown or has ended.</summary>
    Ended,

    /// <summary>It was spent before: the session is revoked now.</summary>
    Reused,
}

/// <summary>Starts, rotates, checks and revokes login sessions (<see cref="LoginSession"/>).</summary>
public sealed class LoginSessions(EnforcementDbContext db, TimeProvider time, IOptions<IdentityOptions> identity)
{
    public const string SessionClaim = "sid";
    public const string RefreshClaim = "rid";

    /// <summary>Starts a session for a successful login; its first refresh token id is returned.</summary>
    public async Task<LoginSession> StartAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var session = new LoginSession
        {
            Id = Guid.CreateVersion7(), UserId = userId, CurrentRefreshId = Guid.NewGuid(), CreatedAtUtc = now, LastRefreshedAtUtc = now,
        };
        db.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    /// <summary>
    /// Spends refresh token <paramref name="refreshId"/> of session <paramref name="sessionId"/>. The update is
    /// conditional on the token still being current, so two racing refreshes with one token cannot both win.
    /// </summary>
    public async Task<(RefreshOutcome Outcome, Guid NextRefreshId)> RotateAsync(Guid sessionId, Guid refreshId, CancellationToken cancellationToken)
    {
        var next = Guid.NewGuid();
        var now = time.GetUtcNow().UtcDateTime;
        var rotated = await db.LoginSessions
            .Where(s => s.Id == sessionId && s.CurrentRefreshId == refreshId && s.RevokedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CurrentRefreshId, next).SetProperty(x => x.LastRefreshedAtUtc, now), cancellationToken);
        if (rotated == 1)
        {
            return (RefreshOutcome.Rotated, next);
        }

        var revoked = await RevokeAsync(sessionId, "refresh_token_reused", cancellationToken);
        return (revoked ? RefreshOutcome.Reused : RefreshOutcome.Ended, Guid.Empty);
    }

    /// <summary>Ends a session; false when it was unknown or already ended.</summary>
    public async Task<bool> RevokeAsync(Guid sessionId, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await db.LoginSessions
            .Where(s => s.Id == sessionId && s.RevokedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAtUtc, now).SetProperty(x => x.RevokedReason, reason), cancellationToken) == 1;
    }

    /// <summary>
    /// Whether <paramref name="user"/> (a bearer token's or a cookie's claims) still stands: its login session is open
    /// and its own, and its account is enabled with the security stamp it was issued with (a password or role change,
    /// or a disabling, replaces the stamp). One query, two lookups by primary key; every authenticated request asks it.
    /// </summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = identity.Value.ClaimsIdentity;
        if (!Guid.TryParse(user.FindFirstValue(SessionClaim), out var sessionId)
            || user.FindFirstValue(claims.UserIdClaimType) is not { } userId
            || user.FindFirstValue(claims.SecurityStampClaimType) is not { } stamp)
        {
            return false;
        }

        return await db.LoginSessions.AnyAsync(
            s => s.Id == sessionId && s.RevokedAtUtc == null && s.UserId == userId
                 && db.Users.Any(u => u.Id == userId && !u.Disabled && u.SecurityStamp == stamp),
            cancellationToken);
    }
}
