using Ardalis.Specification;
using Enforcement.Domain.Cases;

namespace Enforcement.Infrastructure.Tests;

internal sealed class CaseWithApplicantsSpec : Specification<EnforcementCase>
{
    public CaseWithApplicantsSpec() => Query.Include(c => c.Applicants);
}
