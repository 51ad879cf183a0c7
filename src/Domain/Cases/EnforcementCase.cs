using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;

namespace Enforcement.Domain.Cases;

/// <summary>An enforcement case (执行案件): the aggregate root of the case registry and its lifecycle.</summary>
public sealed partial class EnforcementCase : AggregateRoot, Preservation.IHoldsAssets
{
    public const int MaxSummaryLength = 2000;
    public const int MaxTextLength = 1000;

    /// <summary>A settlement's plan: ten years of monthly instalments.</summary>
    public const int MaxInstalments = 120;

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

    /// <summary>The sum of the payments recorded.</summary>
    public Money RecoveredAmount { get; private set; }

    /// <summary>What the claim has left to recover: nothing once the payments cover it.</summary>
    public Money LeftToRecover => RecoveredAmount >= ClaimedAmount ? Money.Zero : ClaimedAmount - RecoveredAmount;

    public string? Summary { get; private set; }

    public CaseStatus Status { get; private set; }

    /// <summary>涉企: any party is an enterprise. Stored so that lists can filter on an index.</summary>
    public bool EnterpriseRelated { get; private set; }

    /// <summary>A respondent is linked to a public-body unit (<see cref="UnitLinks"/>). Stored so that lists can filter on an index.</summary>
    public bool PublicBodyDebtor { get; private set; }

    /// <summary>The case number and party names, normalized by <see cref="Common.SearchText"/>, for fragment search in one column.</summary>
    public string SearchText { get; private set; } = "";

    public IReadOnlyList<Party> Applicants => _applicants;

    public IReadOnlyList<Party> Respondents => _respondents;

    /// <summary>The 执恢 case this case was resumed from.</summary>
    public Guid? OriginalCaseId { get; private set; }

    public string? OriginalCaseNumber { get; private set; }

    /// <summary>The 执恢 case that resumed this one.</summary>
    public Guid? ResumedAsCaseId { get; private set; }

    public string? ResumedAsCaseNumber { get; private set; }

    public bool IsClosed => Status == CaseStatus.Closed;

    /// <summary>
    /// Registers a case. One ID number or credit code names one party: on both sides a creditor would enforce a title
    /// against itself, and twice on one side one party would be counted twice. (A 执恢 case copies its original's
    /// parties as they stand, <see cref="ResumeFrom"/>.)
    /// </summary>
    public static EnforcementCase Register(
        CaseNumber number,
        DateOnly filedOn,
        bool nonLitigation,
        EnforcementBasis basis,
        Money claimedAmount,
        IReadOnlyCollection<Party> applicants,
        IReadOnlyCollection<Party> respondents,
        string? summary,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(applicants);
        ArgumentNullException.ThrowIfNull(respondents);
        Party.EnsureDistinct("case", applicants.Select(p => (Side: "申请人", Party: p)).Concat(respondents.Select(p => (Side: "被执行人", Party: p))));

        return RegisterParties(number, filedOn, nonLitigation, basis, claimedAmount, applicants, respondents, summary, context);
    }

    private static EnforcementCase RegisterParties(
        CaseNumber number,
        DateOnly filedOn,
        bool nonLitigation,
        EnforcementBasis basis,
        Money claimedAmount,
        IReadOnlyCollection<Party> applicants,
        IReadOnlyCollection<Party> respondents,
        string? summary,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(context);

        if (!number.IsEnforcement)
        {
            throw new DomainException("case.number.not_enforcement", $"{number} is a preservation review number, not an enforcement case.");
        }

        if (filedOn > context.Today)
        {
            throw new DomainException("case.filed_on.future", $"Filing date {filedOn:yyyy-MM-dd} is in the future.");
        }

        if (number.Year != filedOn.Year)
        {
            throw new DomainException(
                "case.number.year_mismatch", $"{number} is numbered in {number.Year}, but the case is filed on {filedOn:yyyy-MM-dd}: a case takes the number of its filing year.");
        }

        if (basis.EffectiveOn > filedOn)
        {
            throw new DomainException(
                "case.basis.effective_after_filing", $"The title took effect on {basis.EffectiveOn:yyyy-MM-dd}, after the filing date {filedOn:yyyy-MM-dd}.");
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
        @case.SearchText = Common.SearchText.Column(string.Join('|', applicants.Concat(respondents).Select(p => p.Name).Prepend(number.Value)));
        @case.RecountDeadlines(context);
        @case.Log(TimelineKind.Registered, filedOn, $"立案 Registered: {number}, claimed {claimedAmount}", context);
        @case.Raise(new CaseRegistered(@case.Id, number.Value, claimedAmount.Yuan));
        return @case;
    }

    /// <summary>
    /// Registers the 执恢 case that resumes <paramref name="original"/>: after a 终本 closure, or after a breached
    /// settlement (which closes the original as 终结执行 if it is still open). The new case enforces what is still
    /// outstanding, against the same parties, on the same title.
    /// </summary>
    public static EnforcementCase ResumeFrom(
        EnforcementCase original, CaseNumber number, DateOnly filedOn, ChangeContext context, PaymentsAsOf? originalPayments = null)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(number);
        if (number.CaseType != CaseType.ResumedEnforcement)
        {
            throw new DomainException("case.resumption.wrong_type", $"A resumed case needs a 执恢 number, not {number}.");
        }

        if (original.ResumedAsCaseId is not null)
        {
            throw new DomainException("case.resumption.already_resumed", $"{original.Number} was already resumed as {original.ResumedAsCaseNumber}.");
        }

        // A breach lets enforcement resume while nothing else has ended the case, or when the case was closed on the
        // settlement (withdrawn or ended while it ran) and breached after. One closed on other grounds since its breach
        // (不予执行, 驳回申请, 销案 …) stays closed.
        var resumable = original.Closure?.Mode == ClosureMode.TerminatedThisRound
                        || (original.Settlement?.Status == SettlementStatus.Breached && !original.IsClosed)
                        || original.BreachedAfterClosingOnIt;
        if (!resumable)
        {
            throw new DomainException(
                "case.resumption.not_allowed",
                "Only a case closed as 终本, still open with a breached settlement, or closed on a settlement breached since, can be resumed.");
        }

        if (filedOn < original.FiledOn)
        {
            throw new DomainException("case.resumption.before_original", "A resumed case cannot be filed before the original.");
        }

        // It resumes after the event that allows it: the 终本 closure, or the breach of the settlement.
        var resumableFrom = original.Closure?.Mode == ClosureMode.TerminatedThisRound ? original.Closure.ClosedOn : original.Settlement!.EndedOn!.Value;
        if (filedOn < resumableFrom)
        {
            throw new DomainException(
                "case.resumption.before_event",
                $"{original.Number} can be resumed from {resumableFrom:yyyy-MM-dd}, when it was {(original.Closure?.Mode == ClosureMode.TerminatedThisRound ? "closed as 终本" : "found breached")}.");
        }

        // The original was still searched after its 终本 until the resumption: a re-inquiry on record is not dated after it.
        if (original.LastReinquiryOn is { } reinquired && filedOn < reinquired)
        {
            throw new DomainException(
                "case.resumption.before_recorded_entry",
                $"{original.Number} records a re-inquiry dated {reinquired:yyyy-MM-dd}; the resumed case cannot be filed before it.");
        }

        var outstanding = original.LeftToRecover;
        if (outstanding == Money.Zero)
        {
            throw new DomainException("case.resumption.nothing_outstanding", "The original case has nothing left to recover.");
        }

        // Owned values are copied: each case owns its own rows.
        var basis = EnforcementBasis.Create(original.Basis.Issuer, original.Basis.DocumentNumber, original.Basis.EffectiveOn);
        var resumed = RegisterParties(number, filedOn, original.NonLitigation, basis, outstanding,
            original.Applicants.Select(p => p.Copy()).ToList(), original.Respondents.Select(p => p.Copy()).ToList(), original.Summary, context);
        resumed.OriginalCaseId = original.Id;
        resumed.OriginalCaseNumber = original.Number.Value;
        resumed._unitLinks.AddRange(original._unitLinks.Select(l => l.Copy(context)));
        resumed.PublicBodyDebtor = original.PublicBodyDebtor;
        resumed.Log(TimelineKind.ResumedFrom, filedOn, $"恢复执行 Resumed from {original.Number}", context);

        // After a breached settlement the original is still open: its enforcement continues in the new case, so it closes
        // as 终结执行 on the new case's filing day, and no payment or measure is recorded on both.
        if (!original.IsClosed)
        {
            original.Close(ClosureMode.Terminated, filedOn, $"恢复执行 Enforcement continues in {number}", context, originalPayments);
        }

        original.ResumedAsCaseId = resumed.Id;
        original.ResumedAsCaseNumber = number.Value;
        if (original.NextReinquiryDueOn is not null)
        {
            original.NextReinquiryDueOn = null;
            original.Raise(new ReinquiriesStopped(original.Id, $"恢复执行 Resumed as {number} on {filedOn:yyyy-MM-dd}"));
        }

        original.Log(TimelineKind.ResumedAs, filedOn, $"恢复执行 Resumed as {number}", context);
        return resumed;
    }

    private void Log(TimelineKind kind, DateOnly occurredOn, string summary, ChangeContext context, Guid? recordId = null)
    {
        Append(new TimelineEntry(Id, kind, occurredOn, summary, context, recordId));
        Touch(summary);
    }

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new DomainException("case.closed", $"Case {Number} is closed ({Closure!.Mode}) and takes no further changes.");
        }
    }

    /// <summary>
    /// Dates of what happened on a case lie between filing and today. <paramref name="codePrefix"/> names the record in
    /// the problem code (<c>case.date.in_future</c>, <c>case.settlement.in_future</c>).
    /// </summary>
    private void EnsureWithinCase(DateOnly date, ChangeContext context, string what, string codePrefix = "case.date")
    {
        if (date < FiledOn)
        {
            throw new DomainException($"{codePrefix}.before_filing", $"The {what} date {date:yyyy-MM-dd} is before the case was filed ({FiledOn:yyyy-MM-dd}).");
        }

        if (date > context.Today)
        {
            throw new DomainException($"{codePrefix}.in_future", $"The {what} date {date:yyyy-MM-dd} is in the future.");
        }
    }

    private static string Required(string? text, string code, string what, int maxLength = MaxTextLength)
    {
        text = text?.Trim() ?? "";
        if (text.Length is 0 || text.Length > maxLength)
        {
            throw new DomainException(code, $"The {what} must be 1 to {maxLength} characters.");
        }

        return text;
    }
}
