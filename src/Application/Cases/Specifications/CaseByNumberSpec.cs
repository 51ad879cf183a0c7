using Ardalis.Specification;
using Enforcement.Application.Errors;
using Enforcement.Domain.Cases;

namespace Enforcement.Application.Cases.Specifications;

public sealed class CaseByNumberSpec : Specification<EnforcementCase>
{
    public CaseByNumberSpec(CaseNumber number) => Query.Where(c => c.Number == number);

    /// <summary>The 409 for a number that is already registered, in either parenthesis style.</summary>
    public static ConflictException Duplicate(CaseNumber number) => new("case.duplicate_number", $"Case {number} is already registered.");
}
