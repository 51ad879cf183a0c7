using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Errors;
using Enforcement.Domain.Common;
using Enforcement.Infrastructure.Persistence.Providers;
using Enforcement.Infrastructure.Persistence.Specifications;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence;

/// <summary>The read port on EF Core, for aggregates and for append-only history alike: untracked projections, one query each.</summary>
public class EfReadRepository<T>(EnforcementDbContext db) : IReadRepository<T>
    where T : class
{
    protected EnforcementDbContext Db => db;

    public Task<TResult?> FirstOrDefaultAsync<TResult>(
        ISpecification<T> specification, Func<IQueryable<T>, IQueryable<TResult>> projection, CancellationToken cancellationToken) =>
        projection(Query(specification).AsNoTracking()).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<TResult>> ListAsync<TResult>(
        ISpecification<T> specification, Func<IQueryable<T>, IQueryable<TResult>> projection, CancellationToken cancellationToken) =>
        await projection(Query(specification).AsNoTracking()).ToListAsync(cancellationToken);

    public IAsyncEnumerable<TResult> StreamAsync<TResult>(ISpecification<T> specification, Func<IQueryable<T>, IQueryable<TResult>> projection) =>
        projection(Query(specification).AsNoTracking()).AsAsyncEnumerable();

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(db.Set<T>(), specification, forCount: true).CountAsync(cancellationToken);

    public Task<int> CountUpToAsync(ISpecification<T> specification, int limit, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(db.Set<T>(), specification, forCount: true).Take(limit).CountAsync(cancellationToken);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(db.Set<T>(), specification, forCount: true).AnyAsync(cancellationToken);

    public IQueryable<T> Subquery => db.Set<T>().AsNoTracking();

    protected IQueryable<T> Query(ISpecification<T> specification) => SpecificationEvaluator.Apply(db.Set<T>(), specification);
}

/// <summary>The repository port on EF Core. Reads are untracked projections; writes save in one transaction.</summary>
public sealed class EfRepository<T>(EnforcementDbContext context, IDatabaseProvider provider) : EfReadRepository<T>(context), IRepository<T>
    where T : AggregateRoot
{
    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        Query(specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        await Query(specification).ToListAsync(cancellationToken);

    public void Add(T aggregate) => Db.Set<T>().Add(aggregate);

    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConcurrencyConflictException(
                "Another request changed this record after it was read; reload it and apply the change again.", exception);
        }
        catch (DbUpdateException exception) when (provider.IsUniqueViolation(exception))
        {
            throw new UniqueConstraintException("A unique index refused the change.", exception);
        }
    }
}
