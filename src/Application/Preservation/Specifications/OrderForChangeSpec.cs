using Ardalis.Specification;
using Enforcement.Domain.Preservation;

namespace Enforcement.Application.Preservation.Specifications;

public sealed class OrderForChangeSpec : Specification<PreservationOrder>
{
    public OrderForChangeSpec(Guid id) => Query.Where(o => o.Id == id).AsSplitQuery();
}
