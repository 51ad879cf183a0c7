using Enforcement.Application.Petitions;
using Enforcement.Domain.Petitions;

namespace Enforcement.Web.Services;

/// <summary>
/// What the reception desk shows before a petition is saved, by the domain's own rules; the server decides on saving
/// (and also sees earlier petitions beyond the ones shown).
/// </summary>
public static class PetitionHints
{
    /// <summary>
    /// 重复访: an earlier petition of a petitioner named, about one of <paramref name="caseNumbers"/>, received within the
    /// repeat window before or after <paramref name="receivedOn"/> (a letter may be logged after a later visit).
    /// </summary>
    public static bool PossibleRepeat(IEnumerable<PetitionSummaryDto> earlier, IReadOnlyCollection<string> caseNumbers, DateOnly receivedOn, PetitionRules rules)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(rules);
        return earlier.Any(p => p.CaseNumbers.Any(number => caseNumbers.Contains(number))
                                && (rules.WithinRepeatWindow(p.ReceivedOn, receivedOn) || rules.WithinRepeatWindow(receivedOn, p.ReceivedOn)));
    }
}
