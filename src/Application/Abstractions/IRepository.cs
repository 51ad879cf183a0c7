using Ardalis.Specification;
using Enforcement.Domain.Common;

namespace Enforcement.Application.Abstractions;

/// <summary>
/// The narrow read port: specifications in, projected DTOs out. Reads never track entities and
/// every call is one database query.
/// </summary>
public interface IReadRepository<T>
    where T : class
{
    Task<TResult?> FirstOrDefaultAsync<TResult>(
        ISpecification<T> specification, Func<IQueryable<T>, IQueryable<TResult>> projection, CancellationToken cancellationToken);

    Task<IReadOnlyList<TResult>> ListAsync<TResult>(
        ISpecification<T> specification, Func<IQueryable<T>, IQueryable<TResult>> projection, CancellationToken cancellationToken);

    /// <summary>
    /// The rows one at a time as the database returns them, for exports: one query, constant memory however many rows.
    /// Enumerate it once, within the request.
    /// </summary>
    IAsyncEnumerable<TResult> StreamAsync<TResult>(ISpecification<T> specification, Func<IQueryable<T>, IQueryable<TResult>> projection);

    /// <summary>Counts what <paramref name="specification"/> matches, ignoring its paging.</summary>
    Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken);

    /// <summary>Counts what <paramref name="specification"/> matches, ignoring its paging, and stops at <paramref name="limit"/>.</summary>
    Task<int> CountUpToAsync(ISpecification<T> specification, int limit, CancellationToken cancellationToken);

    Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken);

    /// <summary>
    /// The whole set, untracked, to use only inside another read's projection as a correlated subquery (a superior's
    /// name, a unit's totals), so that the read stays one query. Never enumerate it on its own.
    /// </summary>
    IQueryable<T> Subquery { get; }
}

/// <summary>The write port: load an aggregate, change it through its methods, save in one transaction.</summary>
public interface IRepository<T> : IReadRepository<T>
    where T : AggregateRoot
{
    /// <summary>Loads a tracked aggregate for a change.</summary>
    Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken);

    /// <summary>Loads tracked aggregates that one change touches together (a petition and the earlier ones it repeats).</summary>
    Task<IReadOnlyList<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken);

    void Add(T aggregate);

    /// <summary>
    /// Saves every change in one transaction, then publishes the domain events raised.
    /// A unique index violation is a <see cref="Errors.UniqueConstraintException"/>.
    /// </summary>
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
