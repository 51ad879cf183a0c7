using Enforcement.Application.Abstractions;
using Enforcement.Application.Errors;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Petitions;
using Mediator;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Petitions;

public sealed record GetPetitionQuery(Guid Id) : IQuery<PetitionDto>;

/// <summary>Reads a petition with its deadlines, answers and timeline, as the reader may see it; an unmasked read is audited.</summary>
public sealed class GetPetitionHandler(
    IReadRepository<Petition> petitions, PetitionReader reader, ICourtClock clock, LegalCalendar calendar, IOptions<PetitionOptions> options)
    : IQueryHandler<GetPetitionQuery, PetitionDto>
{
    public async ValueTask<PetitionDto> Handle(GetPetitionQuery query, CancellationToken cancellationToken)
    {
        var petition = await petitions.FirstOrDefaultAsync(new PetitionByIdSpec(query.Id, tracked: false), q => q, cancellationToken)
                       ?? throw new NotFoundException("petition.not_found", $"No petition has id {query.Id}.");
        return await reader.PresentAsync(petition.ToDto(clock.Today, options.Value.ToRules(), calendar), auditRead: true, cancellationToken);
    }
}
