using Enforcement.Application.Petitions;
using Enforcement.Web.Services;

namespace Enforcement.Web.Tests;

/// <summary>The desk's repeat hint keeps to the repeat window (12 months by default), before or after this receipt, and to the same case.</summary>
public sealed class PetitionHintsTests
{
    private const string Case = "（2025）湘0681执1234号";
    private static readonly Enforcement.Domain.Petitions.PetitionRules Rules = new PetitionOptions().ToRules();

    [Theory]
    [InlineData("2024-06-16", "2025-06-16", true)] // twelve months to the day
    [InlineData("2024-06-15", "2025-06-16", false)] // a day more
    [InlineData("2024-02-29", "2025-02-28", true)] // from a leap day, twelve months end on 28 February
    [InlineData("2024-02-29", "2025-03-01", false)]
    [InlineData("2025-07-01", "2025-06-16", true)] // a letter logged after a later visit about the case
    [InlineData("2026-06-17", "2025-06-16", false)]
    public void An_earlier_petition_about_the_case_hints_a_repeat_within_the_window(string earlierOn, string receivedOn, bool repeat)
    {
        var earlier = new PetitionSummaryDto { ReceivedOn = DateOnly.Parse(earlierOn, System.Globalization.CultureInfo.InvariantCulture), CaseNumbers = [Case] };

        PetitionHints.PossibleRepeat([earlier], [Case], DateOnly.Parse(receivedOn, System.Globalization.CultureInfo.InvariantCulture), Rules).ShouldBe(repeat);
    }

    [Fact]
    public void A_petition_about_another_case_is_no_repeat()
    {
        var earlier = new PetitionSummaryDto { ReceivedOn = new DateOnly(2025, 6, 1), CaseNumbers = ["（2025）湘0681执99号"] };

        PetitionHints.PossibleRepeat([earlier], [Case], new DateOnly(2025, 6, 16), Rules).ShouldBeFalse();
        PetitionHints.PossibleRepeat([earlier], [], new DateOnly(2025, 6, 16), Rules).ShouldBeFalse();
    }
}
