namespace Enforcement.Application.Common;

/// <summary>One page of a list: <c>{ items, total, page, pageSize }</c>.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The page size to use: the default when none is given, never more than the cap.</summary>
    public static int Size(int? requested) => Math.Clamp(requested ?? DefaultPageSize, 1, MaxPageSize);
}
