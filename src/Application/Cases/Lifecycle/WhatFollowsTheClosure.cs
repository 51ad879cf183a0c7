using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Obligations;
using Enforcement.Application.Obligations;
using Enforcement.Domain.Supervision;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>
/// What a case's closure decides for the records around it, in the case's own transaction (decision 29), and what
/// reopening the case undoes:
/// <list type="bullet">
/// <item>a public body's unpaid debts end with a closure other than 终本 (随案结案: nothing is owed, overdue or escalated
/// any more, and nothing new is recorded on them); a 终本 case keeps them open, and a 执恢 case takes them over;</item>
/// <item>key-case suggestions still waiting are withdrawn, as a closed case is not made a key case.</item>
/// </list>
/// Every path that closes a case (a closure, a settlement performed in full) and reopening call it.
/// </summary>
public sealed class WhatFollowsTheClosure(IRepository<Obligation> obligations, IRepository<KeyCaseSuggestion> suggestions)
{
    public async Task ClosedAsync(EnforcementCase @case, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (@case.Closure is not { } closure)
        {
            return;
        }

        var caseId = @case.Id;
        if (closure.Mode != ClosureMode.TerminatedThisRound)
        {
            foreach (var obligation in await obligations.ListAsync(new ObligationsOfCaseSpec(caseId, o => o.Owing), cancellationToken))
            {
                obligation.EndWithCase(closure.Mode, closure.ClosedOn);
            }
        }

        foreach (var suggestion in await suggestions.ListAsync(
                     Specs.Where<KeyCaseSuggestion>(s => s.CaseId == caseId && s.Status == SuggestionStatus.Pending), cancellationToken))
        {
            suggestion.WithdrawWithCase(closure.ClosedOn);
        }
    }

    public async Task ReopenedAsync(EnforcementCase @case, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var caseId = @case.Id;
        foreach (var obligation in await obligations.ListAsync(new ObligationsOfCaseSpec(caseId, o => o.EndedOn != null), cancellationToken))
        {
            obligation.ReviveWithCase();
        }

        foreach (var suggestion in await suggestions.ListAsync(
                     Specs.Where<KeyCaseSuggestion>(s => s.CaseId == caseId && s.Status == SuggestionStatus.Withdrawn), cancellationToken))
        {
            suggestion.RestoreWithCase();
        }
    }
}
