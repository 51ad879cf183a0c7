using Enforcement.Domain.Calendar;
using Microsoft.Extensions.Configuration;

namespace Enforcement.Infrastructure.Calendar;

/// <summary>
/// The State Council's holiday lists: the ones shipped with the library (embedded <c>holidays.json</c>, 2024–2026),
/// and the host's configuration (section <c>LegalCalendar</c>), where a new year's list is added. A configured year
/// replaces the shipped list of that year as a whole, so a correction can also remove a day.
/// </summary>
public static class HolidayLists
{
    private const string ResourceName = "Enforcement.Infrastructure.Calendar.holidays.json";

    public static HolidaySchedule Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        using var shipped = typeof(HolidayLists).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded holiday lists ({ResourceName}) are missing.");
        var schedule = Read(new ConfigurationBuilder().AddJsonStream(shipped).Build());
        foreach (var (year, list) in Read(configuration).Years)
        {
            schedule.Years[year] = list;
        }

        return schedule;
    }

    private static HolidaySchedule Read(IConfiguration configuration) =>
        configuration.GetSection(HolidaySchedule.SectionName).Get<HolidaySchedule>() ?? new HolidaySchedule();
}
