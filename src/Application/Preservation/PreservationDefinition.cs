using Ardalis.Specification;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Preservation.Specifications;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Preservation;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Preservation;

/// <summary>How the workflow loads and reads back a preservation order. Orders have no handler: the policy admits who works them.</summary>
public sealed class PreservationDefinition(IOptions<PreservationOptions> options, LegalCalendar calendar) : AggregateDefinition<PreservationOrder, PreservationOrderDto>
{
    public override string Noun => "preservation order";

    public override string NotFoundCode => "preservation.order.not_found";

    public override ISpecification<PreservationOrder> ForChange(Guid id) => new OrderForChangeSpec(id);

    public override PreservationOrderDto ToDto(PreservationOrder aggregate, DateOnly today) =>
        aggregate.ToDetail(today, options.Value.OverPreservationMarginPercent, calendar);
}
