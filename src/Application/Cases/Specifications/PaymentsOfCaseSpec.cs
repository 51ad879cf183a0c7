using Ardalis.Specification;
using Enforcement.Domain.Cases;

namespace Enforcement.Application.Cases.Specifications;

/// <summary>The payments of a case, voided ones included (a void is a correction row).</summary>
public sealed class PaymentsOfCaseSpec : Specification<CasePayment>
{
    public PaymentsOfCaseSpec(Guid caseId) => Query.Where(p => p.CaseId == caseId).AsNoTracking();
}
