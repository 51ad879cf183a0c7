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

/// <summary>中止/暂缓: a stretch in which the statutory clock stood still; a voided one never counted.</summary>
public sealed record PauseDto
{
    public Guid Id { get; init; }

    public PauseKind Kind { get; init; }

    public DateOnly StartedOn { get; init; }

    /// <summary>Empty while the pause runs.</summary>
    public DateOnly? EndedOn { get; init; }

    public string Reason { get; init; } = "";

    public DateOnly? VoidedOn { get; init; }
}

/// <summary>执行到位: one payment to the applicant, in yuan; a voided one counts for nothing, with the correction's reason.</summary>
public sealed record CasePaymentDto
{
    public Guid Id { get; init; }

    public DateOnly PaidOn { get; init; }

    public decimal Amount { get; init; }

    public PaymentSource Source { get; init; }

    public string? Note { get; init; }

    /// <summary>The public-body debt the payment counts towards, if any.</summary>
    public Guid? ObligationId { get; init; }

    public string RecordedBy { get; init; } = "";

    public DateTime RecordedAtUtc { get; init; }

    public bool Voided { get; init; }

    public string? VoidReason { get; init; }
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
