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

    /// <summary>The payment, measure, pause or assignment the line records; the id a correction names.</summary>
    public Guid? RecordId { get; init; }

    /// <summary>The entry was voided by a correction: shown struck through.</summary>
    public bool Voided { get; init; }

    public string? VoidReason { get; init; }
}
