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

/// <summary>Everything known about one case. Amounts are in yuan.</summary>
public sealed record CaseDetailDto
{
    public Guid Id { get; init; }

    /// <summary>The normalised case number, with full-width parentheses.</summary>
    public string CaseNumber { get; init; } = "";

    public CaseType CaseType { get; init; }

    public DateOnly FiledOn { get; init; }

    public CaseStatus Status { get; init; }

    public bool NonLitigation { get; init; }

    public bool EnterpriseRelated { get; init; }

    public bool PublicBodyDebtor { get; init; }

    public EnforcementBasisDto Basis { get; init; } = new();

    public decimal ClaimedAmount { get; init; }

    public decimal RecoveredAmount { get; init; }

    public string? Summary { get; init; }

    /// <summary>The statutory deadline: filing + 6 (or 3) months + paused days, moved off rest days.</summary>
    public DateOnly Deadline { get; init; }

    /// <summary>Days from the court's today to the deadline; negative once overdue.</summary>
    public int DaysRemaining { get; init; }

    public int PausedDays { get; init; }

    /// <summary>True when no holiday list is configured for the deadline's year, so only weekends were skipped.</summary>
    public bool DeadlineAssumesWeekendsOnly { get; init; }

    public IReadOnlyList<PartyDto> Applicants { get; init; } = [];

    public IReadOnlyList<PartyDto> Respondents { get; init; } = [];

    /// <summary>The concurrency version; also sent as the ETag.</summary>
    public int Version { get; init; }
}

/// <summary>One row of a case list. Carries no personal data beyond party names.</summary>
public sealed record CaseSummaryDto
{
    public Guid Id { get; init; }

    public string CaseNumber { get; init; } = "";

    public CaseType CaseType { get; init; }

    public DateOnly FiledOn { get; init; }

    public CaseStatus Status { get; init; }

    public bool EnterpriseRelated { get; init; }

    public bool PublicBodyDebtor { get; init; }

    public decimal ClaimedAmount { get; init; }

    public decimal RecoveredAmount { get; init; }

    public DateOnly Deadline { get; init; }

    public int DaysRemaining { get; init; }

    public IReadOnlyList<PartyNameDto> Applicants { get; init; } = [];

    public IReadOnlyList<PartyNameDto> Respondents { get; init; } = [];

    public int Version { get; init; }
}
