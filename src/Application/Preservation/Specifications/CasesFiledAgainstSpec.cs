using Ardalis.Specification;
using Enforcement.Domain.Cases;

namespace Enforcement.Application.Preservation.Specifications;

/// <summary>
/// The cases filed in a range of days against a respondent of one of the names (indexed by name): the candidates for a pre-enforcement order entered after its case was
/// registered. The order itself checks the judgment and every respondent.
/// </summary>
public sealed class CasesFiledAgainstSpec : Specification<EnforcementCase>
{
    public CasesFiledAgainstSpec(IReadOnlyCollection<string> names, DateOnly from, DateOnly to) =>
        Query.Where(c => c.FiledOn >= from && c.FiledOn <= to && c.Respondents.Any(r => names.Contains(r.Name)))
            .OrderBy(c => c.FiledOn).ThenBy(c => c.Id)
            .AsNoTracking().AsSplitQuery();
}
