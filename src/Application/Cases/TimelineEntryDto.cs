using Enforcement.Domain.Cases;

namespace Enforcement.Application.Cases;

public sealed record TimelineEntryDto
{
    public Guid Id { get; init; }

    public TimelineKind Kind { get; init; }

    public DateOnly OccurredOn { get; init; }

    public string Summary { get; init; } = "";

    public string RecordedBy { get; init; } = "";

    public DateTime RecordedAtUtc { get; init; }
}
