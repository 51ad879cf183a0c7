using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.LinkedUnits;

namespace Enforcement.Domain.Obligations;

/// <summary>
/// A public-body obligation (机关、事业单位拖欠企业账款): what a linked unit that is a respondent of a case owes the
/// enterprise, and everything the court does to have it paid: urging letters, a performance plan and its revisions,
/// mediation, judicial suggestions and escalation to city leadership. Its status is computed from these facts.
/// The summary columns (<see cref="PaidAmount"/>, <see cref="OpenInstalmentDueOn"/>, …) are recounted on every change so
/// that lists filter on indexes.
/// </summary>
public sealed partial class Obligation : AggregateRoot
{
    public const int MaxTextLength = 1000;
    public const int MaxShortTextLength = 100;
    public const int MaxInstalments = 60;

    /// <summary>The regulation on ensuring payments to SMEs: 30 days from delivery, or the contract's term up to 60.</summary>
    public const int SmeStatutoryDays = 30;

    public const int SmeMaximumContractDays = 60;

    private readonly List<UrgingLetter> _letters = [];
    private readonly List<PlanRevision> _revisions = [];
    private readonly List<PlanInstalment> _instalments = [];
    private readonly List<ObligationPayment> _payments = [];
    private readonly List<MediationSession> _mediations = [];
    private readonly List<JudicialSuggestion> _suggestions = [];
    private readonly List<Escalation> _escalations = [];

    private Obligation()
    {
    }

    public Guid CaseId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public Guid LinkedUnitId { get; private set; }

    /// <summary>The unit's full name when the obligation was recorded.</summary>
    public string UnitName { get; private set; } = "";

    /// <summary>The amount owed, in fen: stored as a number so that reports sum it in SQL.</summary>
    public long AmountFen { get; private set; }

    public Money Amount => Money.FromFen(AmountFen);

    /// <summary>What the debt rests on: the judgment, the contract, the works.</summary>
    public string Basis { get; private set; } = "";

    /// <summary>For a supply contract with an SME: when the goods, works or services were delivered.</summary>
    public DateOnly? DeliveredOn { get; private set; }

    /// <summary>
    /// When the enforcement of the debt began: the filing of the case it was recorded on (for a 执恢 case, its original's).
    /// Moving to a 执恢 case keeps it. Letters, plans, mediations and suggestions are dated from then.
    /// </summary>
    public DateOnly? CaseFiledOn { get; private set; }

    /// <summary>The contract's payment term in days, if it sets one.</summary>
    public int? ContractPaymentDays { get; private set; }

    /// <summary>When the SME had to be paid by law: delivery + 30 days, or + the contract's term capped at 60, by the legal calendar.</summary>
    public DateOnly? StatutoryDueOn { get; private set; }

    /// <summary>The day the obligation was entered in the system (a backlog may be entered long after its facts).</summary>
    public DateOnly RecordedOn { get; private set; }

    /// <summary>The earliest date among its facts (delivery, letters, plans, payments, sessions, suggestions, reports) and its entry: reports as of a past date count it from here.</summary>
    public DateOnly SinceOn { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public long PaidFen { get; private set; }

    public Money PaidAmount => Money.FromFen(PaidFen);

    public bool Performed { get; private set; }

    public DateOnly? PerformedOn { get; private set; }

    /// <summary>
    /// 随案结案: the day its case closed other than by 终本 (fully performed, terminated, not enforced, rejected,
    /// withdrawn) while the debt was unpaid. The court no longer enforces it: nothing is outstanding, overdue or due.
    /// A 终本 case keeps its debts open; they move to the 执恢 case.
    /// </summary>
    public DateOnly? EndedOn { get; private set; }

    /// <summary>How the case closed on <see cref="EndedOn"/>.</summary>
    public ClosureMode? EndedWith { get; private set; }

    /// <summary>The current plan revision; 0 when no plan was agreed.</summary>
    public int PlanRevision { get; private set; }

    /// <summary>Due date of the earliest instalment of the current plan that payments do not yet cover.</summary>
    public DateOnly? OpenInstalmentDueOn { get; private set; }

    public DateOnly? FirstUrgedOn { get; private set; }

    /// <summary>The earliest reply due date among unanswered urging letters.</summary>
    public DateOnly? OpenLetterReplyDueOn { get; private set; }

    /// <summary>The earliest reply due date among unanswered judicial suggestions.</summary>
    public DateOnly? OpenSuggestionReplyDueOn { get; private set; }

    /// <summary>The highest level escalated to; 0 when none.</summary>
    public int EscalationLevel { get; private set; }

    /// <summary>The follow-up deadline of the highest level.</summary>
    public DateOnly? EscalationFollowUpDueOn { get; private set; }

    /// <summary>Escalations without an outcome yet.</summary>
    public int OpenEscalations { get; private set; }

    /// <summary>The earliest follow-up deadline among escalations without an outcome: the report still to follow up.</summary>
    public DateOnly? OpenEscalationFollowUpDueOn { get; private set; }

    public IReadOnlyList<UrgingLetter> Letters => _letters;

    public IReadOnlyList<PlanRevision> Revisions => _revisions;

    public IReadOnlyList<PlanInstalment> Instalments => _instalments;

    public IReadOnlyList<ObligationPayment> Payments => _payments;

    public IReadOnlyList<MediationSession> Mediations => _mediations;

    public IReadOnlyList<JudicialSuggestion> Suggestions => _suggestions;

    public IReadOnlyList<Escalation> Escalations => _escalations;

    /// <summary>Still owed: neither paid in full nor ended with its case. Stored, so that every list, figure and worklist filters on one column.</summary>
    public bool Owing { get; private set; } = true;

    /// <summary>The day the debt stopped being owed (ended, performed, or failing both its recording day); null while it is owed.</summary>
    public DateOnly? NoLongerOwedOn => Owing ? null : EndedOn ?? PerformedOn ?? RecordedOn;

    /// <summary>
    /// What is still owed: the amount less its payments, but never more than its case has left to recover (money the
    /// case recovered otherwise, such as a deduction from the body's account, paid the creditor as well). Stored, so
    /// that lists and figures sum one column.
    /// </summary>
    public long OutstandingFen { get; private set; }

    public Money Outstanding => Money.FromFen(OutstandingFen);

    /// <summary>What the case had left to recover when its payments were last counted (<see cref="CountCaseRecovery"/>).</summary>
    public long CaseLeftFen { get; private set; }

    /// <summary>
    /// The day the case's payments covered its whole claim, whoever paid: nothing is owed on the debt since, and it
    /// reads as performed. Null while the case has money left to recover.
    /// </summary>
    public DateOnly? CaseCoveredOn { get; private set; }

    /// <summary>The instalments of the current plan, in due-date order.</summary>
    public IEnumerable<PlanInstalment> CurrentInstalments => _instalments.Where(i => i.Revision == PlanRevision).OrderBy(i => i.Number);

    /// <summary>
    /// Records an obligation of <paramref name="unit"/> on the case <paramref name="caseRef"/>, whose respondent must be
    /// linked to the unit. <paramref name="deliveredOn"/> and <paramref name="contractPaymentDays"/> apply to a supply
    /// contract with an SME.
    /// </summary>
    public static Obligation Record(
        CaseRef caseRef, LinkedUnit unit, Money amount, string? basis, DateOnly? deliveredOn, int? contractPaymentDays, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(context);
        if (caseRef.Closed)
        {
            throw new DomainException("case.closed", $"Case {caseRef.Number} is closed; an obligation is recorded on an open case, where its payments can be recorded.");
        }

        if (!caseRef.LinkedUnitIds.Contains(unit.Id))
        {
            throw new DomainException(
                "obligation.unit.not_linked", $"{unit.FullName} is not linked to a respondent of case {caseRef.Number}; confirm the link first.", ["respondent_linked_to_unit"]);
        }

        if (!unit.IsPublicBody)
        {
            throw new DomainException(
                "obligation.unit.not_public_body", $"{unit.FullName} is a {unit.Kind}, linked for assistance; only a public body's debt is an obligation here.", ["unit_is_public_body"]);
        }

        if (amount <= Money.Zero)
        {
            throw new DomainInputException("obligation.amount.not_positive", "amount", "The amount owed must be positive.");
        }

        // What a public body owes on the case is paid as the case's payments: more than the case has left to recover would
        // record a surplus on it behind the clerk's back.
        if (caseRef.Outstanding is { } outstanding && amount > outstanding)
        {
            throw new DomainInputException(
                "obligation.amount.exceeds_outstanding", "amount", $"Case {caseRef.Number} has {outstanding} left to recover; the obligation cannot be more.");
        }

        if (contractPaymentDays is not null && deliveredOn is null)
        {
            throw new DomainInputException("obligation.delivered_on.missing", "deliveredOn", "A contract payment term runs from the delivery date; give it.");
        }

        if (contractPaymentDays is < 1 or > 365)
        {
            throw new DomainInputException("obligation.contract_days.invalid", "contractPaymentDays", "A contract payment term is 1 to 365 days.");
        }

        if (deliveredOn > context.Today)
        {
            throw new DomainInputException("obligation.delivered_on.future", "deliveredOn", $"Delivery date {deliveredOn:yyyy-MM-dd} is in the future.");
        }

        var obligation = new Obligation
        {
            CaseId = caseRef.Id,
            CaseNumber = caseRef.Number,
            LinkedUnitId = unit.Id,
            UnitName = unit.FullName,
            AmountFen = amount.Fen,
            Basis = Text(basis, MaxTextLength, "basis") ?? throw new DomainInputException("obligation.basis.missing", "basis", "Say what the debt rests on."),
            DeliveredOn = deliveredOn,
            CaseFiledOn = caseRef.FiledOn,
            ContractPaymentDays = contractPaymentDays,
            StatutoryDueOn = deliveredOn is { } delivered ? SmeDueOn(delivered, contractPaymentDays, context.Calendar) : null,
            RecordedOn = context.Today,
            RecordedBy = context.RecordedBy,
            CaseLeftFen = (caseRef.Outstanding ?? amount).Fen,
        };
        obligation.Recount();
        obligation.Touch($"公职单位欠款 Obligation of {unit.FullName} on case {caseRef.Number}: {amount}");
        return obligation;
    }

    /// <summary>
    /// The statutory payment date for a supply contract with an SME: 30 days after delivery, or the contract's own term
    /// where it sets one, never more than 60 days. The start day is not counted and a period ending on a rest day ends on
    /// the next working day.
    /// </summary>
    public static DateOnly SmeDueOn(DateOnly deliveredOn, int? contractPaymentDays, Calendar.LegalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var days = contractPaymentDays is { } term ? Math.Min(term, SmeMaximumContractDays) : SmeStatutoryDays;
        return calendar.EndOfDays(deliveredOn, days);
    }

    /// <summary>Days past the statutory due date while unpaid; 0 before it, after performance, or without one.</summary>
    public int OverdueDaysOn(DateOnly today) => OverdueDaysFrom(StatutoryDueOn, PerformedOn ?? EndedOn, today);

    /// <summary>The overdue days from the stored columns: counted to the day of performance (or of the case's closure that ended the debt), or to today while owed.</summary>
    public static int OverdueDaysFrom(DateOnly? statutoryDueOn, DateOnly? performedOn, DateOnly today) =>
        statutoryDueOn is { } due ? Math.Max(0, (performedOn ?? today).DayNumber - due.DayNumber) : 0;

    public ObligationStatus StatusOn(DateOnly today, ObligationRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return StatusFrom(Performed, EndedOn is not null, PlanRevision, OpenInstalmentDueOn, FirstUrgedOn, today, rules.DefaultAfterDays);
    }

    /// <summary>
    /// The status from the stored summary columns: lists compute it from the same columns they filter on, so a row's
    /// status and the status filter always agree.
    /// </summary>
    public static ObligationStatus StatusFrom(
        bool performed, bool ended, int planRevision, DateOnly? openInstalmentDueOn, DateOnly? firstUrgedOn, DateOnly today, int defaultAfterDays) =>
        performed ? ObligationStatus.Performed
        : ended ? ObligationStatus.Ended
        : planRevision > 0 ? (openInstalmentDueOn is { } due && today.DayNumber - due.DayNumber > defaultAfterDays ? ObligationStatus.InDefault : ObligationStatus.PlanAgreed)
        : firstUrgedOn is null ? ObligationStatus.Open
        : ObligationStatus.Urged;

    /// <summary>
    /// Whether the rules allow the next level of escalation today, from the stored summary columns: not performed, not
    /// at the top level, in default or a letter unanswered past due, and the highest level's follow-up deadline passed.
    /// <paramref name="owing"/>: <see cref="Owing"/>.
    /// </summary>
    public static bool EscalationSuggestedFrom(
        bool owing, int escalationLevel, DateOnly? followUpDueOn, DateOnly? openInstalmentDueOn, DateOnly? openLetterReplyDueOn,
        DateOnly today, int defaultAfterDays) =>
        owing
        && escalationLevel < (int)Obligations.EscalationLevel.CityPartyCommittee
        && ((openInstalmentDueOn is { } due && today.DayNumber - due.DayNumber > defaultAfterDays) || openLetterReplyDueOn < today)
        && (escalationLevel == 0 || followUpDueOn < today);

    /// <summary>
    /// On <paramref name="day"/>, an instalment of the current plan was unpaid more than
    /// <see cref="ObligationRules.DefaultAfterDays"/> days after its due date, counting the payments dated by then.
    /// </summary>
    public bool InDefaultOn(DateOnly day, ObligationRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return !(PerformedOn <= day) && DaysLateOn(day) > rules.DefaultAfterDays;
    }

    /// <summary>Days the earliest instalment not covered by the payments dated by <paramref name="day"/> is past its due date; 0 when none is late.</summary>
    public int DaysLateOn(DateOnly day) =>
        OpenInstalmentOn(day) is { } open ? Math.Max(0, day.DayNumber - open.DueOn.DayNumber) : 0;

    private static string? Text(string? text, int maxLength, string field) => InputText.Optional("obligation", text, maxLength, field);

    private static string Required(string? text, int maxLength, string field) => InputText.Required("obligation", text, maxLength, field);

    private void EnsureNotPerformed()
    {
        if (Performed)
        {
            throw new DomainException("obligation.performed", $"The obligation of {UnitName} on case {CaseNumber} is performed; nothing more is needed.");
        }

        EnsureNotEnded();
    }

    private void EnsureNotEnded()
    {
        if (EndedOn is { } ended)
        {
            throw new DomainException("obligation.ended", $"Case {CaseNumber} closed ({EndedWith}) on {ended:yyyy-MM-dd}; the court no longer enforces this debt.");
        }
    }

    /// <summary>
    /// Its case closed on <paramref name="closedOn"/> other than by 终本: an unpaid debt ends with it (<see cref="EndedOn"/>).
    /// A debt already paid, or already ended, is left as it is.
    /// </summary>
    public void EndWithCase(ClosureMode mode, DateOnly closedOn)
    {
        if (mode == ClosureMode.TerminatedThisRound || !Owing)
        {
            return;
        }

        EndedOn = closedOn;
        EndedWith = mode;
        Recount();
        Touch($"随案结案 Case {CaseNumber} closed ({mode}) on {closedOn:yyyy-MM-dd}: the court no longer enforces this debt");
    }

    /// <summary>
    /// The closure that ended the debt was undone (the case was reopened), or its enforcement goes on in a 执恢 case (the
    /// settlement the case was closed on was breached): it is enforced again.
    /// </summary>
    public void ReviveWithCase(string? why = null)
    {
        if (EndedOn is null)
        {
            return;
        }

        EndedOn = null;
        EndedWith = null;
        Recount();
        Touch(why ?? $"案件重开 Case {CaseNumber} was reopened: the debt is enforced again");
    }

    /// <summary>
    /// The case's payments changed (recorded or voided, by the debt or otherwise): <paramref name="leftToRecover"/> is
    /// what the case has left. No debt on it is more outstanding than that, and once nothing is left the debt is
    /// performed, from <paramref name="coveredOn"/> (the first day the case's payments reached the claim). A void that
    /// leaves money to recover again makes it owed again.
    /// </summary>
    public void CountCaseRecovery(Money leftToRecover, DateOnly? coveredOn)
    {
        var covered = leftToRecover <= Money.Zero ? coveredOn ?? CaseCoveredOn : null;
        var left = leftToRecover <= Money.Zero ? 0 : leftToRecover.Fen;
        if (left == CaseLeftFen && covered == CaseCoveredOn)
        {
            return;
        }

        var wasOwing = Owing;
        (CaseLeftFen, CaseCoveredOn) = (left, covered);
        Recount();
        if (wasOwing && !Owing)
        {
            Touch($"案款执行到位 Case {CaseNumber} recovered its whole claim by {covered:yyyy-MM-dd}: nothing is owed on this debt");
        }
        else if (!wasOwing && Owing)
        {
            Touch($"案款不足 Case {CaseNumber} again has {leftToRecover} left to recover: the debt is owed again");
        }
    }

    private static void EnsureNotFuture(DateOnly day, ChangeContext context, string field) => InputText.NotFuture("obligation", day, context.Today, field);

    /// <summary>Recounts the summary columns from the records.</summary>
    private void Recount()
    {
        PaidFen = _payments.Aggregate(Money.Zero, (sum, p) => sum + p.Amount).Fen;
        var paidInFull = PaidAmount >= Amount;
        Performed = paidInFull || CaseCoveredOn is not null;
        Owing = !Performed && EndedOn is null;
        OutstandingFen = Owing ? Math.Min(AmountFen - PaidFen, CaseLeftFen) : 0;
        PerformedOn = CaseCoveredOn;
        if (paidInFull)
        {
            var running = Money.Zero;
            foreach (var payment in _payments.OrderBy(p => p.PaidOn))
            {
                running += payment.Amount;
                if (running >= Amount)
                {
                    PerformedOn = PerformedOn < payment.PaidOn ? PerformedOn : payment.PaidOn;
                    break;
                }
            }
        }

        OpenInstalmentDueOn = Owing ? OpenInstalmentOn(DateOnly.MaxValue)?.DueOn : null;
        SinceOn = new[] { DeliveredOn ?? RecordedOn, RecordedOn }
            .Concat(_letters.Select(l => l.SentOn)).Concat(_revisions.Select(r => r.AgreedOn)).Concat(_payments.Select(p => p.PaidOn))
            .Concat(_mediations.Select(m => m.HeldOn)).Concat(_suggestions.Select(x => x.SentOn)).Concat(_escalations.Select(e => e.ReportedOn))
            .Min();
        FirstUrgedOn = _letters.Count == 0 ? null : _letters.Min(l => l.SentOn);
        OpenLetterReplyDueOn = _letters.Where(l => l.RepliedOn is null).Select(l => (DateOnly?)l.ReplyDueOn).Min();
        OpenSuggestionReplyDueOn = _suggestions.Where(s => s.RepliedOn is null).Select(s => (DateOnly?)s.ReplyDueOn).Min();
        var highest = _escalations.MaxBy(e => e.Level);
        EscalationLevel = highest is null ? 0 : (int)highest.Level;
        EscalationFollowUpDueOn = highest?.FollowUpDueOn;
        OpenEscalations = _escalations.Count(e => e.Outcome is null);
        OpenEscalationFollowUpDueOn = _escalations.Where(e => e.Outcome is null).Select(e => (DateOnly?)e.FollowUpDueOn).Min();
    }

    /// <summary>The earliest instalment of the current plan not covered by the payments dated on or before <paramref name="day"/>.</summary>
    private PlanInstalment? OpenInstalmentOn(DateOnly day) => CoverageOn(day).FirstOrDefault(c => !c.Covered).Instalment;

    /// <summary>The current plan's instalments, each with whether the payments dated on or before <paramref name="day"/> cover it.</summary>
    public IReadOnlyList<(PlanInstalment Instalment, bool Covered)> CoverageOn(DateOnly day) =>
        [.. CoverageOf(PlanRevision).Select(c => (c.Instalment, c.CoveredOn <= day))];

    /// <summary>
    /// The instalments of plan <paramref name="revision"/>, each with the day the payments covered it (null while they
    /// have not). A plan counts the payments dated from its agreement until the next revision was agreed, and they cover
    /// its instalments in order, whichever instalment the clerk named: an earlier plan keeps what was paid under it.
    /// </summary>
    public IReadOnlyList<(PlanInstalment Instalment, DateOnly? CoveredOn)> CoverageOf(int revision)
    {
        if (_revisions.SingleOrDefault(r => r.Number == revision) is not { } plan)
        {
            return [];
        }

        var until = SupersededOn(revision);
        var running = Money.Zero;
        var paidBy = _payments.Where(p => p.PaidOn >= plan.AgreedOn && !(p.PaidOn >= until)).OrderBy(p => p.PaidOn)
            .Select(p => (p.PaidOn, Total: running += p.Amount)).ToList();
        var due = Money.Zero;
        var coverage = new List<(PlanInstalment, DateOnly?)>();
        foreach (var instalment in _instalments.Where(i => i.Revision == revision).OrderBy(i => i.Number))
        {
            due += instalment.Amount;
            coverage.Add((instalment, paidBy.Where(p => p.Total >= due).Select(p => (DateOnly?)p.PaidOn).FirstOrDefault()));
        }

        return coverage;
    }

    /// <summary>The day plan <paramref name="revision"/> was replaced by the next, or null while it is the current plan.</summary>
    public DateOnly? SupersededOn(int revision) => _revisions.Where(r => r.Number > revision).Select(r => (DateOnly?)r.AgreedOn).Min();

    /// <summary>
    /// 执恢: the case was resumed as <paramref name="resumedCaseId"/>, which enforces what is still outstanding against the
    /// same respondents and links; an obligation not yet performed moves there, where its payments can be recorded.
    /// </summary>
    public void MoveToResumedCase(Guid resumedCaseId, string resumedCaseNumber, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Owing)
        {
            return;
        }

        var from = CaseNumber;
        (CaseId, CaseNumber) = (resumedCaseId, resumedCaseNumber);
        Touch($"恢复执行 Moved from {from} to the resumed case {resumedCaseNumber}");
    }

    /// <summary>A supervision order's step (督办), in the obligation's history.</summary>
    public void RecordSupervision(Supervision.SupervisionStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        Touch(step.Summary);
    }

    private PlanRevision? CurrentRevision => _revisions.SingleOrDefault(r => r.Number == PlanRevision);
}

/// <summary>The case an obligation is recorded on: its id, number and the units its respondents are linked to.</summary>
/// <summary>
/// The case an obligation is recorded on, as the obligation needs it. <paramref name="Outstanding"/>: what the case
/// still has to recover (claimed less recovered), which the obligation cannot exceed; null where not checked.
/// </summary>
/// <summary>
/// The case an obligation is recorded on. <paramref name="FiledOn"/>: when its enforcement began (the case's filing, or
/// for a 执恢 case its original's), before which the court neither urges nor mediates.
/// </summary>
public sealed record CaseRef(
    Guid Id, string Number, IReadOnlyCollection<Guid> LinkedUnitIds, bool Closed = false, Money? Outstanding = null, DateOnly? FiledOn = null);
