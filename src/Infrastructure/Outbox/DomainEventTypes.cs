using System.Text.Encodings.Web;
using System.Text.Json;
using Enforcement.Domain.Common;

namespace Enforcement.Infrastructure.Outbox;

/// <summary>Writes domain events to JSON by their type name, and reads them back; only the domain's own event types are read.</summary>
public static class DomainEventTypes
{
    // Chinese stays readable in the stored payload; it is data in a column, never HTML.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Dictionary<string, Type> Known = typeof(IDomainEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t))
        .ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    public static OutboxMessage ToMessage(IDomainEvent domainEvent, DateTime occurredAtUtc)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var type = domainEvent.GetType();
        return new OutboxMessage(type.FullName!, JsonSerializer.Serialize(domainEvent, type, Json), occurredAtUtc);
    }

    public static IDomainEvent Read(string type, string payload) =>
        Known.TryGetValue(type, out var eventType)
            ? (IDomainEvent)(JsonSerializer.Deserialize(payload, eventType, Json) ?? throw new JsonException($"Outbox payload of {type} is null."))
            : throw new InvalidOperationException($"{type} is not a known domain event type.");
}
