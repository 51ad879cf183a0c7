using Enforcement.Application.Abstractions;
using Enforcement.Application.Auditing;
using Enforcement.Application.Errors;
using Enforcement.Application.Preservation.Specifications;
using Enforcement.Application.Security;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Preservation;
using Mediator;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Preservation;

public sealed record GetPreservationOrderQuery(Guid Id) : IQuery<PreservationOrderDto>;

public sealed class GetPreservationOrderHandler(
    IReadRepository<PreservationOrder> orders, ICourtClock clock, ICurrentActor actor, IAuditTrail audit, IOptions<PreservationOptions> options,
    LegalCalendar calendar)
    : IQueryHandler<GetPreservationOrderQuery, PreservationOrderDto>
{
    public async ValueTask<PreservationOrderDto> Handle(GetPreservationOrderQuery query, CancellationToken cancellationToken)
    {
        var order = await orders.FirstOrDefaultAsync(new OrderByIdSpec(query.Id), q => q.ProjectToDetail(), cancellationToken)
            ?? throw new NotFoundException("preservation.order.not_found", $"No preservation order has id {query.Id}.");
        order = order.AsOf(clock.Today, options.Value.OverPreservationMarginPercent, calendar);

        // Orders have no handler: officers and coordinators work them, leaders lead; others see masked data.
        if (!actor.SeesPersonalData(handlerId: null))
        {
            return order.WithPersonalDataMasked();
        }

        if (order.Applicants.Concat(order.Respondents).HasPersonalData())
        {
            await audit.WriteNowAsync("ReadPersonalData", nameof(PreservationOrder), order.Id.ToString(),
                $"Unmasked ID and phone numbers of preservation order {order.CaseNumber ?? order.LitigationCaseNumber}", AuditOutcome.Succeeded, cancellationToken);
        }

        return order;
    }
}
