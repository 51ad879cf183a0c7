using Enforcement.Application.Cases;
using Enforcement.Domain.Preservation;

namespace Enforcement.Application.Preservation;

public sealed record PreservationOrderSummaryDto
{
    public Guid Id { get; init; }

    public PreservationKind Kind { get; init; }

    public string? CaseNumber { get; init; }

    public string? LitigationCaseNumber { get; init; }

    public OrderStatus Status { get; init; }

    public decimal AmountToPreserve { get; init; }

    public DateOnly RuledOn { get; init; }

    public DateOnly? LiftDueOn { get; init; }

    public decimal HeldAmount { get; init; }

    public string? ConvertedToCaseNumber { get; init; }

    public IReadOnlyList<PartyNameDto> Respondents { get; init; } = [];

    public int Version { get; init; }
}
