using Ardalis.Specification;
using Enforcement.Domain.Cases;

namespace Enforcement.Application.Cases.Specifications;

/// <summary>The payments of a case dated on or before <c>upTo</c>.</summary>
public sealed class PaymentsOfCaseSpec : Specification<CasePayment>
{
    public PaymentsOfCaseSpec(Guid caseId, DateOnly upTo) => Query.Where(p => p.CaseId == caseId && p.PaidOn <= upTo).AsNoTracking();
}
