using System.Linq.Expressions;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Preservation;

/// <summary>What a seal, seizure or freeze holds, which sets its legal maximum period.</summary>
public enum AssetKind
{
    /// <summary>银行存款: frozen for at most 1 year.</summary>
    BankDeposit,

    /// <summary>动产: sealed or seized for at most 2 years.</summary>
    Movable,

    /// <summary>不动产: sealed for at most 3 years.</summary>
    Immovable,

    /// <summary>其他财产权: frozen for at most 3 years.</summary>
    OtherPropertyRight,
}

public enum HoldStatus
{
    /// <summary>In force.</summary>
    Live,

    /// <summary>解除: lifted by the court.</summary>
    Released,

    /// <summary>Expired without renewal or release: priority on the asset is lost.</summary>
    Lapsed,

    /// <summary>撤销: the measure holding it was voided by a correction (recorded by mistake), so it never held anything.</summary>
    Voided,
}

public sealed record HoldRenewal(DateOnly RenewedOn, DateOnly PreviousExpiry, DateOnly NewExpiry);

/// <summary>
/// A period-limited hold on an asset (seal, seizure or freeze), on a preservation order or an enforcement case alike.
/// The period counts its start day, ends the day before its anniversary, and is not moved for holidays: a 1-year
/// freeze from 2024-03-15 runs to 2025-03-14 inclusive. A renewal (续行) happens on or before the expiry day and runs at most the same maximum
/// again from the day after the current expiry.
/// </summary>
public sealed class AssetHold
{
    /// <summary>The applicant's renewal request is due 7 days before expiry.</summary>
    public const int RenewalRequestLeadDays = 7;

    /// <summary>The longest release reason, on cases and orders alike.</summary>
    public const int MaxReasonLength = 500;

    private readonly List<HoldRenewal> _renewals = [];

    private AssetHold()
    {
    }

    public AssetKind AssetKind { get; private init; }

    public DateOnly StartOn { get; private init; }

    public DateOnly ExpiresOn { get; private set; }

    public DateOnly? ReleasedOn { get; private set; }

    public string? ReleaseReason { get; private set; }

    public IReadOnlyList<HoldRenewal> Renewals => _renewals;

    public static int MaxYears(AssetKind kind) => kind switch
    {
        AssetKind.BankDeposit => 1,
        AssetKind.Movable => 2,
        AssetKind.Immovable or AssetKind.OtherPropertyRight => 3,
        _ => throw new DomainException("preservation.asset_kind.invalid", $"Unknown asset kind {kind}."),
    };

    /// <summary>
    /// The last day of a period of <paramref name="years"/> years that counts <paramref name="startOn"/> itself: the day
    /// before the anniversary. A 29 February start has its anniversary on 1 March in a common year, so it ends on 28 February.
    /// </summary>
    public static DateOnly LastDay(DateOnly startOn, int years)
    {
        var anniversary = startOn.AddYears(years);
        if (startOn is { Month: 2, Day: 29 } && anniversary.Day == 28)
        {
            anniversary = anniversary.AddDays(1);
        }

        return anniversary.AddDays(-1);
    }

    /// <summary>
    /// Starts a hold for the legal maximum, or until <paramref name="until"/> where the ruling orders less. More than
    /// the maximum is refused, never silently capped.
    /// </summary>
    public static AssetHold Start(AssetKind kind, DateOnly startOn, DateOnly? until = null)
    {
        var longest = LastDay(startOn, MaxYears(kind));
        if (until > longest)
        {
            throw new DomainInputException("preservation.measure.period_too_long", "until", $"A {kind} hold from {startOn:yyyy-MM-dd} runs at most to {longest:yyyy-MM-dd}.");
        }

        if (until < startOn)
        {
            throw new DomainException("preservation.measure.ends_before_start", $"A hold cannot end before it starts ({startOn:yyyy-MM-dd}).");
        }

        return new AssetHold { AssetKind = kind, StartOn = startOn, ExpiresOn = until ?? longest };
    }

    public HoldStatus StatusOn(DateOnly today) => Status(ReleasedOn, ExpiresOn, today);

    public DateOnly RenewalRequestDueOn => RenewalRequestDue(ExpiresOn);

    /// <summary>
    /// Lapsed once the expiry day has passed without renewal, even if it was released afterwards (a release never
    /// hides a lapse); else released; else live.
    /// </summary>
    public static HoldStatus Status(DateOnly? releasedOn, DateOnly expiresOn, DateOnly today) =>
        releasedOn > expiresOn || (releasedOn is null && today > expiresOn) ? HoldStatus.Lapsed
        : releasedOn is not null ? HoldStatus.Released
        : HoldStatus.Live;

    /// <summary>The first day without the hold's protection, for a lapsed hold.</summary>
    public static DateOnly? LapsedFrom(DateOnly? releasedOn, DateOnly expiresOn, DateOnly today) =>
        Status(releasedOn, expiresOn, today) == HoldStatus.Lapsed ? expiresOn.AddDays(1) : null;

    public static DateOnly RenewalRequestDue(DateOnly expiresOn) => expiresOn.AddDays(-RenewalRequestLeadDays);

    /// <summary>Days from <paramref name="today"/> to the last day of the hold; 0 on the expiry day, negative once it has passed.</summary>
    public static int DaysLeft(DateOnly expiresOn, DateOnly today) => expiresOn.DayNumber - today.DayNumber;

    /// <summary>
    /// The lapsed rule of <see cref="Status(DateOnly?, DateOnly, DateOnly)"/> as an expression over the stored columns:
    /// not released, and the expiry day has passed.
    /// </summary>
    public static Expression<Func<AssetHold, bool>> LapsedOn(DateOnly today) =>
        h => h.ExpiresOn < today && (h.ReleasedOn == null || h.ReleasedOn > h.ExpiresOn);

    /// <summary>Renews the hold until <paramref name="until"/>, or for the full maximum when none is given.</summary>
    public HoldRenewal Renew(DateOnly renewedOn, DateOnly? until)
    {
        if (ReleasedOn is not null)
        {
            throw new DomainException("preservation.measure.released", $"The measure was released on {ReleasedOn:yyyy-MM-dd}.");
        }

        if (renewedOn < StartOn)
        {
            throw new DomainException("preservation.measure.renewal_before_start", $"The measure started on {StartOn:yyyy-MM-dd}; a renewal cannot be dated before.");
        }

        if (_renewals.Count > 0 && renewedOn < _renewals[^1].RenewedOn)
        {
            throw new DomainException(
                "preservation.measure.renewal_before_previous", $"The previous renewal is dated {_renewals[^1].RenewedOn:yyyy-MM-dd}; a renewal cannot be dated before it.");
        }

        if (renewedOn > ExpiresOn)
        {
            throw new DomainException("preservation.measure.lapsed", $"The measure expired on {ExpiresOn:yyyy-MM-dd}; a lapsed measure cannot be renewed.");
        }

        // A renewal answers a period running out: while the hold still runs longer than a whole maximum period from the
        // renewal's day (it was just renewed: the same request sent twice), another would hold the asset two periods
        // ahead, and the warnings would miss the day the registry's own record lapses.
        if (ExpiresOn > LastDay(renewedOn, MaxYears(AssetKind)))
        {
            throw new DomainException(
                "preservation.measure.renewal_too_early",
                $"The measure runs to {ExpiresOn:yyyy-MM-dd}, more than {MaxYears(AssetKind)} year(s) after {renewedOn:yyyy-MM-dd}; renew it when less than that remains.");
        }

        var longest = LastDay(ExpiresOn.AddDays(1), MaxYears(AssetKind));
        var newExpiry = until ?? longest;
        if (newExpiry > longest)
        {
            throw new DomainInputException("preservation.measure.renewal_too_long", "until", $"A renewal runs at most to {longest:yyyy-MM-dd}: never more than the legal maximum again.");
        }

        if (newExpiry <= ExpiresOn)
        {
            throw new DomainException("preservation.measure.renewal_too_short", $"A renewal must run beyond the current expiry {ExpiresOn:yyyy-MM-dd}.");
        }

        var renewal = new HoldRenewal(renewedOn, ExpiresOn, newExpiry);
        _renewals.Add(renewal);
        ExpiresOn = newExpiry;
        return renewal;
    }

    public void Release(DateOnly releasedOn, string reason)
    {
        if (ReleasedOn is not null)
        {
            throw new DomainException("preservation.measure.released", $"The measure was already released on {ReleasedOn:yyyy-MM-dd}.");
        }

        if (releasedOn < StartOn)
        {
            throw new DomainException("preservation.measure.release_before_start", "A measure cannot be released before it started.");
        }

        // The court renewed what it still held: a release dated before the last renewal would leave the record renewing
        // an asset already let go.
        if (_renewals.Count > 0 && releasedOn < _renewals[^1].RenewedOn)
        {
            throw new DomainException(
                "preservation.measure.release_before_renewal", $"The measure was renewed on {_renewals[^1].RenewedOn:yyyy-MM-dd}; it cannot be released before that.");
        }

        ReleasedOn = releasedOn;
        ReleaseReason = reason;
    }

    /// <summary>The same hold, with its history, for a case adopting a converted preservation measure: the period runs on.</summary>
    public AssetHold Copy()
    {
        var copy = new AssetHold { AssetKind = AssetKind, StartOn = StartOn, ExpiresOn = ExpiresOn, ReleasedOn = ReleasedOn, ReleaseReason = ReleaseReason };
        copy._renewals.AddRange(_renewals.Select(r => r with { }));
        return copy;
    }
}
