using Enforcement.Application.Cases;
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

    public HoldStatus Status { get; init; }

    public int DaysLeft { get; init; }

    public IReadOnlyList<HoldRenewalDto> Renewals { get; init; } = [];
}

public sealed record PreservationMeasureDto
{
    public Guid Id { get; init; }

    public string Description { get; init; } = "";

    public decimal? Amount { get; init; }

    public string HolderOrRegistry { get; init; } = "";

    public AssetHoldDto Hold { get; init; } = new();

    public string RecordedBy { get; init; } = "";
}

public sealed record PreservationOrderDto : Common.IVersioned
{
    public Guid Id { get; init; }

    public PreservationKind Kind { get; init; }

    public string? CaseNumber { get; init; }

    public string? LitigationCaseNumber { get; init; }

    public OrderStatus Status { get; init; }

    public IReadOnlyList<PartyDto> Applicants { get; init; } = [];

    public IReadOnlyList<PartyDto> Respondents { get; init; } = [];

    public decimal AmountToPreserve { get; init; }

    public SecurityForm SecurityForm { get; init; }

    public decimal? SecurityAmount { get; init; }

    public DateTime ApplicationReceivedAtUtc { get; init; }

    public DateTime RuledAtUtc { get; init; }

    public DateOnly RuledOn { get; init; }

    /// <summary>Pre-litigation ruling made more than 48 hours after the application.</summary>
    public bool RulingLate { get; init; }

    public DateOnly? PerformancePeriodEndsOn { get; init; }

    public string? LawsuitCaseNumber { get; init; }

    public DateOnly? LawsuitFiledOn { get; init; }

    /// <summary>The last day for the applicant to sue (pre-litigation) or apply for enforcement (pre-enforcement).</summary>
    public DateOnly? LiftDueOn { get; init; }

    /// <summary>Past <see cref="LiftDueOn"/> without the applicant's act: the order must be lifted.</summary>
    public bool LiftDue { get; init; }

    public Guid? ConvertedToCaseId { get; init; }

    public string? ConvertedToCaseNumber { get; init; }

    public DateOnly? ConvertedOn { get; init; }

    public IReadOnlyList<PreservationMeasureDto> Measures { get; init; } = [];

    public int Version { get; init; }
}

public sealed record PreservationOrderSummaryDto
{
    public Guid Id { get; init; }

    public PreservationKind Kind { get; init; }

    public string? CaseNumber { get; init; }

    public string? LitigationCaseNumber { get; init; }

    public OrderStatus Status { get; init; }

    public decimal AmountToPreserve { get; init; }

    public DateOnly RuledOn { get; init; }

    public DateOnly? LiftDueOn { get; init; }

    public string? ConvertedToCaseNumber { get; init; }

    public IReadOnlyList<PartyNameDto> Respondents { get; init; } = [];

    public int Version { get; init; }
}

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
