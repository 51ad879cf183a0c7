using Enforcement.Domain.Parties;
using Enforcement.Domain.Petitions;

namespace Enforcement.Application.Petitions;

/// <summary>A petition with its petitioners, cases, deadlines, answers and timeline, as of today.</summary>
public sealed record PetitionDto : Common.IVersioned
{
    public Guid Id { get; init; }

    public PetitionChannel Channel { get; init; }

    public string? ForwardedBy { get; init; }

    public string? ForwardedDocumentNumber { get; init; }

    public DateOnly ReceivedOn { get; init; }

    public TimeOnly? ReceivedAt { get; init; }

    public string ReceivedBy { get; init; } = "";

    public int? Headcount { get; init; }

    public PetitionCategory Category { get; init; }

    /// <summary>Enforcement (5 working days to assign, 30 days to resolve from receipt) or General (60 days from acceptance).</summary>
    public PetitionTrack Track { get; init; }

    public string Content { get; init; } = "";

    public string Request { get; init; } = "";

    public PetitionStatus Status { get; init; }

    /// <summary>集体访: computed from the channel and the headcount.</summary>
    public bool Collective { get; init; }

    /// <summary>重复访: computed from the earlier petitions of the same petitioner about the same case.</summary>
    public bool Repeat { get; init; }

    public Guid? RepeatOfId { get; init; }

    /// <summary>A deadline of the court's is past and unmet.</summary>
    public bool Overdue { get; init; }

    /// <summary>The next deadline the court has to meet; null when it has none at this stage.</summary>
    public DateOnly? DueOn { get; init; }

    public int? DaysLeft { get; init; }

    public IReadOnlyList<PetitionDeadlineDto> Deadlines { get; init; } = [];

    /// <summary>
    /// A deadline falls in, or counts through, a year without a holiday list in the configuration: it skips weekends
    /// only, and may move once the year's list is added.
    /// </summary>
    public bool DeadlineAssumesWeekendsOnly { get; init; }

    public IReadOnlyList<PetitionerDto> Petitioners { get; init; } = [];

    public IReadOnlyList<PetitionCaseDto> Cases { get; init; } = [];

    public DateOnly? DecidedOn { get; init; }

    public string? NotAcceptedReason { get; init; }

    public DateOnly? AssignedOn { get; init; }

    public AssigneeKind? AssigneeKind { get; init; }

    public Guid? AssigneeId { get; init; }

    public string? AssigneeName { get; init; }

    public int ExtensionDays { get; init; }

    public string? ExtensionReason { get; init; }

    public string? ExtendedBy { get; init; }

    public IReadOnlyList<PetitionRoundDto> Rounds { get; init; } = [];

    public DateOnly? ClosedOn { get; init; }

    public Satisfaction? Satisfaction { get; init; }

    /// <summary>Every step, dated and by whom, in order.</summary>
    public IReadOnlyList<PetitionStepDto> Timeline { get; init; } = [];

    public int Version { get; init; }
}

/// <summary>A petitioner; ID, phone and address are masked unless the reader is Reception or a Leader.</summary>
public sealed record PetitionerDto(PartyKind Kind, string Name, string? IdNumber, string? CreditCode, string? Phone, string? Address);

/// <summary>
/// A related case: linked when the registry knows the number, else <c>resolved</c> is false and a clerk resolves it.
/// The handler and the leader in charge are read when the petition is read.
/// </summary>
public sealed record PetitionCaseDto(Guid Id, string CaseNumber, Guid? CaseId, bool Resolved, string? HandlerName, string? LeaderInCharge);

/// <summary>A deadline: met on <c>metOn</c> (late when <c>metLate</c>), or open with <c>daysLeft</c>, overdue once passed. <c>petitionersWindow</c>: the petitioner's time to ask for a review.</summary>
public sealed record PetitionDeadlineDto(
    PetitionDeadlineKind Kind, PetitionRoundLevel? Level, DateOnly DueOn, DateOnly? MetOn, int DaysLeft, bool Overdue, bool MetLate, bool PetitionersWindow);

public sealed record PetitionRoundDto(
    PetitionRoundLevel Level, DateOnly? RequestedOn, DateOnly DueOn, DateOnly? AnsweredOn, string? Reply, ReplyChannel? Channel, string? AnsweredBy, bool AnsweredLate);

public sealed record PetitionStepDto(PetitionStepKind Kind, DateOnly OccurredOn, string Summary, string RecordedBy, DateTime RecordedAtUtc);

/// <summary>A row of the petition lists: flags and the next deadline, petitioner names only (no personal data).</summary>
public sealed record PetitionSummaryDto
{
    public Guid Id { get; init; }

    public PetitionChannel Channel { get; init; }

    public DateOnly ReceivedOn { get; init; }

    public TimeOnly? ReceivedAt { get; init; }

    public PetitionCategory Category { get; init; }

    public PetitionStatus Status { get; init; }

    public IReadOnlyList<string> PetitionerNames { get; init; } = [];

    public int? Headcount { get; init; }

    public IReadOnlyList<string> CaseNumbers { get; init; } = [];

    public bool Collective { get; init; }

    public bool Repeat { get; init; }

    public bool Overdue { get; init; }

    public DateOnly? DueOn { get; init; }

    public int? DaysLeft { get; init; }

    /// <summary>Case numbers the registry did not know, waiting for a clerk.</summary>
    public int UnresolvedCases { get; init; }

    public string? AssigneeName { get; init; }

    public int Version { get; init; }
}
