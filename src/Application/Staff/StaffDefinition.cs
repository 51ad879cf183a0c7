using Ardalis.Specification;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Staff.Specifications;
using Enforcement.Domain.Staff;

namespace Enforcement.Application.Staff;

/// <summary>How the workflow loads and reads back a staff record.</summary>
public sealed class StaffDefinition : AggregateDefinition<StaffMember, StaffDto>
{
    public override string Noun => "staff record";

    public override string NotFoundCode => "staff.not_found";

    public override ISpecification<StaffMember> ForChange(Guid id) => new StaffByIdSpec(id);

    public override StaffDto ToDto(StaffMember aggregate, DateOnly today) => aggregate.ToDto();
}
