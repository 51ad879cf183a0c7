namespace Enforcement.Domain.Cases;

/// <summary>The periods that do not count towards the case limit.</summary>
public enum PauseKind
{
    /// <summary>中止执行</summary>
    Suspension,

    /// <summary>公告送达</summary>
    PublicNoticeService,

    /// <summary>暂缓执行</summary>
    Deferral,

    /// <summary>请示</summary>
    RequestForInstructions,

    /// <summary>法院间协调</summary>
    Coordination,
}

/// <summary>An interval in which the statutory clock stood still.</summary>
public sealed class ClockPause
{
    private ClockPause()
    {
    }

    internal ClockPause(PauseKind kind, DateOnly startedOn, string reason)
    {
        Kind = kind;
        StartedOn = startedOn;
        Reason = reason;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public PauseKind Kind { get; private init; }

    public DateOnly StartedOn { get; private init; }

    public DateOnly? EndedOn { get; private set; }

    public string Reason { get; private init; } = "";

    /// <summary>Voided by a correction: the pause never counted.</summary>
    public DateOnly? VoidedOn { get; private set; }

    public bool IsVoided => VoidedOn is not null;

    internal void Void(DateOnly voidedOn) => VoidedOn = voidedOn;

    /// <summary>Days paused: from the start to the end, the end day not counted.</summary>
    public int Days(DateOnly today) => (EndedOn ?? today).DayNumber - StartedOn.DayNumber;

    /// <summary>
    /// Ended by the case's closure, not by its own end: a leader's reopening runs it on. A pause a clerk or a settlement's
    /// breach ended on the closure's day is not one.
    /// </summary>
    public bool EndedWithCase { get; private set; }

    internal void End(DateOnly endedOn, bool withCase = false) => (EndedOn, EndedWithCase) = (endedOn, withCase);

    /// <summary>Runs on again: the end was the wrong closure's.</summary>
    internal void Resume() => (EndedOn, EndedWithCase) = (null, false);
}
