using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Obligations;

/// <summary>Where an obligation stands, computed from its facts and today's date; never set by hand.</summary>
public enum ObligationStatus
{
    /// <summary>未督促: nothing done yet.</summary>
    Open,

    /// <summary>已督促: an urging letter was sent, no plan yet.</summary>
    Urged,

    /// <summary>已达成履行计划: a plan runs and no instalment is late beyond the grace period.</summary>
    PlanAgreed,

    /// <summary>计划违约: an instalment is unpaid more than the configured number of days after its due date.</summary>
    InDefault,

    /// <summary>已履行: the amount owed is paid.</summary>
    Performed,

    /// <summary>随案结案: its case closed other than by 终本 while it was unpaid; the court no longer enforces it.</summary>
    Ended,
}

/// <summary>The levels of escalation, in order: court leadership, then the city government, then the city party committee.</summary>
public enum EscalationLevel
{
    /// <summary>院领导</summary>
    CourtLeadership = 1,

    /// <summary>市政府</summary>
    CityGovernment = 2,

    /// <summary>市委</summary>
    CityPartyCommittee = 3,
}

public enum EscalationOutcome
{
    /// <summary>已履行</summary>
    Performed,

    /// <summary>达成履行计划</summary>
    PlanAgreed,

    /// <summary>无结果</summary>
    NoResult,
}

public enum MediationOutcome
{
    /// <summary>达成协议 (creates or revises the plan)</summary>
    Agreement,

    /// <summary>未达成协议</summary>
    NoAgreement,

    /// <summary>延期 (to a later date)</summary>
    Adjourned,
}

public enum MediationParticipant
{
    /// <summary>法院</summary>
    Court,

    /// <summary>债务单位</summary>
    Unit,

    /// <summary>上级单位</summary>
    SuperiorUnit,

    /// <summary>企业 (the creditor)</summary>
    Enterprise,
}

public enum SuggestionRecipient
{
    /// <summary>债务单位</summary>
    Unit,

    /// <summary>其上级单位</summary>
    SuperiorUnit,
}

/// <summary>How a plan revision came about.</summary>
public enum PlanSource
{
    /// <summary>The unit's answer to the court's urging.</summary>
    Negotiated,

    /// <summary>An agreement reached in a mediation session.</summary>
    Mediation,
}

/// <summary>The configured periods the obligation's rules use.</summary>
public sealed record ObligationRules(int LetterReplyDays = 15, int SuggestionReplyDays = 60, int DefaultAfterDays = 30, int FollowUpDays = 30)
{
    public static ObligationRules Default { get; } = new();
}

/// <summary>An urging letter (督促履行函) and the unit's reply.</summary>
public sealed class UrgingLetter
{
    private UrgingLetter()
    {
    }

    internal UrgingLetter(string documentNumber, DateOnly sentOn, DateOnly replyDueOn, ChangeContext context)
    {
        DocumentNumber = documentNumber;
        SentOn = sentOn;
        ReplyDueOn = replyDueOn;
        RecordedBy = context.RecordedBy;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public string DocumentNumber { get; private init; } = "";

    public DateOnly SentOn { get; private init; }

    public DateOnly ReplyDueOn { get; private init; }

    public DateOnly? RepliedOn { get; private set; }

    public string? Reply { get; private set; }

    public string RecordedBy { get; private init; } = "";

    /// <summary>Unanswered on <paramref name="day"/> with its due date behind: answered on the due day is on time.</summary>
    public bool UnansweredPastDueOn(DateOnly day) => ReplyDueOn < day && (RepliedOn is null || RepliedOn > day);

    internal void Answer(DateOnly repliedOn, string reply)
    {
        RepliedOn = repliedOn;
        Reply = reply;
    }
}

/// <summary>One version of the performance plan: it is never overwritten; a revision adds a new one.</summary>
public sealed class PlanRevision
{
    private PlanRevision()
    {
    }

    internal PlanRevision(int number, DateOnly agreedOn, PlanSource source, Money total, string? note, ChangeContext context)
    {
        Number = number;
        AgreedOn = agreedOn;
        Source = source;
        Total = total;
        Note = note;
        RecordedBy = context.RecordedBy;
        RecordedAtUtc = context.RecordedAtUtc;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public int Number { get; private init; }

    public DateOnly AgreedOn { get; private init; }

    public PlanSource Source { get; private init; }

    public Money Total { get; private init; }

    public string? Note { get; private init; }

    public string RecordedBy { get; private init; } = "";

    public DateTime RecordedAtUtc { get; private init; }
}

/// <summary>An instalment of a plan revision.</summary>
public sealed class PlanInstalment
{
    private PlanInstalment()
    {
    }

    internal PlanInstalment(int revision, int number, DateOnly dueOn, Money amount)
    {
        Revision = revision;
        Number = number;
        DueOn = dueOn;
        Amount = amount;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public int Revision { get; private init; }

    /// <summary>1, 2, 3… within its revision, in due-date order.</summary>
    public int Number { get; private init; }

    public DateOnly DueOn { get; private init; }

    public Money Amount { get; private init; }
}

/// <summary>A case payment counted towards the obligation; the case's payment is the one record of the money.</summary>
public sealed class ObligationPayment
{
    private ObligationPayment()
    {
    }

    internal ObligationPayment(Guid casePaymentId, DateOnly paidOn, Money amount, int? instalmentNumber)
    {
        CasePaymentId = casePaymentId;
        PaidOn = paidOn;
        AmountFen = amount.Fen;
        InstalmentNumber = instalmentNumber;
    }

    public Guid CasePaymentId { get; private init; }

    public DateOnly PaidOn { get; private init; }

    /// <summary>In fen, so that reports sum it in SQL.</summary>
    public long AmountFen { get; private init; }

    public Money Amount => Money.FromFen(AmountFen);

    /// <summary>The instalment of the current plan the clerk named, if any; coverage is counted in due-date order regardless.</summary>
    public int? InstalmentNumber { get; private init; }
}

/// <summary>A mediation session (调处) with the unit, its superior and the enterprise.</summary>
public sealed class MediationSession
{
    private MediationSession()
    {
    }

    internal MediationSession(
        DateOnly heldOn, string place, IReadOnlyList<MediationParticipant> participants, string? participantNames,
        MediationOutcome outcome, DateOnly? adjournedTo, string? note, int? planRevision, ChangeContext context)
    {
        HeldOn = heldOn;
        Place = place;
        Participants = participants;
        ParticipantNames = participantNames;
        Outcome = outcome;
        AdjournedTo = adjournedTo;
        Note = note;
        PlanRevision = planRevision;
        RecordedBy = context.RecordedBy;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public DateOnly HeldOn { get; private init; }

    public string Place { get; private init; } = "";

    public IReadOnlyList<MediationParticipant> Participants { get; private init; } = [];

    /// <summary>Who attended, by name, as free text.</summary>
    public string? ParticipantNames { get; private init; }

    public MediationOutcome Outcome { get; private init; }

    public DateOnly? AdjournedTo { get; private init; }

    public string? Note { get; private init; }

    /// <summary>The plan revision an agreement created.</summary>
    public int? PlanRevision { get; private init; }

    public string RecordedBy { get; private init; } = "";
}

/// <summary>A judicial suggestion (司法建议) to the unit or its superior, and its reply.</summary>
public sealed class JudicialSuggestion
{
    private JudicialSuggestion()
    {
    }

    internal JudicialSuggestion(
        SuggestionRecipient recipient, Guid recipientUnitId, string recipientName, string documentNumber, DateOnly sentOn, string summary,
        DateOnly replyDueOn, ChangeContext context)
    {
        Recipient = recipient;
        RecipientUnitId = recipientUnitId;
        RecipientName = recipientName;
        DocumentNumber = documentNumber;
        SentOn = sentOn;
        Summary = summary;
        ReplyDueOn = replyDueOn;
        RecordedBy = context.RecordedBy;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public SuggestionRecipient Recipient { get; private init; }

    public Guid RecipientUnitId { get; private init; }

    public string RecipientName { get; private init; } = "";

    public string DocumentNumber { get; private init; } = "";

    public DateOnly SentOn { get; private init; }

    public string Summary { get; private init; } = "";

    public DateOnly ReplyDueOn { get; private init; }

    public DateOnly? RepliedOn { get; private set; }

    public string? Reply { get; private set; }

    public bool? Adopted { get; private set; }

    public string RecordedBy { get; private init; } = "";

    public bool UnansweredPastDueOn(DateOnly day) => ReplyDueOn < day && (RepliedOn is null || RepliedOn > day);

    internal void Answer(DateOnly repliedOn, string reply, bool adopted)
    {
        RepliedOn = repliedOn;
        Reply = reply;
        Adopted = adopted;
    }
}

/// <summary>A report to a level of leadership (向院领导 / 市政府 / 市委报告), its instruction (批示), follow-up and outcome. Each level is its own record.</summary>
public sealed class Escalation
{
    private Escalation()
    {
    }

    internal Escalation(
        EscalationLevel level, string reportNumber, DateOnly reportedOn, string recipients, DateOnly followUpDueOn, string? overrideReason, ChangeContext context)
    {
        Level = level;
        ReportNumber = reportNumber;
        ReportedOn = reportedOn;
        Recipients = recipients;
        FollowUpDueOn = followUpDueOn;
        OverrideReason = overrideReason;
        OverriddenBy = overrideReason is null ? null : context.RecordedBy;
        RecordedBy = context.RecordedBy;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public EscalationLevel Level { get; private init; }

    public string ReportNumber { get; private init; } = "";

    public DateOnly ReportedOn { get; private init; }

    public string Recipients { get; private init; } = "";

    public DateOnly FollowUpDueOn { get; private init; }

    /// <summary>Why a leader escalated before the previous level's follow-up passed, if they did.</summary>
    public string? OverrideReason { get; private init; }

    public string? OverriddenBy { get; private init; }

    /// <summary>批示: who gave it, when, and its text.</summary>
    public string? InstructionBy { get; private set; }

    public DateOnly? InstructedOn { get; private set; }

    public string? Instruction { get; private set; }

    public EscalationOutcome? Outcome { get; private set; }

    public DateOnly? OutcomeOn { get; private set; }

    public string? OutcomeNote { get; private set; }

    public string RecordedBy { get; private init; } = "";

    internal void Instruct(string by, DateOnly on, string text)
    {
        InstructionBy = by;
        InstructedOn = on;
        Instruction = text;
    }

    internal void Conclude(EscalationOutcome outcome, DateOnly on, string? note)
    {
        Outcome = outcome;
        OutcomeOn = on;
        OutcomeNote = note;
    }
}
