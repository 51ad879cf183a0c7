using Enforcement.Domain.Cases;

namespace Enforcement.Application.Cases;

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

    /// <summary>The deadline counting closed pauses; a paused case's deadline moves on while it is paused.</summary>
    public DateOnly Deadline { get; init; }

    public int DaysRemaining { get; init; }

    public string? HandlerName { get; init; }

    public DateOnly? NextReinquiryDueOn { get; init; }

    public IReadOnlyList<PartyNameDto> Applicants { get; init; } = [];

    public IReadOnlyList<PartyNameDto> Respondents { get; init; } = [];

    public int Version { get; init; }
}
