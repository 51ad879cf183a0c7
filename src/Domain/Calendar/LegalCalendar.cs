using System.Globalization;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Calendar;

/// <summary>
/// The one place where legal periods are counted (docs/domain.md, "Counting periods: the legal calendar").
/// <list type="bullet">
/// <item>Procedural periods: the start day is not counted; a period ending on a rest day ends on the next working day.</item>
/// <item>Month periods end on the same date N months later, clamped to the month's end.</item>
/// <item>Paused days move the end of a period day for day.</item>
/// <item>A year without a published list counts weekends only; <see cref="Covers"/> says so.</item>
/// </list>
/// </summary>
public sealed class LegalCalendar
{
    private readonly HashSet<DateOnly> _holidays = [];
    private readonly HashSet<DateOnly> _adjustedWorkingDays = [];
    private readonly HashSet<int> _coveredYears = [];

    public LegalCalendar(HolidaySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        foreach (var (yearText, year) in schedule.Years)
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                throw new ArgumentException($"Holiday schedule year '{yearText}' is not a year.", nameof(schedule));
            }

            _coveredYears.Add(number);
            foreach (var range in year.Holidays)
            {
                if (range.To < range.From)
                {
                    throw new ArgumentException($"Holiday '{range.Name}' ends before it starts.", nameof(schedule));
                }

                for (var day = range.From; day <= range.To; day = day.AddDays(1))
                {
                    _holidays.Add(day);
                }
            }

            _adjustedWorkingDays.UnionWith(year.AdjustedWorkingDays);
        }
    }

    /// <summary>
    /// What the calendar counts with, as one hash: the covered years, the holidays and the adjusted working days. Stored
    /// deadlines are recounted only when it changes (a new year's list, a correction).
    /// </summary>
    public string Fingerprint
    {
        get
        {
            var text = string.Join(';',
                string.Join(',', _coveredYears.Order()),
                string.Join(',', _holidays.Order().Select(d => d.DayNumber)),
                string.Join(',', _adjustedWorkingDays.Order().Select(d => d.DayNumber)));
            return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        }
    }

    /// <summary>A calendar that knows weekends only.</summary>
    public static LegalCalendar WeekendsOnly { get; } = new(new HolidaySchedule());

    /// <summary>The years whose published holiday lists are configured.</summary>
    public IReadOnlyCollection<int> CoveredYears => _coveredYears;

    /// <summary>Whether the published holiday list for <paramref name="year"/> is configured.</summary>
    public bool Covers(int year) => _coveredYears.Contains(year);

    /// <summary>
    /// Whether a period that starts or ends on any of <paramref name="dates"/> was counted in a year without a holiday
    /// list, skipping weekends only: what a record's <c>deadlineAssumesWeekendsOnly</c> says. Null dates are skipped.
    /// </summary>
    public bool AssumesWeekendsOnly(params IEnumerable<DateOnly?> dates) => dates.Any(d => d is { } day && !Covers(day.Year));

    public bool IsRestDay(DateOnly day)
    {
        if (_holidays.Contains(day))
        {
            return true;
        }

        var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return weekend && !_adjustedWorkingDays.Contains(day);
    }

    public DateOnly NextWorkingDayOnOrAfter(DateOnly day)
    {
        while (IsRestDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>End of a procedural period of <paramref name="months"/> months from <paramref name="start"/>.</summary>
    public DateOnly EndOfMonths(DateOnly start, int months, int pausedDays = 0)
    {
        GuardNonNegative(months, pausedDays);
        return NextWorkingDayOnOrAfter(start.AddMonths(months).AddDays(pausedDays));
    }

    /// <summary>End of a procedural period of <paramref name="days"/> days: the start day is not counted.</summary>
    public DateOnly EndOfDays(DateOnly start, int days, int pausedDays = 0)
    {
        GuardNonNegative(days, pausedDays);
        return NextWorkingDayOnOrAfter(start.AddDays(days + pausedDays));
    }

    /// <summary>End of a period of <paramref name="workingDays"/> working days after <paramref name="start"/>.</summary>
    public DateOnly EndOfWorkingDays(DateOnly start, int workingDays)
    {
        GuardNonNegative(workingDays, 0);
        var day = start;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (!IsRestDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    private static void GuardNonNegative(int length, int pausedDays)
    {
        if (length < 0 || pausedDays < 0)
        {
            throw new DomainException("calendar.negative_period", "A period and its paused days cannot be negative.");
        }
    }
}
