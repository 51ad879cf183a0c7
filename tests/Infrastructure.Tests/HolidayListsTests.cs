using Enforcement.Domain.Calendar;
using Enforcement.Infrastructure.Calendar;
using Microsoft.Extensions.Configuration;

namespace Enforcement.Infrastructure.Tests;

public sealed class HolidayListsTests
{
    [Fact]
    public void The_shipped_lists_cover_2024_to_2026_without_any_configuration()
    {
        var calendar = new LegalCalendar(HolidayLists.Load(new ConfigurationBuilder().Build()));
        calendar.Covers(2024).ShouldBeTrue();
        calendar.Covers(2026).ShouldBeTrue();
        calendar.Covers(2027).ShouldBeFalse();

        // National Day 2025: a period ending on 2025-10-01 ends on the first working day after the holiday, 10-09.
        calendar.EndOfDays(new DateOnly(2025, 9, 1), 30).ShouldBe(new DateOnly(2025, 10, 9));
    }

    [Fact]
    public void A_configured_year_is_added_and_replaces_a_shipped_year_as_a_whole()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LegalCalendar:Years:2027:Holidays:0:Name"] = "元旦",
            ["LegalCalendar:Years:2027:Holidays:0:From"] = "2027-01-01",
            ["LegalCalendar:Years:2027:Holidays:0:To"] = "2027-01-03",
            // 2025 corrected to a single holiday: the shipped National Day holiday is gone.
            ["LegalCalendar:Years:2025:Holidays:0:Name"] = "元旦",
            ["LegalCalendar:Years:2025:Holidays:0:From"] = "2025-01-01",
            ["LegalCalendar:Years:2025:Holidays:0:To"] = "2025-01-01",
        }).Build();
        var calendar = new LegalCalendar(HolidayLists.Load(configuration));

        calendar.Covers(2027).ShouldBeTrue();
        calendar.EndOfDays(new DateOnly(2026, 12, 31), 1).ShouldBe(new DateOnly(2027, 1, 4));
        calendar.EndOfDays(new DateOnly(2025, 9, 1), 30).ShouldBe(new DateOnly(2025, 10, 1));
    }
}
