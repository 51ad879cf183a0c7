using Ardalis.Specification;
using Enforcement.Domain.Cases;

namespace Enforcement.Application.Cases.Specifications;

/// <summary>One case with what its rules need, loaded with split queries so that its collections do not multiply.</summary>
public sealed class CaseForChangeSpec : Specification<EnforcementCase>
{
    public CaseForChangeSpec(Guid id) => Query.Where(c => c.Id == id).AsSplitQuery();
}
