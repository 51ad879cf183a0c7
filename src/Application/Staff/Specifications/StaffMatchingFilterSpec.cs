using Ardalis.Specification;
using Enforcement.Application.Common;
using Enforcement.Domain.Staff;

namespace Enforcement.Application.Staff.Specifications;

public sealed class StaffMatchingFilterSpec : Specification<StaffMember>
{
    public StaffMatchingFilterSpec(ListStaffQuery filter, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Unit is { } unit)
        {
            Query.Where(s => s.Unit == unit);
        }

        if (filter.Active is { } active)
        {
            Query.Where(s => s.Active == active);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            Query.Search(s => s.SearchName, Like.Containing(filter.Q));
        }

        Query.OrderBy(s => s.Unit).ThenBy(s => s.Name).ThenBy(s => s.Id).Skip((page - 1) * pageSize).Take(pageSize).AsNoTracking();
    }
}
