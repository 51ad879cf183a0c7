using Enforcement.Application.Abstractions;
using Enforcement.Application.Obligations;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Obligations;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>
/// What a change to a case's payments decides for the public bodies' debts on it, in the case's own transaction: no
/// debt is more outstanding than the case has left to recover, and a case that recovered its whole claim (a deduction
/// from the body's account counts as much as a payment recorded on the debt) leaves nothing owed on them
/// (<see cref="Obligation.CountCaseRecovery"/>). Every path that records or voids a payment calls it.
/// </summary>
public sealed class WhatFollowsAPayment(IRepository<Obligation> obligations)
{
    /// <summary>
    /// Counts <paramref name="case"/>'s payments, with the change applied, for its debts; <paramref name="paidOn"/> is the
    /// day of the payment recorded (for a void, today): the day a claim it completed was covered.
    /// </summary>
    public async Task CountedAsync(EnforcementCase @case, DateOnly paidOn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        foreach (var obligation in await obligations.ListAsync(
                     new ObligationsOfCaseSpec(@case.Id, o => o.Owing || o.CaseCoveredOn != null), cancellationToken))
        {
            obligation.CountCaseRecovery(@case.LeftToRecover, paidOn);
        }
    }
}
