using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Identity;

/// <summary>
/// One login and the family of refresh tokens that descends from it. Every token carries the session's id and the
/// id of the one refresh token that may still be spent; spending it rotates to a new one. Presenting a spent refresh
/// token again means it was copied, so the whole family is revoked: the thief and the owner both log in again.
/// </summary>
public sealed class LoginSession
{
    public Guid Id { get; init; }

    public string UserId { get; init; } = "";

    /// <summary>The refresh token that may be spent next.</summary>
    public Guid CurrentRefreshId { get; set; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime LastRefreshedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    /// <summary>Why the session ended: <c>logout</c>, <c>refresh_token_reused</c>, <c>account_disabled</c>.</summary>
    public string? RevokedReason { get; set; }
}

internal sealed class LoginSessionConfiguration : IEntityTypeConfiguration<LoginSession>
{
    public void Configure(EntityTypeBuilder<LoginSession> builder)
    {
        builder.ToTable("LoginSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.UserId).HasMaxLength(64);
        builder.Property(s => s.RevokedReason).HasMaxLength(40);
        builder.HasIndex(s => s.UserId);
    }
}
