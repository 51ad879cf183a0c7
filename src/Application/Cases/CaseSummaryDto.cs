using System.Text.Json.Serialization;
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

    /// <summary>The deadline as the case's own page gives it today: while a pause runs, it moves on by the days paused so far.</summary>
    public DateOnly Deadline { get; init; }

    /// <summary>The first day of the pause (中止 or a settlement) that is running, if one is.</summary>
    public DateOnly? PausedSince { get; init; }

    // What a running pause's deadline is counted from; not part of the response.
    [JsonIgnore]
    public bool NonLitigation { get; init; }

    [JsonIgnore]
    public int ExtensionMonths { get; init; }

    [JsonIgnore]
    public int PausedDays { get; init; }

    public int DaysRemaining { get; init; }

    public string? HandlerName { get; init; }

    public DateOnly? NextReinquiryDueOn { get; init; }

    public IReadOnlyList<PartyNameDto> Applicants { get; init; } = [];

    public IReadOnlyList<PartyNameDto> Respondents { get; init; } = [];

    public int Version { get; init; }
}
