namespace Enforcement.Application.Abstractions;

/// <summary>
/// The fragment index of case numbers and party names (pairs of characters, see <see cref="Domain.Common.SearchText.Bigrams"/>).
/// It narrows a fragment search to a few candidate cases, which the list then checks with the exact LIKE match, so the
/// index decides only how fast a search is, never what it finds.
/// </summary>
public interface ICaseTextIndex
{
    /// <summary>
    /// The cases that may contain <paramref name="fragment"/>: at most <paramref name="limit"/> ids, or no list when the
    /// fragment has no word of two characters (the index cannot narrow it) or when more than <paramref name="limit"/> cases
    /// match (too common to narrow).
    /// </summary>
    Task<TextCandidates> CandidatesAsync(string fragment, int limit, CancellationToken cancellationToken);
}

/// <summary>The candidates of a fragment; <see cref="Ids"/> is null when the index cannot narrow the search.</summary>
public sealed record TextCandidates(IReadOnlyList<Guid>? Ids, bool MoreThanLimit)
{
    public static readonly TextCandidates NotNarrowed = new(null, false);
}
