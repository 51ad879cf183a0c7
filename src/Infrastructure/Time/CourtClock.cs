using Enforcement.Application.Abstractions;
using Microsoft.Extensions.Options;

namespace Enforcement.Infrastructure.Time;

public sealed class CourtOptions
{
    public const string SectionName = "Court";

    /// <summary>IANA time zone of the court; "today" is read in this zone.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>The zone <see cref="TimeZone"/> names (checked at start-up): the one place it is resolved.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}

public sealed class CourtClock(TimeProvider time, IOptions<CourtOptions> options) : ICourtClock
{
    private readonly TimeZoneInfo _zone = options.Value.Zone;

    public DateOnly Today => DateOf(time.GetUtcNow());

    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateTime LocalNow => TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime;

    public DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }
}
