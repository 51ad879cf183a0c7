using Enforcement.Domain.Common;

namespace Enforcement.Infrastructure.Persistence.Search;

/// <summary>
/// One case's row in the fragment index: the pairs of characters of its search text (<see cref="SearchText.IndexedBigrams"/>),
/// under a whole-number key that the engine's text index refers to, and the search text itself, so that the index's
/// candidates are checked against the text in the row the index already reads, not in the case's own row. Written with
/// the case, in the same transaction; a case's search text does not change after registration.
/// </summary>
public sealed class CaseSearchEntry
{
    private CaseSearchEntry()
    {
    }

    public CaseSearchEntry(Guid caseId, string searchText)
    {
        CaseId = caseId;
        Text = searchText;
        Grams = SearchText.IndexedBigrams(searchText);
    }

    public long Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string Grams { get; private set; } = "";

    /// <summary>The case's search text (<see cref="Domain.Cases.EnforcementCase.SearchText"/>), normalized.</summary>
    public string Text { get; private set; } = "";
}
