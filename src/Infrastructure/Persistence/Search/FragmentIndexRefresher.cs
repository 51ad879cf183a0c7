using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence.Search;

/// <summary>
/// Makes every fragment-index row's tokens again from its text, once, when the migration that changed how they are made
/// is applied (<see cref="Migration"/>: the number tokens). Reads in batches by key; SQLite's trigger re-indexes each
/// changed row in <c>CaseGrams</c>, and PostgreSQL's GIN index follows the column.
/// </summary>
public sealed class FragmentIndexRefresher(EnforcementDbContext db, Providers.IDatabaseProvider provider)
{
    public const string Migration = "FragmentIndexNumberTokens";
    private const int BatchSize = 2000;

    public async Task<int> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var changed = 0;
        var after = 0L;
        while (true)
        {
            var batch = await db.CaseSearchEntries.Where(e => e.Id > after).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                if (changed > 0)
                {
                    await provider.TidyTextIndexAsync(db, cancellationToken);
                }

                return changed;
            }

            changed += batch.Count(entry => entry.Reindex());
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            after = batch[^1].Id;
        }
    }
}
