using System.Text.Json.Serialization;

namespace Enforcement.Application.Common.Workflows;

/// <summary>
/// A command that changes one aggregate. The API fills in the aggregate's id from the route and the version the
/// client last read from <c>If-Match</c>; neither is part of the request body.
/// </summary>
public abstract record AggregateCommand
{
    [JsonIgnore]
    public Guid AggregateId { get; init; }

    /// <summary>The version the client last read; a different stored version refuses the change (412).</summary>
    [JsonIgnore]
    public int? ExpectedVersion { get; init; }

    /// <summary>A copy of this command (of its own type) addressed to <paramref name="aggregateId"/>.</summary>
    public AggregateCommand For(Guid aggregateId, int? expectedVersion) =>
        this with { AggregateId = aggregateId, ExpectedVersion = expectedVersion };
}
