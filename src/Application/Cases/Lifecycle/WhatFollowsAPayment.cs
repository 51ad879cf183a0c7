using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Obligations;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Obligations;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>
/// What a change to a case's payments decides for the public bodies' debts on it, in the case's own transaction: no
/// debt is more outstanding than the case has left to recover, and a case that recovered its whole claim (a deduction
/// from the body's account counts as much as a payment recorded on the debt) leaves nothing owed on them, from the day
/// its payments first reached the claim (<see cref="Obligation.CountCaseRecovery"/>). Every path that records or
/// voids a payment calls it, before the change is saved.
/// </summary>
public sealed class WhatFollowsAPayment(
    IRepository<Obligation> obligations, IReadRepository<CasePayment> payments, IReadRepository<CaseCorrection> corrections)
{
    public async Task CountedAsync(EnforcementCase @case, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        // Every debt of the case, owed or not in the database: a void in this change may have made one owed again.
        var debts = await obligations.ListAsync(new ObligationsOfCaseSpec(@case.Id, _ => true), cancellationToken);
        if (debts.Count == 0)
        {
            return;
        }

        var coveredOn = @case.LeftToRecover > Money.Zero ? null : await CoveredOnAsync(@case, cancellationToken);
        foreach (var debt in debts)
        {
            debt.CountCaseRecovery(@case.LeftToRecover, coveredOn);
        }
    }

    /// <summary>
    /// The first day the payments not voided, dated by then, reach the claim: those stored, with the ones this change
    /// records and without the ones it voids (one query).
    /// </summary>
    private async Task<DateOnly?> CoveredOnAsync(EnforcementCase @case, CancellationToken cancellationToken)
    {
        var caseId = @case.Id;
        var voided = corrections.Subquery.Where(c => c.CaseId == caseId && c.Kind == CorrectionKind.Payment).Select(c => c.RecordId);
        var stored = await payments.ListAsync(
            new PaymentsOfCaseSpec(caseId), q => q.Where(p => !voided.Contains(p.Id)).Select(p => new { p.Id, p.Amount, p.PaidOn }), cancellationToken);
        var voidedNow = @case.Appended.OfType<CaseCorrection>().Where(c => c.Kind == CorrectionKind.Payment).Select(c => c.RecordId).ToHashSet();
        var running = Money.Zero;
        foreach (var day in stored.Select(p => (p.Id, p.Amount, p.PaidOn))
                     .Concat(@case.Appended.OfType<CasePayment>().Select(p => (p.Id, p.Amount, p.PaidOn)))
                     .Where(p => !voidedNow.Contains(p.Id))
                     .GroupBy(p => p.PaidOn).OrderBy(g => g.Key))
        {
            running = day.Aggregate(running, (sum, p) => sum + p.Amount);
            if (running >= @case.ClaimedAmount)
            {
                return day.Key;
            }
        }

        return null;
    }
}
