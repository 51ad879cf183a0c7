using Enforcement.Domain.Cases;
using Enforcement.Domain.Parties;

namespace Enforcement.Application.Cases;

public sealed record PartyDto
{
    public PartyKind Kind { get; init; }

    public string Name { get; init; } = "";

    public string? IdNumber { get; init; }

    public string? CreditCode { get; init; }

    public string? Phone { get; init; }
}

public sealed record PartyNameDto
{
    public PartyKind Kind { get; init; }

    public string Name { get; init; } = "";
}

public sealed record EnforcementBasisDto
{
    public string Issuer { get; init; } = "";

    public string DocumentNumber { get; init; } = "";

    public DateOnly EffectiveOn { get; init; }
}

public sealed record ExtensionDto
{
    public Guid Id { get; init; }

    public DateOnly RequestedOn { get; init; }

    public int Months { get; init; }

    public string Reason { get; init; } = "";

    public ExtensionStatus Status { get; init; }

    public DateOnly? DecidedOn { get; init; }

    public Guid? ApproverId { get; init; }

    public string? DecisionNote { get; init; }
}

public sealed record InstalmentDto
{
    public DateOnly DueOn { get; init; }

    public decimal Amount { get; init; }
}

public sealed record SettlementDto
{
    public DateOnly AgreedOn { get; init; }

    public string Terms { get; init; } = "";

    public SettlementStatus Status { get; init; }

    public DateOnly? EndedOn { get; init; }

    public IReadOnlyList<InstalmentDto> Instalments { get; init; } = [];
}

public sealed record ClosureDto
{
    public ClosureMode Mode { get; init; }

    public DateOnly ClosedOn { get; init; }

    public string Note { get; init; } = "";
}

public sealed record RespondentUnitLinkDto
{
    public string RespondentName { get; init; } = "";

    public Guid LinkedUnitId { get; init; }

    public string UnitName { get; init; } = "";

    public bool PublicBody { get; init; }

    public string LinkedBy { get; init; } = "";

    public DateTime LinkedAtUtc { get; init; }
}

/// <summary>A unit that matches a respondent: by credit code (exact) or by full name (normalized).</summary>
public sealed record UnitLinkSuggestionDto(string RespondentName, Guid LinkedUnitId, string UnitName, Domain.LinkedUnits.LinkedUnitKind Kind, string MatchedBy);
