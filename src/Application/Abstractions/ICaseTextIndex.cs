namespace Enforcement.Application.Abstractions;

/// <summary>
/// The fragment index of case numbers and party names (pairs of characters, see <see cref="Domain.Common.SearchText.Bigrams"/>).
/// It finds the cases whose search text contains a fragment: the engine's text index narrows the search to a few
/// candidates, and the same normalized LIKE as the list's (<see cref="Common.Like.Containing"/>) checks each against the
/// copy of its text that the index keeps. So the index decides how fast a search is, never what it finds, and a list
/// filtered by nothing but the fragment needs no count of its own.
/// </summary>
public interface ICaseTextIndex
{
    /// <summary>
    /// The cases that contain <paramref name="fragment"/>: at most <paramref name="limit"/>, or no list when the
    /// fragment has no word of two characters (the index cannot narrow it) or when more than <paramref name="limit"/>
    /// cases contain it (too common to narrow).
    /// </summary>
    Task<TextMatches> FindAsync(string fragment, int limit, CancellationToken cancellationToken);
}

/// <summary>The cases that contain a fragment; <see cref="Cases"/> is null when the index cannot narrow the search.</summary>
public sealed record TextMatches(IReadOnlyList<TextMatch>? Cases, bool MoreThanLimit)
{
    public static readonly TextMatches NotNarrowed = new(null, false);

    /// <summary>The ids of <see cref="Cases"/>.</summary>
    public IReadOnlyList<Guid>? Ids => Cases?.Select(c => c.CaseId).ToList();
}

/// <summary>A case that contains the fragment, with its filing date (the index keeps it: it orders the list by default).</summary>
public sealed record TextMatch(Guid CaseId, DateOnly FiledOn);
