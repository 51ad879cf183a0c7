using System.Globalization;
using System.Linq.Expressions;
using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using FluentValidation.Results;

namespace Enforcement.Application.Common;

/// <summary>
/// One page of a list: <c>{ items, total, page, pageSize, totalIsCapped, next }</c>. A list that can grow past what is
/// worth counting stops counting at a cap: then <c>total</c> is the cap and <c>totalIsCapped</c> is true ("10,000+").
/// A list that reads by cursor (the case list) gives in <c>next</c> where the following page starts; null on the last
/// page and for other lists.
/// </summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, bool TotalIsCapped = false, string? Next = null);

/// <summary>A list query. Its page and page size are checked for every list before any validator runs.</summary>
public interface IPagedQuery
{
    int? Page { get; }

    int? PageSize { get; }
}

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Ten million rows at the largest page size: deeper than any list, far from overflowing an offset.</summary>
    public const int MaxPage = 100_000;

    /// <summary>The page size to use: the default when none is given, never more than the cap.</summary>
    public static int Size(int? requested) => Math.Clamp(requested ?? DefaultPageSize, 1, MaxPageSize);

    /// <summary>The page to read: the first when none is given.</summary>
    public static int Number(int? requested) => requested ?? 1;

    /// <summary>A page from 1 to <see cref="MaxPage"/> and a page size of at least 1 (a larger one is capped, not refused).</summary>
    public static IEnumerable<ValidationFailure> Check(IPagedQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page is < 1 or > MaxPage)
        {
            yield return new ValidationFailure(nameof(query.Page),
                string.Create(CultureInfo.InvariantCulture, $"The page must be from 1 to {MaxPage}.")) { ErrorCode = "page.out_of_range" };
        }

        if (query.PageSize is < 1)
        {
            yield return new ValidationFailure(nameof(query.PageSize),
                string.Create(CultureInfo.InvariantCulture, $"The page size must be from 1 to {MaxPageSize}.")) { ErrorCode = "page.out_of_range" };
        }
    }
}

/// <summary>One page of any list: a count, then one projected query of the page, in the specification's order.</summary>
public static class Pages
{
    public static async ValueTask<PagedResult<TResult>> PageAsync<T, TResult>(
        this IReadRepository<T> repository, Specification<T> specification, IPagedQuery paging,
        Expression<Func<T, TResult>> projection, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(paging);
        var page = Paging.Number(paging.Page);
        var pageSize = Paging.Size(paging.PageSize);
        var total = await repository.CountAsync(specification, cancellationToken);
        if (total <= (page - 1) * (long)pageSize)
        {
            return new PagedResult<TResult>([], total, page, pageSize);
        }

        specification.Query.Skip((page - 1) * pageSize).Take(pageSize).AsNoTracking();
        var items = await repository.ListAsync(specification, q => q.Select(projection), cancellationToken);
        return new PagedResult<TResult>(items, total, page, pageSize);
    }
}
