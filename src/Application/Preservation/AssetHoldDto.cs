using Enforcement.Domain.Preservation;

namespace Enforcement.Application.Preservation;

public sealed record HoldRenewalDto
{
    public DateOnly RenewedOn { get; init; }

    public DateOnly PreviousExpiry { get; init; }

    public DateOnly NewExpiry { get; init; }
}

/// <summary>A period-limited hold: the legal maximum counts the start day; the renewal request is due 7 days before expiry.</summary>
public sealed record AssetHoldDto
{
    public AssetKind AssetKind { get; init; }

    public DateOnly StartOn { get; init; }

    public DateOnly ExpiresOn { get; init; }

    public DateOnly RenewalRequestDueOn { get; init; }

    public DateOnly? ReleasedOn { get; init; }

    public string? ReleaseReason { get; init; }

    /// <summary>Live, Released, or Lapsed (expired unrenewed, even if released afterwards: a release never hides a lapse).</summary>
    public HoldStatus Status { get; init; }

    /// <summary>For a lapsed hold: the first day it no longer held the asset.</summary>
    public DateOnly? LapsedOn { get; init; }

    public int DaysLeft { get; init; }

    public IReadOnlyList<HoldRenewalDto> Renewals { get; init; } = [];
}
