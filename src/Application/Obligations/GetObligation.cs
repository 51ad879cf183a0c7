using Enforcement.Application.Abstractions;
using Enforcement.Application.Errors;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Obligations;
using Mediator;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Obligations;

public sealed record GetObligationQuery(Guid Id) : IQuery<ObligationDto>;

/// <summary>Reads an obligation with its letters, plan revisions, payments, mediation, suggestions and escalations, as of today.</summary>
public sealed class GetObligationHandler(IReadRepository<Obligation> obligations, ICourtClock clock, IOptions<ObligationOptions> options, LegalCalendar calendar)
    : IQueryHandler<GetObligationQuery, ObligationDto>
{
    public async ValueTask<ObligationDto> Handle(GetObligationQuery query, CancellationToken cancellationToken)
    {
        var obligation = await obligations.FirstOrDefaultAsync(new ObligationByIdSpec(query.Id, tracked: false), q => q, cancellationToken)
            ?? throw new NotFoundException("obligation.not_found", $"No obligation has id {query.Id}.");
        return obligation.ToDto(clock.Today, options.Value.ToRules(), calendar);
    }
}
