using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Supervision;

/// <summary>
/// A suggestion that a case become a key case (重点案件), raised by a signal such as a repeat petition or a collective
/// visit. A Leader accepts or dismisses it on the suggested key cases list; one suggestion per case, reason and source.
/// </summary>
public sealed class KeyCaseSuggestion : AggregateRoot
{
    private const string Prefix = "key_case_suggestion";

    public const int MaxDetailLength = 500;

    private KeyCaseSuggestion()
    {
    }

    public Guid CaseId { get; private init; }

    public string CaseNumber { get; private init; } = "";

    public KeyCaseReason Reason { get; private init; }

    /// <summary>The petition that raised it, if a petition did.</summary>
    public Guid? PetitionId { get; private init; }

    public string Detail { get; private init; } = "";

    public DateOnly SuggestedOn { get; private init; }

    public SuggestionStatus Status { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DecidedBy { get; private set; }

    /// <summary>Why it was accepted or dismissed, in the leader's words.</summary>
    public string? DecisionReason { get; private set; }

    /// <summary>The key case an accepted suggestion became (or joined, when the case was already key).</summary>
    public Guid? KeyCaseId { get; private set; }

    public static KeyCaseSuggestion From(KeyCaseSuggested signal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var suggestion = new KeyCaseSuggestion
        {
            CaseId = signal.CaseId,
            CaseNumber = signal.CaseNumber,
            Reason = signal.Reason,
            PetitionId = signal.PetitionId,
            Detail = InputText.Clip(signal.Detail, MaxDetailLength),
            SuggestedOn = today,
        };
        suggestion.Touch($"建议列为重点案件 Key case suggested: {signal.CaseNumber}, {signal.Reason}");
        return suggestion;
    }

    /// <summary>Accepted: the case is (or already was) the key case <paramref name="keyCaseId"/>.</summary>
    public void Accept(Guid keyCaseId, string? reason, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Decide(SuggestionStatus.Accepted, InputText.Optional(Prefix, reason, MaxDetailLength, "reason"), context);
        KeyCaseId = keyCaseId;
    }

    /// <summary>Dismissed, with a reason.</summary>
    public void Dismiss(string? reason, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Decide(SuggestionStatus.Dismissed, InputText.Required(Prefix, reason, MaxDetailLength, "reason"), context);
    }

    /// <summary>
    /// 案件已结案: the case closed while the suggestion waited, and a closed case is not made a key case. No leader
    /// decided it: reopening the case puts it back on the leader's list (<see cref="RestoreWithCase"/>).
    /// </summary>
    public void WithdrawWithCase(DateOnly closedOn)
    {
        if (Status != SuggestionStatus.Pending)
        {
            return;
        }

        Status = SuggestionStatus.Withdrawn;
        DecidedOn = closedOn;
        DecisionReason = $"案件已结案 The case closed on {closedOn:yyyy-MM-dd}";
        Touch($"案件已结案 Suggestion withdrawn: case {CaseNumber} closed on {closedOn:yyyy-MM-dd}");
    }

    /// <summary>The case was reopened: a suggestion its closure withdrew waits for the leader again.</summary>
    public void RestoreWithCase()
    {
        if (Status != SuggestionStatus.Withdrawn)
        {
            return;
        }

        Status = SuggestionStatus.Pending;
        DecidedOn = null;
        DecisionReason = null;
        Touch($"案件重开 Suggestion for {CaseNumber} waits for a decision again: the case was reopened");
    }

    /// <summary>Refuses (409) a second decision.</summary>
    public void EnsurePending()
    {
        if (Status != SuggestionStatus.Pending)
        {
            throw new DomainConflictException(
                "key_case_suggestion.already_decided",
                Status == SuggestionStatus.Withdrawn
                    ? $"The suggestion was withdrawn when its case closed on {DecidedOn:yyyy-MM-dd}; reopening the case puts it back."
                    : $"The suggestion was {Status.ToString().ToLowerInvariant()} on {DecidedOn:yyyy-MM-dd} by {DecidedBy}.");
        }
    }

    private void Decide(SuggestionStatus status, string? reason, ChangeContext context)
    {
        EnsurePending();

        Status = status;
        DecidedOn = context.Today;
        DecidedBy = context.RecordedBy;
        DecisionReason = reason;
        Touch($"{(status == SuggestionStatus.Accepted ? "采纳 Accepted" : "不予采纳 Dismissed")} key case suggestion for {CaseNumber}: {reason}");
    }
}

/// <summary>Where a suggestion stands on the suggested key cases list.</summary>
public enum SuggestionStatus
{
    Pending,
    Accepted,
    Dismissed,

    /// <summary>The case closed before a leader decided; back to Pending if the case is reopened.</summary>
    Withdrawn,
}
