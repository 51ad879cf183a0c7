using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Supervision;

namespace Enforcement.Application.Supervision;

/// <summary>
/// A closed case is not made a key case (<c>key_case.case.closed</c>): closing it withdraws the suggestions on it still
/// waiting for the leader, in the case's own transaction, and reopening it puts them back on the leader's list.
/// </summary>
public sealed class SuggestionsFollowTheCase(IRepository<KeyCaseSuggestion> suggestions)
{
    public async Task ClosedAsync(EnforcementCase @case, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (@case.Closure is not { } closure)
        {
            return;
        }

        var caseId = @case.Id;
        foreach (var suggestion in await suggestions.ListAsync(Specs.Where<KeyCaseSuggestion>(s => s.CaseId == caseId && s.Status == SuggestionStatus.Pending), cancellationToken))
        {
            suggestion.WithdrawWithCase(closure.ClosedOn);
        }
    }

    public async Task ReopenedAsync(EnforcementCase @case, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var caseId = @case.Id;
        foreach (var suggestion in await suggestions.ListAsync(Specs.Where<KeyCaseSuggestion>(s => s.CaseId == caseId && s.Status == SuggestionStatus.Withdrawn), cancellationToken))
        {
            suggestion.RestoreWithCase();
        }
    }
}
