using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Supervision;

/// <summary>
/// A suggestion that a case become a key case (重点案件), raised by a signal such as a repeat petition or a collective
/// visit. A Leader accepts or dismisses it on the suggested key cases list; one suggestion per case, reason and source.
/// </summary>
public sealed class KeyCaseSuggestion : AggregateRoot
{
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

    public static KeyCaseSuggestion From(KeyCaseSuggested signal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var suggestion = new KeyCaseSuggestion
        {
            CaseId = signal.CaseId,
            CaseNumber = signal.CaseNumber,
            Reason = signal.Reason,
            PetitionId = signal.PetitionId,
            Detail = signal.Detail.Length > MaxDetailLength ? signal.Detail[..MaxDetailLength] : signal.Detail,
            SuggestedOn = today,
        };
        suggestion.Touch($"建议列为重点案件 Key case suggested: {signal.CaseNumber}, {signal.Reason}");
        return suggestion;
    }
}
