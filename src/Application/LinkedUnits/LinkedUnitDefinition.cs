using Ardalis.Specification;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.LinkedUnits;

namespace Enforcement.Application.LinkedUnits;

/// <summary>How the workflow loads and reads back a linked unit. The superior's name is filled in by the handlers that change it.</summary>
public sealed class LinkedUnitDefinition : AggregateDefinition<LinkedUnit, LinkedUnitDto>
{
    public override string Noun => "linked unit";

    public override string NotFoundCode => "linked_unit.not_found";

    public override ISpecification<LinkedUnit> ForChange(Guid id) => new LinkedUnitByIdSpec(id);

    public override LinkedUnitDto ToDto(LinkedUnit aggregate, DateOnly today) => aggregate.ToDto(superiorName: null);
}

public sealed class LinkedUnitByIdSpec : Specification<LinkedUnit>
{
    public LinkedUnitByIdSpec(Guid id) => Query.Where(u => u.Id == id);
}

/// <summary>Units whose full name or credit code equals one given, for duplicate checks and respondent matching.</summary>
public sealed class LinkedUnitsMatchingSpec : Specification<LinkedUnit>
{
    public LinkedUnitsMatchingSpec(IReadOnlyCollection<string> matchNames, IReadOnlyCollection<string> creditCodes, Guid? except = null, bool activeOnly = false)
    {
        if (activeOnly)
        {
            Query.Where(u => u.Active);
        }

        Query.Where(u => matchNames.Contains(u.MatchName) || (u.CreditCode != null && creditCodes.Contains(u.CreditCode)));
        if (except is { } id)
        {
            Query.Where(u => u.Id != id);
        }

        Query.OrderBy(u => u.FullName).Take(50).AsNoTracking();
    }
}
