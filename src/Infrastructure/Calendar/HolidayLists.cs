using Enforcement.Domain.Calendar;
using Microsoft.Extensions.Configuration;

namespace Enforcement.Infrastructure.Calendar;

/// <summary>
/// The State Council's holiday lists: the ones shipped with the library (embedded <c>holidays.json</c>, 2024–2026),
/// overlaid by the host's configuration (section <c>LegalCalendar</c>), where a new year's list is added.
/// </summary>
public static class HolidayLists
{
    private const string ResourceName = "Enforcement.Infrastructure.Calendar.holidays.json";

    public static HolidaySchedule Load(IConfiguration configuration)
    {
        using var shipped = typeof(HolidayLists).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded holiday lists ({ResourceName}) are missing.");
        var combined = new ConfigurationBuilder().AddJsonStream(shipped).AddConfiguration(configuration).Build();
        return combined.GetSection(HolidaySchedule.SectionName).Get<HolidaySchedule>() ?? new HolidaySchedule();
    }
}
