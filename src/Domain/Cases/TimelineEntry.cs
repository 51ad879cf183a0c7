namespace Enforcement.Domain.Cases;

public enum TimelineKind
{
    Registered,
    HandlerAssigned,
    Measure,
    Payment,
    PauseStarted,
    PauseEnded,
    ExtensionRequested,
    ExtensionDecided,
    SettlementAgreed,
    SettlementPerformed,
    SettlementBreached,
    Closed,
    ResumedAs,
    ResumedFrom,

    /// <summary>更正: a mistaken entry was voided; the entry stays, struck through.</summary>
    Voided,

    /// <summary>A leader reopened a wrongly closed case.</summary>
    Reopened,

    /// <summary>A respondent was confirmed to be a linked unit.</summary>
    UnitLinked,

    /// <summary>A respondent's link to a unit was removed.</summary>
    UnitUnlinked,

    /// <summary>信访: a step of a petition about the case (received, accepted, assigned, answered, closed, a note).</summary>
    Petition,

    /// <summary>执前督促: the prompt to perform before enforcement that preceded this case.</summary>
    PrePerformancePrompt,

    /// <summary>集约执行: a pool task on the case was completed or cancelled.</summary>
    Task,

    /// <summary>协助执行: an assistance request to a linked unit was sent or answered.</summary>
    Assistance,

    /// <summary>重点案件: designated, a tracking note, a new leader in charge, or undesignated.</summary>
    KeyCase,

    /// <summary>督办: a supervision order on the case (or its petition or obligation), a report, or the leader's decision.</summary>
    Supervision,
}

/// <summary>One line of the case's timeline: what happened, on which date, recorded by whom. Append-only: read by query, never loaded with the case.</summary>
public sealed class TimelineEntry
{
    /// <summary>A line is a heading plus what the clerk wrote, cut to this length.</summary>
    public const int MaxSummaryLength = 2 * EnforcementCase.MaxTextLength;

    private TimelineEntry()
    {
    }

    /// <summary>A line for the case <paramref name="caseId"/>; other aggregates of the domain (a petition) append lines to the cases they concern.</summary>
    internal TimelineEntry(Guid caseId, TimelineKind kind, DateOnly occurredOn, string summary, ChangeContext context, Guid? recordId = null)
    {
        CaseId = caseId;
        RecordId = recordId;
        Kind = kind;
        OccurredOn = occurredOn;
        Summary = Common.InputText.Clip(summary, MaxSummaryLength);
        RecordedBy = context.RecordedBy;
        RecordedAtUtc = context.RecordedAtUtc;
    }

    /// <summary>Ordered within the process (<see cref="Common.OrderedIds"/>): a change's lines of one day read in the order it made them.</summary>
    public Guid Id { get; private init; } = Common.OrderedIds.Next();

    public Guid CaseId { get; private init; }

    /// <summary>The payment, measure, pause or assignment this line records; a correction that voids it strikes the line through.</summary>
    public Guid? RecordId { get; private init; }

    public TimelineKind Kind { get; private init; }

    public DateOnly OccurredOn { get; private init; }

    public string Summary { get; private init; } = "";

    public string RecordedBy { get; private init; } = "";

    public DateTime RecordedAtUtc { get; private init; }
}
