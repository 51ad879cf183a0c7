using Ardalis.Specification;
using Enforcement.Domain.Preservation;

namespace Enforcement.Application.Preservation.Specifications;

public sealed class OrderByIdSpec : Specification<PreservationOrder>
{
    public OrderByIdSpec(Guid id) => Query.Where(o => o.Id == id);
}
