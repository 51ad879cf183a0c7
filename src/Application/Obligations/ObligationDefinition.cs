using Ardalis.Specification;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Obligations;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Obligations;

/// <summary>How the workflow loads and reads back an obligation. Who may change it is checked by <see cref="ObligationWork"/>.</summary>
public sealed class ObligationDefinition(IOptions<ObligationOptions> options, LegalCalendar calendar) : AggregateDefinition<Obligation, ObligationDto>
{
    public override string Noun => "obligation";

    public override string NotFoundCode => "obligation.not_found";

    public override ISpecification<Obligation> ForChange(Guid id) => new ObligationByIdSpec(id);

    public override ObligationDto ToDto(Obligation aggregate, DateOnly today) => aggregate.ToDto(today, options.Value.ToRules(), calendar);
}

/// <summary>A case's debts that match a criterion, tracked, with their parts in split queries (one row per part, not their product).</summary>
public sealed class ObligationsOfCaseSpec : Specification<Obligation>
{
    public ObligationsOfCaseSpec(Guid caseId, System.Linq.Expressions.Expression<Func<Obligation, bool>> criteria)
    {
        Query.Where(o => o.CaseId == caseId).Where(criteria).AsSplitQuery();
    }
}

public sealed class ObligationByIdSpec : Specification<Obligation>
{
    public ObligationByIdSpec(Guid id, bool tracked = true)
    {
        Query.Where(o => o.Id == id).AsSplitQuery();
        if (!tracked)
        {
            Query.AsNoTracking();
        }
    }
}
