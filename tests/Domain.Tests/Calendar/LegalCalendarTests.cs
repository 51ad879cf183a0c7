using Enforcement.Domain.Calendar;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Domain.Tests.Calendar;

public sealed class LegalCalendarTests
{
    private static readonly LegalCalendar Calendar = TestData.Calendar;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Six_months_from_the_31st_of_August_end_on_the_last_day_of_February() =>
        Calendar.EndOfMonths(D("2024-08-31"), 6).ShouldBe(D("2025-02-28"));

    [Fact]
    public void A_period_ending_on_a_public_holiday_ends_on_the_first_working_day_after_it() =>
        // 2025-10-01 to 2025-10-08 is the National Day and Mid-Autumn holiday.
        Calendar.EndOfMonths(D("2025-04-01"), 6).ShouldBe(D("2025-10-09"));

    [Fact]
    public void A_period_ending_on_a_Sunday_ends_on_Monday() =>
        // 3 months from 2024-03-31 clamp to Sunday 2024-06-30.
        Calendar.EndOfMonths(D("2024-03-31"), 3).ShouldBe(D("2024-07-01"));

    [Fact]
    public void A_period_ending_on_an_adjusted_working_weekend_day_ends_that_day() =>
        // Sunday 2025-09-28 is an adjusted working day (调休上班).
        Calendar.EndOfMonths(D("2025-03-28"), 6).ShouldBe(D("2025-09-28"));

    [Fact]
    public void Paused_days_move_the_end_before_the_rest_day_rule_applies() =>
        // 2024-07-10 + 10 paused days is Saturday 2024-07-20, so the period ends Monday 2024-07-22.
        Calendar.EndOfMonths(D("2024-01-10"), 6, pausedDays: 10).ShouldBe(D("2024-07-22"));

    [Fact]
    public void A_day_period_does_not_count_the_start_day_and_skips_a_holiday_at_its_end() =>
        // 2026-09-25 to 27 is Mid-Autumn; Monday 28th is the next working day.
        Calendar.EndOfDays(D("2026-09-20"), 5).ShouldBe(D("2026-09-28"));

    [Fact]
    public void Working_days_skip_holidays_and_count_adjusted_working_days() =>
        // 10-01..07 holiday; 08 Thu, 09 Fri, 10 Sat (adjusted), 12 Mon, 13 Tue.
        Calendar.EndOfWorkingDays(D("2026-09-30"), 5).ShouldBe(D("2026-10-13"));

    [Fact]
    public void The_holiday_spanning_new_year_counts_in_the_earlier_year() =>
        Calendar.IsRestDay(D("2023-12-30")).ShouldBeTrue();

    [Fact]
    public void A_year_without_a_list_counts_weekends_only_and_says_so()
    {
        Calendar.Covers(2026).ShouldBeTrue();
        Calendar.Covers(2030).ShouldBeFalse();
        Calendar.IsRestDay(D("2030-01-01")).ShouldBeFalse(); // a Tuesday; the 2030 New Year holiday is unknown
        Calendar.IsRestDay(D("2030-01-05")).ShouldBeTrue(); // a Saturday
    }

    [Fact]
    public void A_holiday_range_that_ends_before_it_starts_is_refused()
    {
        var schedule = new HolidaySchedule
        {
            Years = { ["2027"] = new HolidayYear { Holidays = [new HolidayRange { Name = "春节", From = D("2027-02-10"), To = D("2027-02-01") }] } },
        };
        Should.Throw<ArgumentException>(() => new LegalCalendar(schedule));
    }
}
