using Enforcement.Domain.Preservation;

namespace Enforcement.Application.Preservation;

public enum ExpiryBucket
{
    /// <summary>7 days or fewer left.</summary>
    Within7Days,

    /// <summary>8 to 15 days left.</summary>
    Within15Days,

    /// <summary>16 to 30 days left.</summary>
    Within30Days,

    /// <summary>More than 30 days left.</summary>
    Later,
}

/// <summary>One live seal, seizure or freeze nearing expiry, on an order or on a case.</summary>
public sealed record ExpiringMeasureDto
{
    /// <summary><c>order</c> or <c>case</c>.</summary>
    public string Source { get; init; } = "";

    public Guid OwnerId { get; init; }

    public string OwnerNumber { get; init; } = "";

    public Guid MeasureId { get; init; }

    public AssetKind AssetKind { get; init; }

    public string Description { get; init; } = "";

    public DateOnly ExpiresOn { get; init; }

    /// <summary>The applicant's renewal request is due 7 days before expiry.</summary>
    public DateOnly RenewalRequestDueOn { get; init; }

    /// <summary>Whether the hold can be renewed where it is: false on a case closed other than as 终本 (release it instead).</summary>
    public bool Renewable { get; init; } = true;

    public int DaysLeft { get; init; }

    public ExpiryBucket Bucket { get; init; }

    public static ExpiryBucket BucketFor(int daysLeft) => daysLeft switch
    {
        <= 7 => ExpiryBucket.Within7Days,
        <= 15 => ExpiryBucket.Within15Days,
        <= 30 => ExpiryBucket.Within30Days,
        _ => ExpiryBucket.Later,
    };
}
