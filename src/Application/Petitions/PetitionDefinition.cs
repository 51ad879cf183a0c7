using Ardalis.Specification;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Petitions;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Petitions;

/// <summary>How the workflow loads and reads back a petition. Who may change it is the endpoint's policy, and <see cref="PetitionReader"/> for notes.</summary>
public sealed class PetitionDefinition(IOptions<PetitionOptions> options, LegalCalendar calendar) : AggregateDefinition<Petition, PetitionDto>
{
    public override string Noun => "petition";

    public override string NotFoundCode => "petition.not_found";

    public override ISpecification<Petition> ForChange(Guid id) => new PetitionByIdSpec(id);

    public override PetitionDto ToDto(Petition aggregate, DateOnly today) => aggregate.ToDto(today, options.Value.ToRules(), calendar);
}

public sealed class PetitionByIdSpec : Specification<Petition>
{
    public PetitionByIdSpec(Guid id, bool tracked = true)
    {
        Query.Where(p => p.Id == id).AsSplitQuery();
        if (!tracked)
        {
            Query.AsNoTracking();
        }
    }
}
