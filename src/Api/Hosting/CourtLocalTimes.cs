using System.Text.Json;
using System.Text.Json.Serialization;

namespace Enforcement.Api.Hosting;

/// <summary>
/// Reads an instant (<c>ruledAt</c>, <c>applicationReceivedAt</c>) typed without an offset as the court's wall-clock
/// time: a clerk in Beijing who types <c>2025-06-16T20:00:00</c> means 20:00 there, not 20:00 UTC (04:00 the next
/// day). The framework would read it in the server's own zone, which a container sets to UTC. An instant with an
/// offset or <c>Z</c> is read as written. Writing is unchanged (ISO 8601 with the offset).
/// </summary>
internal sealed class CourtLocalTimes(TimeZoneInfo zone) : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTime(out var written))
        {
            throw new JsonException("Expected an ISO 8601 date and time, such as 2025-06-16T20:00:00+08:00.");
        }

        if (written.Kind != DateTimeKind.Unspecified)
        {
            return reader.TryGetDateTimeOffset(out var instant) ? instant : throw new JsonException("The date and time is out of range.");
        }

        var offset = zone.GetUtcOffset(written);
        // 0001-01-01T00:00:00 in Beijing would be before the first instant there is.
        if (written.Ticks - offset.Ticks < 0 || written.Ticks - offset.Ticks > DateTime.MaxValue.Ticks)
        {
            throw new JsonException("The date and time is out of range.");
        }

        return new DateTimeOffset(written, offset);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
