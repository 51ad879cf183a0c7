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
        await foreach (var batch in CaseBatches.ReadAsync(
                           db, c => new { c.Id, c.SearchText, c.FiledOn, Indexed = db.CaseSearchEntries.Any(e => e.CaseId == c.Id) }, c => c.Id, BatchSize, cancellationToken))
        {
            var missing = batch.Where(c => !c.Indexed).Select(c => new CaseSearchEntry(c.Id, c.SearchText, c.FiledOn)).ToList();
            if (missing.Count > 0)
            {
                db.CaseSearchEntries.AddRange(missing);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                written += missing.Count;
            }
        }

        return written;
    }
}
