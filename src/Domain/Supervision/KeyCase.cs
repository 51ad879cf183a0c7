using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Staff;

namespace Enforcement.Domain.Supervision;

/// <summary>The case a leader designates, as the designation needs it.</summary>
public sealed record KeyCaseTarget(Guid Id, string Number, DateOnly FiledOn, bool Closed);

/// <summary>
/// 重点案件: a case a Leader designated for leadership tracking, with the reason and the leader in charge (分管领导),
/// the leader's dated tracking notes, and, once it ends, the undesignation with its reason. A later designation of the
/// same case is a record of its own: both stay on the record. At most one designation of a case is active.
/// </summary>
public sealed class KeyCase : AggregateRoot
{
    public const int MaxTextLength = 2000;
    public const int MaxReasonLength = 500;
    private const string Prefix = "key_case";
    private readonly List<KeyCaseNote> _notes = [];

    private KeyCase()
    {
    }

    public Guid CaseId { get; private init; }

    public string CaseNumber { get; private init; } = "";

    public KeyCaseReason Reason { get; private init; }

    /// <summary>Why, in the leader's words.</summary>
    public string ReasonText { get; private init; } = "";

    public Guid LeaderInChargeId { get; private set; }

    public string LeaderInChargeName { get; private set; } = "";

    public DateOnly DesignatedOn { get; private init; }

    public string DesignatedBy { get; private init; } = "";

    /// <summary>The suggestion this designation accepted, if it came from one.</summary>
    public Guid? SuggestionId { get; private init; }

    public DateOnly? UndesignatedOn { get; private set; }

    public string? UndesignationReason { get; private set; }

    public string? UndesignatedBy { get; private set; }

    public bool Active => UndesignatedOn is null;

    public IReadOnlyList<KeyCaseNote> Notes => _notes;

    public static KeyCase Designate(
        KeyCaseTarget @case, KeyCaseReason reason, string? reasonText, StaffMember leader, DateOnly designatedOn, ChangeContext context, Guid? suggestionId = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentNullException.ThrowIfNull(context);
        if (!Enum.IsDefined(reason))
        {
            throw new DomainInputException("key_case.reason.invalid", "reason", $"Unknown reason {reason}.");
        }

        if (@case.Closed)
        {
            throw new DomainException("key_case.case.closed", $"Case {@case.Number} is closed; a closed case is not tracked as key.");
        }

        EnsureLeader(leader);
        InputText.NotFuture(Prefix, designatedOn, context.Today, "designatedOn");
        if (designatedOn < @case.FiledOn)
        {
            throw new DomainInputException("key_case.designated_on.too_early", "designatedOn", $"Case {@case.Number} was filed on {@case.FiledOn:yyyy-MM-dd}.");
        }

        var keyCase = new KeyCase
        {
            CaseId = @case.Id,
            CaseNumber = @case.Number,
            Reason = reason,
            ReasonText = InputText.Required(Prefix, reasonText, MaxReasonLength, "reasonText"),
            LeaderInChargeId = leader.Id,
            LeaderInChargeName = leader.Name,
            DesignatedOn = designatedOn,
            DesignatedBy = context.RecordedBy,
            SuggestionId = suggestionId,
        };
        keyCase.Log(designatedOn, $"列为重点案件 Designated a key case ({reason}): {keyCase.ReasonText}; 分管领导 {leader.Name}", context);
        return keyCase;
    }

    /// <summary>A tracking note (跟踪记录) by the leader in charge, dated on or after the designation, while the designation lasts.</summary>
    public KeyCaseNote AddNote(DateOnly writtenOn, string? text, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureActive();
        InputText.NotFuture(Prefix, writtenOn, context.Today, "writtenOn");
        if (writtenOn < DesignatedOn)
        {
            throw new DomainInputException("key_case.written_on.too_early", "writtenOn", $"The case was designated on {DesignatedOn:yyyy-MM-dd}.");
        }

        var note = new KeyCaseNote(writtenOn, InputText.Required(Prefix, text, MaxTextLength, "text"), context);
        _notes.Add(note);
        Log(writtenOn, $"跟踪记录 Tracking note by {context.RecordedBy}: {note.Text}", context);
        return note;
    }

    /// <summary>Hands the tracking to another leader.</summary>
    public void ChangeLeader(StaffMember leader, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentNullException.ThrowIfNull(context);
        EnsureActive();
        EnsureLeader(leader);
        if (leader.Id == LeaderInChargeId)
        {
            return;
        }

        LeaderInChargeId = leader.Id;
        LeaderInChargeName = leader.Name;
        Log(context.Today, $"分管领导变更 Leader in charge now {leader.Name}", context);
    }

    /// <summary>撤销重点案件: the designation ends, with a reason; it stays on the record.</summary>
    public void Undesignate(DateOnly undesignatedOn, string? reason, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureActive();
        InputText.NotFuture(Prefix, undesignatedOn, context.Today, "undesignatedOn");
        if (undesignatedOn < DesignatedOn)
        {
            throw new DomainInputException("key_case.undesignated_on.too_early", "undesignatedOn", $"The case was designated on {DesignatedOn:yyyy-MM-dd}.");
        }

        // The tracking it records ran until its last note.
        if (_notes.Count > 0 && _notes.Max(n => n.WrittenOn) is var lastNote && undesignatedOn < lastNote)
        {
            throw new DomainInputException("key_case.undesignated_on.before_notes", "undesignatedOn", $"The last tracking note is of {lastNote:yyyy-MM-dd}.");
        }

        UndesignationReason = InputText.Required(Prefix, reason, MaxReasonLength, "reason");
        UndesignatedOn = undesignatedOn;
        UndesignatedBy = context.RecordedBy;
        Log(undesignatedOn, $"撤销重点案件 No longer a key case: {UndesignationReason}", context);
    }

    private static void EnsureLeader(StaffMember leader)
    {
        if (!leader.CanApproveExtensions)
        {
            throw new DomainInputException("key_case.leader.not_leadership", "leaderInChargeId", $"{leader.Name} is not an active member of the court's leadership.");
        }
    }

    private void EnsureActive()
    {
        if (!Active)
        {
            throw new DomainException("key_case.undesignated", $"{CaseNumber} stopped being a key case on {UndesignatedOn:yyyy-MM-dd}.");
        }
    }

    private void Log(DateOnly on, string summary, ChangeContext context)
    {
        Append(new TimelineEntry(CaseId, TimelineKind.KeyCase, on, summary, context, Id));
        Touch(summary);
    }
}

/// <summary>跟踪记录: a dated note by the leader in charge.</summary>
public sealed class KeyCaseNote
{
    private KeyCaseNote()
    {
    }

    internal KeyCaseNote(DateOnly writtenOn, string text, ChangeContext context)
    {
        WrittenOn = writtenOn;
        Text = text;
        WrittenBy = context.RecordedBy;
        RecordedAtUtc = context.RecordedAtUtc;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public DateOnly WrittenOn { get; private init; }

    public string Text { get; private init; } = "";

    public string WrittenBy { get; private init; } = "";

    public DateTime RecordedAtUtc { get; private init; }
}
