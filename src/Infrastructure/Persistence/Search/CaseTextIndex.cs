using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Domain.Common;
using Enforcement.Infrastructure.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence.Search;

/// <summary>
/// The fragment index through the engine's text index: one query, which checks the candidates against the text in their
/// own index rows and reads at most one row past the limit.
/// </summary>
public sealed class CaseTextIndex(EnforcementDbContext db, IDatabaseProvider provider) : ICaseTextIndex
{
    public async Task<TextMatches> FindAsync(string fragment, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        var terms = SearchText.Terms(SearchText.Normalize(fragment.Trim()));
        if (terms.Words.Count == 0)
        {
            return TextMatches.NotNarrowed;
        }

        var pattern = Like.Containing(fragment);
        var found = await provider.EntriesWith(db, terms)
            .Where(e => EF.Functions.Like(e.Text, pattern, Like.Escape))
            .Select(e => new TextMatch(e.CaseId, e.FiledOn))
            .Take(limit + 1)
            .ToListAsync(cancellationToken);
        return found.Count > limit ? new TextMatches(null, MoreThanLimit: true) : new TextMatches(found, MoreThanLimit: false);
    }
}
