using Enforcement.Domain.Common;

namespace Enforcement.Infrastructure.Persistence.Search;

/// <summary>
/// One case's row in the fragment index: the pairs of characters and number tokens of its search text (<see cref="SearchText.IndexedTokens"/>),
/// under a whole-number key that the engine's text index refers to, and the search text and filing date themselves, so
/// that the index's candidates are checked, and a page of them in filing order chosen, from the rows the index already
/// reads, not from the cases' own rows. Written with the case, in the same transaction; neither changes after
/// registration.
/// </summary>
public sealed class CaseSearchEntry
{
    private CaseSearchEntry()
    {
    }

    public CaseSearchEntry(Guid caseId, string searchText, DateOnly filedOn)
    {
        CaseId = caseId;
        Text = searchText;
        FiledOn = filedOn;
        Grams = SearchText.IndexedTokens(searchText);
    }

    public long Id { get; private set; }

    /// <summary>Makes the tokens again from the text, as the current <see cref="SearchText.IndexedTokens"/> makes them; whether they changed.</summary>
    public bool Reindex()
    {
        var grams = SearchText.IndexedTokens(Text);
        if (grams == Grams)
        {
            return false;
        }

        Grams = grams;
        return true;
    }

    public Guid CaseId { get; private set; }

    public string Grams { get; private set; } = "";

    /// <summary>The case's search text (<see cref="Domain.Cases.EnforcementCase.SearchText"/>), normalized.</summary>
    public string Text { get; private set; } = "";

    /// <summary>The case's filing date (<see cref="Domain.Cases.EnforcementCase.FiledOn"/>).</summary>
    public DateOnly FiledOn { get; private set; }
}
