using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Errors;
using Enforcement.Application.Security;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;

namespace Enforcement.Application.Cases;

/// <summary>How the workflow loads, guards and reads back a case.</summary>
public sealed class CaseDefinition(LegalCalendar calendar) : AggregateDefinition<EnforcementCase, CaseDetailDto>
{
    public override string Noun => "case";

    public override string NotFoundCode => "case.not_found";

    public override ISpecification<EnforcementCase> ForChange(Guid id) => new CaseForChangeSpec(id);

    /// <summary>An officer works only their own and unassigned cases; a coordinator works every case.</summary>
    public override void EnsureMayChange(EnforcementCase aggregate, ICurrentActor actor)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        if (!actor.CanWork(aggregate.HandlerId))
        {
            throw new ForbiddenException(
                "case.not_assigned_to_you",
                $"Case {aggregate.Number} is handled by {aggregate.HandlerName}; an officer changes only their own cases and unassigned ones.",
                Auditing.AuditSubject.Of<EnforcementCase>(aggregate.Id));
        }
    }

    public override CaseDetailDto ToDto(EnforcementCase aggregate, DateOnly today) => aggregate.ToDetail(today, calendar);

    /// <summary>Masked, and out of reach, when the change left the case to someone else.</summary>
    public override CaseDetailDto AsReadBy(CaseDetailDto dto, ICurrentActor reader) => dto.ForReader(reader);
}
