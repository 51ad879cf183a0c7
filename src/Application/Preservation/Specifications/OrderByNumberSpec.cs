using Ardalis.Specification;
using Enforcement.Application.Errors;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Preservation;

namespace Enforcement.Application.Preservation.Specifications;

public sealed class OrderByNumberSpec : Specification<PreservationOrder>
{
    public OrderByNumberSpec(CaseNumber number) => Query.Where(o => o.Number == number);

    public static ConflictException Duplicate(CaseNumber? number) => new("preservation.duplicate_number", $"Order {number} is already recorded.");
}
