using Ardalis.Specification;
using Enforcement.Domain.Cases;

namespace Enforcement.Application.Cases.Specifications;

public sealed class CaseByIdSpec : Specification<EnforcementCase>
{
    public CaseByIdSpec(Guid id) => Query.Where(c => c.Id == id);
}
