using Enforcement.Application.Cases;
using Enforcement.Domain.Preservation;

namespace Enforcement.Application.Preservation;

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

    /// <summary>Pre-enforcement: the filing day of the enforcement case on the order's judgment, when it came in time; the order then waits to be converted.</summary>
    public DateOnly? EnforcementAppliedOn { get; init; }

    /// <summary>The last day for the applicant to sue (pre-litigation) or apply for enforcement (pre-enforcement).</summary>
    public DateOnly? LiftDueOn { get; init; }

    /// <summary>Past <see cref="LiftDueOn"/> without the applicant's act: the order must be lifted.</summary>
    public bool LiftDue { get; init; }

    /// <summary>
    /// <see cref="LiftDueOn"/> falls in a year without a holiday list: it was moved off weekends only, and may move once
    /// the year's list is added. (A hold's expiry is never moved for rest days.)
    /// </summary>
    public bool DeadlineAssumesWeekendsOnly { get; init; }

    /// <summary>The stated values of the measures not released.</summary>
    public decimal HeldAmount { get; init; }

    /// <summary>The held amount as a share of the amount to preserve, in hundredths of a percent.</summary>
    public int HeldBasisPoints { get; init; }

    /// <summary>超标的查封: held values exceed the amount to preserve by more than the configured margin (20%).</summary>
    public bool OverPreserved { get; init; }

    public Guid? ConvertedToCaseId { get; init; }

    public string? ConvertedToCaseNumber { get; init; }

    public DateOnly? ConvertedOn { get; init; }

    public IReadOnlyList<PreservationMeasureDto> Measures { get; init; } = [];

    /// <summary>Voided entries (a mistaken suit), with who voided them, when and why.</summary>
    public IReadOnlyList<OrderCorrectionDto> Corrections { get; init; } = [];

    public int Version { get; init; }
}

public sealed record OrderCorrectionDto
{
    public string Voided { get; init; } = "";

    public string Reason { get; init; } = "";

    public DateOnly VoidedOn { get; init; }

    public string VoidedBy { get; init; } = "";
}
