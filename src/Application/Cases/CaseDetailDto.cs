using Enforcement.Domain.Cases;

namespace Enforcement.Application.Cases;

/// <summary>Everything known about one case. Amounts are in yuan; dates are the court's local dates.</summary>
public sealed record CaseDetailDto : Common.IVersioned
{
    public Guid Id { get; init; }

    /// <summary>The normalised case number, with full-width parentheses.</summary>
    public string CaseNumber { get; init; } = "";

    public CaseType CaseType { get; init; }

    public DateOnly FiledOn { get; init; }

    public CaseStatus Status { get; init; }

    public bool NonLitigation { get; init; }

    public bool EnterpriseRelated { get; init; }

    /// <summary>A respondent is linked to a public-body unit (see <see cref="UnitLinks"/>).</summary>
    public bool PublicBodyDebtor { get; init; }

    /// <summary>Respondents confirmed to be linked units.</summary>
    public IReadOnlyList<RespondentUnitLinkDto> UnitLinks { get; init; } = [];

    /// <summary>
    /// Units of the registry whose name or credit code matches a respondent not yet linked. Filled in on registration;
    /// later, <c>GET /api/cases/{id}/unit-suggestions</c> gives them.
    /// </summary>
    public IReadOnlyList<UnitLinkSuggestionDto>? UnitSuggestions { get; init; }

    public EnforcementBasisDto Basis { get; init; } = new();

    public decimal ClaimedAmount { get; init; }

    public decimal RecoveredAmount { get; init; }

    /// <summary>Recovered beyond the claim (interest); zero otherwise.</summary>
    public decimal SurplusAmount { get; init; }

    public string? Summary { get; init; }

    /// <summary>The statutory deadline: filing + limit months + paused days, moved off rest days.</summary>
    public DateOnly Deadline { get; init; }

    /// <summary>Days from the court's today to the deadline; negative once overdue.</summary>
    public int DaysRemaining { get; init; }

    /// <summary>The limit in months: 6 (3 if non-litigation) plus approved extensions.</summary>
    public int LimitMonths { get; init; }

    public int ExtensionMonths { get; init; }

    /// <summary>Days the clock has stood still so far, an open pause included.</summary>
    public int PausedDays { get; init; }

    public DateOnly? PausedSince { get; init; }

    /// <summary>Open, running, and past the deadline.</summary>
    public bool Overdue { get; init; }

    /// <summary>Open, running, and within 5 days of the deadline.</summary>
    public bool NearDeadline { get; init; }

    /// <summary>True when no holiday list is configured for the deadline's year, so only weekends were skipped.</summary>
    public bool DeadlineAssumesWeekendsOnly { get; init; }

    public Guid? HandlerId { get; init; }

    public string? HandlerName { get; init; }

    public DateOnly? HandlerAssignedOn { get; init; }

    public DateOnly? FirstAssignedOn { get; init; }

    /// <summary>Filing + 7 days.</summary>
    public DateOnly HandlerDueOn { get; init; }

    /// <summary>No handler within 7 days of filing (counted to the closure for a closed case).</summary>
    public bool HandlerLate { get; init; }

    /// <summary>First assignment + 3 days: notice and asset-report order due.</summary>
    public DateOnly? FirstStepsDueOn { get; init; }

    public DateOnly? NoticeSentOn { get; init; }

    public DateOnly? AssetReportOrderedOn { get; init; }

    public bool FirstStepsLate { get; init; }

    public bool DebtorMissing { get; init; }

    public IReadOnlyList<ExtensionDto> Extensions { get; init; } = [];

    /// <summary>The pauses (中止/暂缓) in the order they began, voided ones included.</summary>
    public IReadOnlyList<PauseDto> Pauses { get; init; } = [];

    public SettlementDto? Settlement { get; init; }

    public ClosureDto? Closure { get; init; }

    /// <summary>After 终本: the next online re-inquiry.</summary>
    public DateOnly? NextReinquiryDueOn { get; init; }

    /// <summary>After 终本: the last day of the 5-year re-inquiry duty.</summary>
    public DateOnly? ReinquiryEndsOn { get; init; }

    /// <summary>A re-inquiry is due today: its date has come and the 5-year duty has not ended.</summary>
    public bool ReinquiryDue { get; init; }

    public Guid? OriginalCaseId { get; init; }

    public string? OriginalCaseNumber { get; init; }

    public Guid? ResumedAsCaseId { get; init; }

    public string? ResumedAsCaseNumber { get; init; }

    public IReadOnlyList<PartyDto> Applicants { get; init; } = [];

    public IReadOnlyList<PartyDto> Respondents { get; init; } = [];

    /// <summary>The concurrency version; also sent as the ETag.</summary>
    public int Version { get; init; }

    /// <summary>
    /// The reader may work or lead the case (a coordinator, a leader, or an officer on their own or an unassigned case):
    /// its parties' ID and phone numbers are shown whole, and its key-case designation and supervision orders are
    /// readable. Otherwise the numbers are masked, the designation is not readable, and of the orders only those
    /// addressed to the reader are.
    /// </summary>
    public bool InReach { get; init; }
}
