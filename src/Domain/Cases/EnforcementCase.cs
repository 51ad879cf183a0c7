using Enforcement.Domain.Calendar;
using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;

namespace Enforcement.Domain.Cases;

/// <summary>An enforcement case (执行案件): the aggregate root of the case registry.</summary>
public sealed class EnforcementCase : AggregateRoot
{
    /// <summary>Months a case may run (法发〔2006〕35号): 6, or 3 for non-litigation enforcement.</summary>
    public const int LimitMonths = 6;
    public const int NonLitigationLimitMonths = 3;
    public const int MaxSummaryLength = 2000;

    private readonly List<Party> _applicants = [];
    private readonly List<Party> _respondents = [];

    private EnforcementCase()
    {
    }

    public CaseNumber Number { get; private set; } = null!;

    public CaseType CaseType { get; private set; }

    public DateOnly FiledOn { get; private set; }

    public bool NonLitigation { get; private set; }

    public EnforcementBasis Basis { get; private set; } = null!;

    public Money ClaimedAmount { get; private set; }

    public Money RecoveredAmount { get; private set; }

    public string? Summary { get; private set; }

    public CaseStatus Status { get; private set; }

    /// <summary>涉企: any party is an enterprise. Stored so that lists can filter on an index.</summary>
    public bool EnterpriseRelated { get; private set; }

    /// <summary>A respondent is a department, township or community. Stored so that lists can filter on an index.</summary>
    public bool PublicBodyDebtor { get; private set; }

    /// <summary>Days the statutory clock has stood still so far.</summary>
    public int PausedDays { get; private set; }

    /// <summary>The statutory deadline, kept current on every change so that lists can sort and filter on it.</summary>
    public DateOnly Deadline { get; private set; }

    /// <summary>Normalised case number and party names, for fragment search in one column.</summary>
    public string SearchText { get; private set; } = "";

    public IReadOnlyList<Party> Applicants => _applicants;

    public IReadOnlyList<Party> Respondents => _respondents;

    public int LimitInMonths => NonLitigation ? NonLitigationLimitMonths : LimitMonths;

    public static EnforcementCase Register(
        CaseNumber number,
        DateOnly filedOn,
        bool nonLitigation,
        EnforcementBasis basis,
        Money claimedAmount,
        IReadOnlyCollection<Party> applicants,
        IReadOnlyCollection<Party> respondents,
        string? summary,
        LegalCalendar calendar,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(calendar);

        if (filedOn > today)
        {
            throw new DomainException("case.filed_on.future", $"Filing date {filedOn:yyyy-MM-dd} is in the future.");
        }

        if (claimedAmount <= Money.Zero)
        {
            throw new DomainException("case.claimed_amount.not_positive", "The claimed amount must be positive.");
        }

        if (applicants is not { Count: > 0 } || respondents is not { Count: > 0 })
        {
            throw new DomainException("case.parties.missing", "A case needs at least one applicant and one respondent.");
        }

        summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        if (summary?.Length > MaxSummaryLength)
        {
            throw new DomainException("case.summary.too_long", $"The summary is longer than {MaxSummaryLength} characters.");
        }

        var @case = new EnforcementCase
        {
            Number = number,
            CaseType = number.CaseType,
            FiledOn = filedOn,
            NonLitigation = nonLitigation,
            Basis = basis,
            ClaimedAmount = claimedAmount,
            RecoveredAmount = Money.Zero,
            Summary = summary,
            Status = CaseStatus.Filed,
        };
        @case._applicants.AddRange(applicants);
        @case._respondents.AddRange(respondents);
        @case.EnterpriseRelated = applicants.Concat(respondents).Any(p => p.Kind == PartyKind.Enterprise);
        @case.PublicBodyDebtor = respondents.Any(p => p.Kind.IsPublicBody());
        @case.SearchText = string.Join('|', applicants.Concat(respondents).Select(p => p.Name).Prepend(number.Value));
        @case.RecomputeDeadline(calendar);
        @case.Raise(new CaseRegistered(@case.Id, number.Value, @case.PublicBodyDebtor));
        return @case;
    }

    /// <summary>Whole days from <paramref name="today"/> to the deadline; negative once overdue.</summary>
    public int DaysRemaining(DateOnly today) => Deadline.DayNumber - today.DayNumber;

    private void RecomputeDeadline(LegalCalendar calendar) =>
        Deadline = calendar.EndOfMonths(FiledOn, LimitInMonths, PausedDays);
}
