namespace Enforcement.Domain.Calendar;

/// <summary>
/// The published holiday arrangement of the State Council, one entry per year, as read from configuration
/// (section <c>LegalCalendar</c>). Weekends not listed as adjusted working days are rest days.
/// </summary>
public sealed class HolidaySchedule
{
    public const string SectionName = "LegalCalendar";

    public Dictionary<string, HolidayYear> Years { get; set; } = [];
}

public sealed class HolidayYear
{
    public string? Source { get; set; }

    public List<HolidayRange> Holidays { get; set; } = [];

    /// <summary>Weekend days that are working days (调休上班日).</summary>
    public List<DateOnly> AdjustedWorkingDays { get; set; } = [];
}

public sealed class HolidayRange
{
    public string Name { get; set; } = "";

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }
}
