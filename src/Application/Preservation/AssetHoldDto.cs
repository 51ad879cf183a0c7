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

    /// <summary>
    /// Live, Released, or Lapsed (expired unrenewed, even if released afterwards: a release never hides a lapse); Voided
    /// when the case measure holding it was voided by a correction.
    /// </summary>
    public HoldStatus Status { get; init; }

    /// <summary>For a lapsed hold: the first day it no longer held the asset.</summary>
    public DateOnly? LapsedOn { get; init; }

    /// <summary>Days from today to the last day of a live hold (0 on its expiry day); empty once it is released, lapsed or voided.</summary>
    public int? DaysLeft { get; init; }

    public IReadOnlyList<HoldRenewalDto> Renewals { get; init; } = [];
}
