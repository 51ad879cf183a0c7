using Enforcement.Domain.Common;

namespace Enforcement.Infrastructure.Persistence.Search;

/// <summary>
/// One case's row in the fragment index: the pairs of characters of its search text (<see cref="SearchText.IndexedBigrams"/>),
/// under a whole-number key that the engine's text index refers to. Written with the case, in the same transaction.
/// </summary>
public sealed class CaseSearchEntry
{
    private CaseSearchEntry()
    {
    }

    public CaseSearchEntry(Guid caseId, string searchText)
    {
        CaseId = caseId;
        Grams = SearchText.IndexedBigrams(searchText);
    }

    public long Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string Grams { get; private set; } = "";
}
