using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Enforcement.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence;

/// <summary>Every case, read in batches by key, for the one-off passes that bring stored rows up to a new migration.</summary>
internal static class CaseBatches
{
    public static async IAsyncEnumerable<List<T>> ReadAsync<T>(
        EnforcementDbContext db, Expression<Func<EnforcementCase, T>> select, Func<T, Guid> key, int size,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Guid? after = null;
        while (true)
        {
            var batch = await db.Cases.AsNoTracking()
                .Where(c => after == null || c.Id.CompareTo(after.Value) > 0)
                .OrderBy(c => c.Id).Take(size)
                .Select(select)
                .ToListAsync(cancellationToken);
            if (batch.Count > 0)
            {
                yield return batch;
            }

            if (batch.Count < size)
            {
                yield break;
            }

            after = key(batch[^1]);
        }
    }
}
