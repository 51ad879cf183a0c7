using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Supervision;
using Mediator;

namespace Enforcement.Application.Supervision;

/// <summary>
/// A closed case is not made a key case (<c>key_case.case.closed</c>): the suggestions on it still waiting for the
/// leader are dismissed, with the closure as the reason, so that the leader's queue holds only what can be accepted.
/// </summary>
public sealed class SuggestionsOfClosedCaseHandler(IRepository<KeyCaseSuggestion> suggestions, CaseWorkflow workflow) : INotificationHandler<CaseClosed>
{
    public async ValueTask Handle(CaseClosed notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var caseId = notification.CaseId;
        var pending = await suggestions.ListAsync(Specs.Where<KeyCaseSuggestion>(s => s.CaseId == caseId && s.Status == SuggestionStatus.Pending), cancellationToken);
        if (pending.Count == 0)
        {
            return;
        }

        var context = workflow.Context();
        foreach (var suggestion in pending)
        {
            suggestion.Dismiss($"案件已结案 The case closed on {notification.ClosedOn:yyyy-MM-dd} ({notification.Mode})", context);
        }

        await suggestions.SaveChangesAsync(cancellationToken);
    }
}
