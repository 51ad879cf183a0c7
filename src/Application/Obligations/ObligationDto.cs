using Enforcement.Domain.Cases;
using Enforcement.Domain.Obligations;

namespace Enforcement.Application.Obligations;

/// <summary>An obligation with everything done about it, its computed status and flags as of today.</summary>
public sealed record ObligationDto : Common.IVersioned
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public string CaseNumber { get; init; } = "";

    public Guid LinkedUnitId { get; init; }

    public string UnitName { get; init; } = "";

    public decimal Amount { get; init; }

    public decimal Paid { get; init; }

    public decimal Outstanding { get; init; }

    public string Basis { get; init; } = "";

    public DateOnly? DeliveredOn { get; init; }

    public int? ContractPaymentDays { get; init; }

    /// <summary>Delivery + 30 days, or + the contract's term capped at 60, moved off rest days.</summary>
    public DateOnly? StatutoryDueOn { get; init; }

    /// <summary>
    /// A date it counts (the statutory payment date, a letter's or suggestion's reply, an escalation's follow-up) falls
    /// in, or counts from, a year without a holiday list: it skips weekends only, and may move once the list is added.
    /// </summary>
    public bool DeadlineAssumesWeekendsOnly { get; init; }

    /// <summary>Days past <see cref="StatutoryDueOn"/> while unpaid (until performance).</summary>
    public int OverdueDays { get; init; }

    public ObligationStatus Status { get; init; }

    public DateOnly? PerformedOn { get; init; }

    /// <summary>The day the case's payments covered its whole claim, whoever paid (a deduction counts): the debt reads performed since.</summary>
    public DateOnly? CaseCoveredOn { get; init; }

    /// <summary>随案结案: the day the case closed other than by 终本 while the debt was unpaid; nothing is owed or due since.</summary>
    public DateOnly? EndedOn { get; init; }

    /// <summary>How the case closed on <see cref="EndedOn"/>.</summary>
    public ClosureMode? EndedWith { get; init; }

    /// <summary>An urging letter is unanswered past its reply date, on a debt still owed.</summary>
    public bool LetterOverdue { get; init; }

    /// <summary>A judicial suggestion is unanswered past its reply date.</summary>
    public bool SuggestionOverdue { get; init; }

    /// <summary>The level the rules allow next, when an escalation is suggested today.</summary>
    public EscalationLevel? SuggestedEscalation { get; init; }

    /// <summary>Why the escalation is suggested: plan in default, letter unanswered, suggestion ignored, previous follow-up passed.</summary>
    public IReadOnlyList<string> EscalationReasons { get; init; } = [];

    public DateOnly RecordedOn { get; init; }

    public string RecordedBy { get; init; } = "";

    public IReadOnlyList<UrgingLetterDto> Letters { get; init; } = [];

    /// <summary>Every plan revision, newest last; the current one is <see cref="CurrentPlanRevision"/>.</summary>
    public IReadOnlyList<PlanRevisionDto> Plan { get; init; } = [];

    public int CurrentPlanRevision { get; init; }

    public IReadOnlyList<ObligationPaymentDto> Payments { get; init; } = [];

    public IReadOnlyList<MediationDto> Mediations { get; init; } = [];

    public IReadOnlyList<JudicialSuggestionDto> Suggestions { get; init; } = [];

    public IReadOnlyList<EscalationDto> Escalations { get; init; } = [];

    public int Version { get; init; }
}

public sealed record UrgingLetterDto(
    Guid Id, string DocumentNumber, DateOnly SentOn, DateOnly ReplyDueOn, DateOnly? RepliedOn, string? Reply, bool Overdue, bool AnsweredLate, string RecordedBy);

public sealed record PlanRevisionDto(
    int Revision, DateOnly AgreedOn, PlanSource Source, decimal Total, string? Note, string RecordedBy, IReadOnlyList<InstalmentDto> Instalments);

/// <summary>An instalment of a plan: covered (on <paramref name="CoveredOn"/>) by the payments made under that plan, and how many days late it was or is.</summary>
public sealed record InstalmentDto(int Number, DateOnly DueOn, decimal Amount, bool Covered, int DaysLate, DateOnly? CoveredOn);

public sealed record ObligationPaymentDto(Guid CasePaymentId, DateOnly PaidOn, decimal Amount, int? InstalmentNumber);

public sealed record MediationDto(
    Guid Id, DateOnly HeldOn, string Place, IReadOnlyList<MediationParticipant> Participants, string? ParticipantNames, MediationOutcome Outcome,
    DateOnly? AdjournedTo, string? Note, int? PlanRevision, string RecordedBy);

public sealed record JudicialSuggestionDto(
    Guid Id, SuggestionRecipient Recipient, Guid RecipientUnitId, string RecipientName, string DocumentNumber, DateOnly SentOn, string Summary,
    DateOnly ReplyDueOn, DateOnly? RepliedOn, string? Reply, bool? Adopted, bool Overdue);

public sealed record EscalationDto(
    Guid Id, EscalationLevel Level, string ReportNumber, DateOnly ReportedOn, string Recipients, DateOnly FollowUpDueOn, string? OverrideReason,
    string? OverriddenBy, string? InstructionBy, DateOnly? InstructedOn, string? Instruction, EscalationOutcome? Outcome, DateOnly? OutcomeOn,
    string? OutcomeNote, bool AwaitingInstruction, bool FollowUpOverdue, string RecordedBy);

/// <summary>A row of the obligation list.</summary>
public sealed record ObligationSummaryDto
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public string CaseNumber { get; init; } = "";

    public Guid LinkedUnitId { get; init; }

    public string UnitName { get; init; } = "";

    public decimal Amount { get; init; }

    public decimal Paid { get; init; }

    public decimal Outstanding { get; init; }

    public ObligationStatus Status { get; init; }

    public DateOnly? StatutoryDueOn { get; init; }

    public int OverdueDays { get; init; }

    public bool LetterOverdue { get; init; }

    public bool SuggestionOverdue { get; init; }

    public bool EscalationSuggested { get; init; }

    /// <summary>The highest level escalated to, if any.</summary>
    public EscalationLevel? EscalatedTo { get; init; }

    public int Version { get; init; }
}
