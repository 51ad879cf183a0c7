using Enforcement.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence;

/// <summary>
/// Brings stored search columns to <see cref="SearchText.Normalize"/>: run once, when the migration that introduced
/// normalized search is applied to a database that already holds rows. Reads in batches by key; writes only the
/// rows whose text changes. It runs before the fragment index exists (<c>CaseBigramIndex</c> comes later and its backfill
/// reads the refreshed text); a later change of normalization would also have to rewrite the index rows' text and pairs.
/// </summary>
public sealed class SearchTextRefresher(EnforcementDbContext db)
{
    public const string Migration = "NormalizedSearchText";
    private const int BatchSize = 1000;

    public async Task<int> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var changed = 0;
        await foreach (var batch in CaseBatches.ReadAsync(db, c => new { c.Id, c.SearchText }, c => c.Id, BatchSize, cancellationToken))
        {
            foreach (var row in batch.Where(r => SearchText.Normalize(r.SearchText) != r.SearchText))
            {
                var normalized = SearchText.Normalize(row.SearchText);
                changed += await db.Cases.Where(c => c.Id == row.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.SearchText, normalized), cancellationToken);
            }
        }

        var staff = await db.Staff.AsNoTracking().Select(s => new { s.Id, s.Name, s.SearchName }).ToListAsync(cancellationToken);
        foreach (var member in staff.Where(s => SearchText.Normalize(s.Name) != s.SearchName))
        {
            var normalized = SearchText.Normalize(member.Name);
            changed += await db.Staff.Where(s => s.Id == member.Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.SearchName, normalized), cancellationToken);
        }

        return changed;
    }
}
