using Ardalis.Specification;
using Enforcement.Domain.Staff;

namespace Enforcement.Application.Staff.Specifications;

public sealed class StaffByIdSpec : Specification<StaffMember>
{
    public StaffByIdSpec(Guid id) => Query.Where(s => s.Id == id);
}
