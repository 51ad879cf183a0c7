using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence.Search;

/// <summary>
/// Writes the fragment index's row of every case that has none: run once, when the migration that introduced the
/// index is applied to a database that already holds cases (and by the benchmark's bulk loader). Reads in batches by key.
/// </summary>
public sealed class CaseSearchBackfill(EnforcementDbContext db)
{
    public const string Migration = "CaseBigramIndex";
    private const int BatchSize = 2000;

    public async Task<int> FillAsync(CancellationToken cancellationToken = default)
    {
        var written = 0;
        Guid? after = null;
        while (true)
        {
            var batch = await db.Cases.AsNoTracking()
                .Where(c => after == null || c.Id.CompareTo(after.Value) > 0)
                .OrderBy(c => c.Id).Take(BatchSize)
                .Select(c => new { c.Id, c.SearchText, Indexed = db.CaseSearchEntries.Any(e => e.CaseId == c.Id) })
                .ToListAsync(cancellationToken);
            var missing = batch.Where(c => !c.Indexed).Select(c => new CaseSearchEntry(c.Id, c.SearchText)).ToList();
            if (missing.Count > 0)
            {
                db.CaseSearchEntries.AddRange(missing);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                written += missing.Count;
            }

            if (batch.Count < BatchSize)
            {
                return written;
            }

            after = batch[^1].Id;
        }
    }
}
