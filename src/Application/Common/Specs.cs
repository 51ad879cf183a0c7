using System.Linq.Expressions;
using Ardalis.Specification;

namespace Enforcement.Application.Common;

/// <summary>A specification of one or more filters, for the reads that count or list by a rule expression.</summary>
public static class Specs
{
    public static Specification<T> Where<T>(params Expression<Func<T, bool>>[] predicates)
    {
        var specification = new Specification<T>();
        foreach (var predicate in predicates)
        {
            specification.Query.Where(predicate);
        }

        return specification;
    }
}
