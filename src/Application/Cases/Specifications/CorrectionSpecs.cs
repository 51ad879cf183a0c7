using Ardalis.Specification;
using Enforcement.Domain.Cases;

namespace Enforcement.Application.Cases.Specifications;

/// <summary>The corrections of a case of one kind, through the index on the voided record.</summary>
public sealed class CorrectionsOfCaseSpec : Specification<CaseCorrection>
{
    public CorrectionsOfCaseSpec(Guid caseId, CorrectionKind kind) => Query.Where(c => c.CaseId == caseId && c.Kind == kind).AsNoTracking();
}

/// <summary>One payment of one case.</summary>
public sealed class PaymentOfCaseSpec : Specification<CasePayment>
{
    public PaymentOfCaseSpec(Guid caseId, Guid paymentId) => Query.Where(p => p.CaseId == caseId && p.Id == paymentId).AsNoTracking();
}

/// <summary>Every assignment of a case.</summary>
public sealed class AssignmentsOfCaseSpec : Specification<HandlerAssignment>
{
    public AssignmentsOfCaseSpec(Guid caseId) => Query.Where(a => a.CaseId == caseId).AsNoTracking();
}
