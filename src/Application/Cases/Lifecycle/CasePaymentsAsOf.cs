using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>
/// What a case's payments show as of a closure's day (<see cref="PaymentsAsOf"/>): the amount of those not voided dated
/// by then, and the latest date of any not voided. The aggregate does not load its payments; every path that closes a
/// case reads them here.
/// </summary>
public sealed class CasePaymentsAsOf(IReadRepository<CasePayment> payments, IReadRepository<CaseCorrection> corrections)
{
    public async Task<PaymentsAsOf> ReadAsync(Guid caseId, DateOnly day, CancellationToken cancellationToken)
    {
        // One query: the voids are a correlated subquery of the corrections.
        var voided = corrections.Subquery.Where(c => c.CaseId == caseId && c.Kind == CorrectionKind.Payment).Select(c => c.RecordId);
        var paid = await payments.ListAsync(
            new PaymentsOfCaseSpec(caseId), q => q.Where(p => !voided.Contains(p.Id)).Select(p => new { p.Amount, p.PaidOn, p.Source }), cancellationToken);
        return new PaymentsAsOf(
            paid.Where(p => p.PaidOn <= day).Aggregate(Money.Zero, (sum, p) => sum + p.Amount),
            paid.Max(p => (DateOnly?)p.PaidOn),
            paid.Where(p => p.Source == PaymentSource.SettlementInstalment).Max(p => (DateOnly?)p.PaidOn));
    }
}
