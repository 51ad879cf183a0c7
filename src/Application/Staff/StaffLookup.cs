using Enforcement.Application.Abstractions;
using Enforcement.Application.Staff.Specifications;
using Enforcement.Domain.Common;
using Enforcement.Domain.Staff;

namespace Enforcement.Application.Staff;

public static class StaffLookup
{
    /// <summary>A staff member named in a request body; a missing one breaks the rule the request relies on (422).</summary>
    public static async Task<StaffMember> RequireAsync(this IRepository<StaffMember> staff, Guid staffId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return await staff.FirstOrDefaultAsync(new StaffByIdSpec(staffId), cancellationToken)
               ?? throw new DomainException("staff.not_found", $"No staff member has id {staffId}.");
    }
}
