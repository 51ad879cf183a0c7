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
        var voided = (await corrections.ListAsync(new CorrectionsOfCaseSpec(caseId, CorrectionKind.Payment), q => q.Select(x => x.RecordId), cancellationToken))
            .ToHashSet();
        var paid = (await payments.ListAsync(new PaymentsOfCaseSpec(caseId), q => q.Select(p => new { p.Id, p.Amount, p.PaidOn }), cancellationToken))
            .Where(p => !voided.Contains(p.Id))
            .ToList();
        return new PaymentsAsOf(
            paid.Where(p => p.PaidOn <= day).Aggregate(Money.Zero, (sum, p) => sum + p.Amount),
            paid.Max(p => (DateOnly?)p.PaidOn));
    }
}
