using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Supervision;
using Mediator;

namespace Enforcement.Application.Supervision;

/// <summary>
/// Keeps each key-case signal once, for the suggested key cases list; a redelivered signal changes nothing. A signal
/// about a closed case (a repeat petition about it) suggests nothing: a closed case cannot be made a key case.
/// </summary>
public sealed class KeyCaseSuggestedHandler(IRepository<KeyCaseSuggestion> suggestions, IReadRepository<EnforcementCase> cases, ICourtClock clock)
    : INotificationHandler<KeyCaseSuggested>
{
    public async ValueTask Handle(KeyCaseSuggested notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var caseId = notification.CaseId;
        if (await suggestions.AnyAsync(new SameSuggestionSpec(notification), cancellationToken)
            || await cases.AnyAsync(Common.Specs.Where<EnforcementCase>(c => c.Id == caseId && c.Status == CaseStatus.Closed), cancellationToken))
        {
            return;
        }

        suggestions.Add(KeyCaseSuggestion.From(notification, clock.Today));
        await suggestions.SaveChangesAsync(cancellationToken);
    }

    private sealed class SameSuggestionSpec : Specification<KeyCaseSuggestion>
    {
        public SameSuggestionSpec(KeyCaseSuggested signal) =>
            // The same signal again (a redelivery), or the case already waiting for a decision on this reason: the
            // leader's queue holds one suggestion per case and reason; a later signal after the decision is news.
            Query.Where(s => s.CaseId == signal.CaseId && s.Reason == signal.Reason
                             && (s.PetitionId == signal.PetitionId || s.Status == SuggestionStatus.Pending));
    }
}
