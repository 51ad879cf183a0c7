using Enforcement.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

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
public sealed class LoginSessions(EnforcementDbContext db, TimeProvider time)
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

    /// <summary>Whether a token's session is still open: one lookup by primary key.</summary>
    public Task<bool> IsOpenAsync(Guid sessionId, CancellationToken cancellationToken) =>
        db.LoginSessions.AnyAsync(s => s.Id == sessionId && s.RevokedAtUtc == null, cancellationToken);
}
