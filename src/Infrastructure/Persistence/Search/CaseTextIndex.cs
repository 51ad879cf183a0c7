using Enforcement.Application.Abstractions;
using Enforcement.Domain.Common;
using Enforcement.Infrastructure.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence.Search;

/// <summary>The fragment index through the engine's text index: one query, reading at most one id past the limit.</summary>
public sealed class CaseTextIndex(EnforcementDbContext db, IDatabaseProvider provider) : ICaseTextIndex
{
    public async Task<TextCandidates> CandidatesAsync(string fragment, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        var words = SearchText.Bigrams(SearchText.Normalize(fragment.Trim()));
        if (words.Count == 0)
        {
            return TextCandidates.NotNarrowed;
        }

        var ids = await provider.CasesWithWords(db, words).Take(limit + 1).ToListAsync(cancellationToken);
        return ids.Count > limit ? new TextCandidates(null, MoreThanLimit: true) : new TextCandidates(ids, MoreThanLimit: false);
    }
}
