using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Enforcement.Application.Common;
using Enforcement.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence.Specifications;

/// <summary>
/// A small evaluator for Ardalis specifications on EF Core (the Ardalis EF package is not available here).
/// It applies, in order: where, search (SQL LIKE, OR within a search group, AND across groups), include,
/// order, paging, tracking and query splitting.
/// </summary>
public static class SpecificationEvaluator
{
    private static readonly MethodInfo LikeMethod = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly MethodInfo IncludeMethod = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.Include)
                     && m.GetParameters() is [_, { ParameterType.IsGenericType: true }]);

    private static readonly MethodInfo ThenIncludeAfterReferenceMethod = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.ThenInclude)
                     && m.GetParameters()[0].ParameterType.GenericTypeArguments[1].IsGenericParameter);

    private static readonly MethodInfo ThenIncludeAfterCollectionMethod = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.ThenInclude)
                     && !m.GetParameters()[0].ParameterType.GenericTypeArguments[1].IsGenericParameter);

    /// <summary>The query for <paramref name="specification"/>; <paramref name="forCount"/> leaves out order, paging and includes.</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> source, ISpecification<T> specification, bool forCount = false)
        where T : class
    {
        var query = source;
        foreach (var where in specification.WhereExpressions)
        {
            query = query.Where(where.Filter);
        }

        foreach (var group in specification.SearchCriterias.GroupBy(s => s.SearchGroup))
        {
            query = query.Where(SearchPredicate(group));
        }

        if (forCount)
        {
            return query.AsNoTracking();
        }

        foreach (var include in specification.IncludeExpressions)
        {
            query = ApplyInclude(query, include);
        }

        query = ApplyOrder(query, specification);

        if (specification.Skip is { } skip and > 0)
        {
            query = query.Skip(skip);
        }

        if (specification.Take is { } take and >= 0)
        {
            query = query.Take(take);
        }

        if (specification.AsNoTracking)
        {
            query = query.AsNoTracking();
        }

        if (specification.AsSplitQuery)
        {
            query = query.AsSplitQuery();
        }

        return query;
    }

    private static Expression<Func<T, bool>> SearchPredicate<T>(IEnumerable<SearchExpressionInfo<T>> criteria)
    {
        var parameter = Expression.Parameter(typeof(T), "entity");
        Expression? body = null;
        foreach (var criterion in criteria)
        {
            var selector = criterion.Selector.Body.Substitute(criterion.Selector.Parameters[0], parameter);
            // The term is read from a captured object, so EF sends it as a parameter: one cached query for every
            // term, and no term (not even one with a NUL) is written into the SQL text.
            var like = Expression.Call(
                LikeMethod,
                Expression.Constant(EF.Functions),
                selector,
                Expression.Property(Expression.Constant(new SearchTerm(criterion.SearchTerm)), nameof(SearchTerm.Value)),
                Expression.Constant(Like.Escape));
            body = body is null ? like : Expression.OrElse(body, like);
        }

        return Expression.Lambda<Func<T, bool>>(body!, parameter);
    }

    private static IQueryable<T> ApplyOrder<T>(IQueryable<T> query, ISpecification<T> specification)
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var order in specification.OrderExpressions)
        {
            ordered = order.OrderType switch
            {
                OrderTypeEnum.OrderBy => query.OrderBy(order.KeySelector),
                OrderTypeEnum.OrderByDescending => query.OrderByDescending(order.KeySelector),
                OrderTypeEnum.ThenBy => ordered!.ThenBy(order.KeySelector),
                OrderTypeEnum.ThenByDescending => ordered!.ThenByDescending(order.KeySelector),
                _ => throw new NotSupportedException($"Order type {order.OrderType} is not supported."),
            };
            query = ordered;
        }

        return query;
    }

    private static IQueryable<T> ApplyInclude<T>(IQueryable<T> query, IncludeExpressionInfo include)
        where T : class
    {
        var lambda = include.LambdaExpression;
        MethodInfo method;
        if (include.Type == IncludeTypeEnum.Include)
        {
            method = IncludeMethod.MakeGenericMethod(typeof(T), lambda.ReturnType);
        }
        else
        {
            var previous = include.PreviousPropertyType!;
            var afterCollection = previous != typeof(string) && previous.IsGenericType
                                  && typeof(System.Collections.IEnumerable).IsAssignableFrom(previous);
            method = afterCollection
                ? ThenIncludeAfterCollectionMethod.MakeGenericMethod(typeof(T), previous.GenericTypeArguments[0], lambda.ReturnType)
                : ThenIncludeAfterReferenceMethod.MakeGenericMethod(typeof(T), previous, lambda.ReturnType);
        }

        return (IQueryable<T>)method.Invoke(null, [query, lambda])!;
    }

    private sealed class SearchTerm(string value)
    {
        public string Value { get; } = value;
    }
}
