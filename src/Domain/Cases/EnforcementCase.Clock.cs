using Enforcement.Domain.Common;
using Enforcement.Domain.Staff;

namespace Enforcement.Domain.Cases;

/// <summary>The statutory clock: pauses, extensions and settlement.</summary>
public sealed partial class EnforcementCase
{
    private readonly List<ClockPause> _pauses = [];
    private readonly List<ExtensionRequest> _extensions = [];

    /// <summary>Days of closed pauses. Stored, so that the deadline is a column the worklists can index.</summary>
    public int PausedDays { get; private set; }

    /// <summary>The start of the open pause, if the clock stands still now.</summary>
    public DateOnly? PausedSince { get; private set; }

    /// <summary>Months added by approved extensions.</summary>
    public int ExtensionMonths { get; private set; }

    /// <summary>The limit in months, with approved extensions.</summary>
    public int LimitMonths => StatutoryClock.Months(NonLitigation, ExtensionMonths);

    /// <summary>
    /// The statutory deadline counting the closed pauses. While a pause is open the deadline moves on day by day;
    /// <see cref="ClockOn"/> gives it for a given day.
    /// </summary>
    public DateOnly Deadline { get; private set; }

    public IReadOnlyList<ClockPause> Pauses => _pauses;

    public IReadOnlyList<ExtensionRequest> Extensions => _extensions;

    public SettlementAgreement? Settlement { get; private set; }

    /// <summary>The stored dates the clock rules read.</summary>
    public CaseSchedule Schedule => new(
        Status, FiledOn, NonLitigation, ExtensionMonths, PausedDays, PausedSince, Deadline, HandlerDueOn, FirstAssignedOn, FirstStepsDueOn,
        NoticeSentOn, AssetReportOrderedOn, Closure?.ClosedOn, NextReinquiryDueOn, ReinquiryEndsOn);

    /// <summary>Every date-dependent value of the case on <paramref name="today"/>: deadline, days remaining, the late and due flags.</summary>
    public CaseClockReading ClockOn(DateOnly today, Calendar.LegalCalendar calendar) => Schedule.On(today, calendar);

    /// <summary>
    /// The deadline as the case's page gives it on the change's day, for a timeline line: while a pause runs, the stored
    /// date counts only the ended pauses, so the line says where the running one has moved it so far.
    /// </summary>
    private string DeadlineLine(ChangeContext context) =>
        PausedSince is { } since
            ? $"deadline {ClockOn(context.Today, context.Calendar).Deadline:yyyy-MM-dd} as of {context.Today:yyyy-MM-dd}, paused since {since:yyyy-MM-dd}"
            : $"deadline {Deadline:yyyy-MM-dd}";

    public ClockPause Pause(PauseKind kind, DateOnly startedOn, string? reason, ChangeContext context)
    {
        EnsureOpen();
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("case.pause.kind_invalid", $"Unknown pause kind {kind}.");
        }

        return OpenPause(kind, startedOn, Required(reason, "case.pause.reason_required", "reason"), context);
    }

    public ClockPause EndPause(DateOnly endedOn, ChangeContext context)
    {
        EnsureOpen();
        if (Settlement?.Status == SettlementStatus.Active)
        {
            throw new DomainException("case.settlement.active", "The pause belongs to the settlement: record it as performed or breached.");
        }

        return ClosePause(endedOn, context);
    }

    public ExtensionRequest RequestExtension(string? reason, int months, ChangeContext context)
    {
        EnsureOpen();
        if (PausedSince is not null)
        {
            throw new DomainException("case.extension.paused", "The clock is paused; the deadline is not running out.");
        }

        if (_extensions.Any(e => e.Status == ExtensionStatus.Pending))
        {
            throw new DomainException("case.extension.pending", "An extension request is already waiting for a decision.");
        }

        if (months <= 0)
        {
            throw new DomainException("case.extension.months_invalid", "An extension adds a positive number of months.");
        }

        if (!StatutoryClock.InExtensionWindow(Deadline, context.Today))
        {
            throw new DomainException(
                "case.extension.outside_window",
                $"An extension is requested within the last {StatutoryClock.ExtensionWindowDays} days before the deadline " +
                $"({Deadline.AddDays(-StatutoryClock.ExtensionWindowDays):yyyy-MM-dd} to {Deadline:yyyy-MM-dd}).");
        }

        var request = new ExtensionRequest(context.Today, months, Required(reason, "case.extension.reason_required", "reason"));
        _extensions.Add(request);
        Log(TimelineKind.ExtensionRequested, context.Today, $"延长审限申请 Extension of {months} months requested: {request.Reason}", context);
        return request;
    }

    public void DecideExtension(Guid extensionId, bool approve, StaffMember approver, string? note, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(approver);
        EnsureOpen();
        var request = _extensions.SingleOrDefault(e => e.Id == extensionId)
            ?? throw new PartNotFoundException("case.extension.not_found", $"The case has no extension request {extensionId}.");
        if (request.Status != ExtensionStatus.Pending)
        {
            throw new DomainException("case.extension.decided", $"The extension request was already {request.Status}.");
        }

        if (!approver.CanApproveExtensions)
        {
            throw new DomainException("case.extension.approver_not_leader", $"{approver.Name} is not an active court leader (院领导).");
        }

        request.Decide(approve, approver.Id, context.Today, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        if (approve)
        {
            ExtensionMonths += request.Months;
            RecountDeadlines(context);
        }

        Log(TimelineKind.ExtensionDecided, context.Today,
            approve ? $"延长审限 Extension approved by {approver.Name}; {DeadlineLine(context)}" : $"Extension refused by {approver.Name}", context);
    }

    /// <summary>Records a settlement agreement (执行和解); enforcement is suspended while it is performed.</summary>
    public void AgreeSettlement(DateOnly agreedOn, string? terms, IReadOnlyList<SettlementInstalment> instalments, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(instalments);
        EnsureOpen();
        if (Settlement is not null)
        {
            throw new DomainException("case.settlement.exists", $"The case already has a settlement ({Settlement.Status}).");
        }

        if (instalments.Count == 0)
        {
            throw new DomainException("case.settlement.no_instalments", "A settlement needs an instalment plan.");
        }

        if (instalments.Any(i => i.Amount <= Money.Zero || i.DueOn < agreedOn))
        {
            throw new DomainException("case.settlement.instalment_invalid", "Each instalment has a positive amount, due on or after the agreement.");
        }

        // Performing the plan records what it promised as paid: a plan above what is left to recover would record money
        // no one owed (a 99,999,999 plan on a 30,000 claim).
        var promised = instalments.Aggregate(Money.Zero, (sum, i) => sum + i.Amount);
        if (promised > LeftToRecover)
        {
            throw new DomainException(
                "case.settlement.exceeds_outstanding", $"The instalments come to {promised}; the case has {LeftToRecover} left to recover.");
        }

        var text = Required(terms, "case.settlement.terms_required", "terms");
        EnsureWithinCase(agreedOn, context, "settlement", "case.settlement");
        OpenPause(PauseKind.Suspension, agreedOn, SettlementPauseReason, context);
        Settlement = new SettlementAgreement(agreedOn, text, instalments.OrderBy(i => i.DueOn));
        Log(TimelineKind.SettlementAgreed, agreedOn, $"执行和解 Settlement: {instalments.Count} instalments, {Settlement.Total}", context);
    }

    /// <summary>
    /// The settlement was performed in full: what its instalments promised and was not yet recorded is recorded as paid
    /// (payments are the one source of recovered money), the suspension ends, and the case closes as fully performed,
    /// not on a day before a payment on record (<paramref name="payments"/>, as <see cref="Close"/> reads them). On a case
    /// withdrawn or ended on the settlement while it ran, the performance is recorded on the closed case, which stays closed.
    /// </summary>
    public void SettlementPerformed(DateOnly performedOn, ChangeContext context, PaymentsAsOf? payments = null)
    {
        if (ClosedOnASettlement)
        {
            EndAfterClosure(SettlementStatus.Performed, performedOn, TimelineKind.SettlementPerformed,
                "和解履行完毕 Settlement performed after the case closed on it; the closure stands", context);
            return;
        }

        EndSettlement(SettlementStatus.Performed, performedOn, TimelineKind.SettlementPerformed, "和解履行完毕 Settlement performed", context);
        // What the plan promised and was not yet recorded, but never more than the claim has left: a payment recorded
        // since, dated before the agreement, already paid part of it.
        var outstanding = Settlement!.Total - Settlement.Paid;
        outstanding = outstanding < LeftToRecover ? outstanding : LeftToRecover;
        if (outstanding > Money.Zero)
        {
            RecordPaymentOf(outstanding, performedOn, PaymentSource.SettlementInstalment, "和解协议履行完毕 Settlement instalments paid", context);
        }

        Close(ClosureMode.FullyPerformed, performedOn, "和解协议履行完毕 Settlement performed in full", context, payments);
    }

    /// <summary>
    /// The settlement was breached: enforcement resumes. On a case the creditor withdrew, or the court ended (终结执行),
    /// on the settlement while it ran, the breach is recorded on the closed case, on or after its closure, and lets the
    /// creditor apply to resume (民诉法解释 465: <see cref="ResumeFrom"/>).
    /// </summary>
    public void SettlementBreached(DateOnly breachedOn, ChangeContext context, PaymentsAsOf? payments = null)
    {
        // An instalment on record was paid under the settlement: it had not been breached before that day.
        if (payments?.LatestInstalmentOn is { } paid && paid > breachedOn)
        {
            throw new DomainException(
                "case.settlement.breach_before_instalment", $"An instalment of the settlement was paid on {paid:yyyy-MM-dd}; the breach cannot be dated before it.");
        }

        if (!ClosedOnASettlement)
        {
            EndSettlement(SettlementStatus.Breached, breachedOn, TimelineKind.SettlementBreached, "不履行和解 Settlement breached; enforcement resumes", context);
            return;
        }

        EndAfterClosure(SettlementStatus.Breached, breachedOn, TimelineKind.SettlementBreached,
            "不履行和解 Settlement breached after the case closed on it; enforcement may resume as 执恢", context);
    }

    /// <summary>
    /// Ends a settlement the case closed on while it ran (<see cref="ClosedOnASettlement"/>), on or after the closure. The
    /// closure stands: performed, nothing is left to do (nothing is recorded as paid on the closed case); breached, the
    /// creditor may resume.
    /// </summary>
    private void EndAfterClosure(SettlementStatus status, DateOnly on, TimelineKind kind, string summary, ChangeContext context)
    {
        if (on < Closure!.ClosedOn)
        {
            var outcome = status == SettlementStatus.Performed ? "performed" : "breach";
            throw new DomainException(
                $"case.settlement.{outcome}_before_closure",
                $"The case closed on {Closure.ClosedOn:yyyy-MM-dd} while its settlement ran; its end is dated on or after that day.");
        }

        EnsureWithinCase(on, context, "settlement", "case.settlement");
        Settlement!.End(status, on);
        Log(kind, on, summary, context);
    }

    /// <summary>
    /// Closed as withdrawn (撤回) or ended (终结执行) while its settlement was being performed: the closure rested on the
    /// settlement, and its end (performed or breached) is still to be recorded.
    /// </summary>
    private bool ClosedOnASettlement =>
        IsClosed && Closure!.Mode is ClosureMode.Withdrawn or ClosureMode.Terminated && Settlement?.Status == SettlementStatus.Active;

    /// <summary>
    /// A settlement breached after the case was withdrawn or ended on it (<see cref="SettlementBreached"/>): the closure
    /// ended the settlement's own suspension, which only a closure while it ran does (a breach first ends it itself, so
    /// a case breached and then closed on the same day is told apart).
    /// </summary>
    public bool BreachedAfterClosingOnIt =>
        IsClosed && Closure!.Mode is ClosureMode.Withdrawn or ClosureMode.Terminated && Settlement?.Status == SettlementStatus.Breached
        && _pauses.Any(p => p.EndedWithCase && !p.IsVoided && p.Reason == SettlementPauseReason);

    private void EndSettlement(SettlementStatus status, DateOnly on, TimelineKind kind, string summary, ChangeContext context)
    {
        EnsureOpen();
        if (Settlement?.Status != SettlementStatus.Active)
        {
            throw new DomainException("case.settlement.not_active", "The case has no settlement being performed.");
        }

        if (on < Settlement.AgreedOn)
        {
            throw new DomainException("case.settlement.before_agreement", $"The settlement was agreed on {Settlement.AgreedOn:yyyy-MM-dd}; it cannot end before.");
        }

        EnsureWithinCase(on, context, "settlement", "case.settlement");
        ClosePause(on, context);
        Settlement.End(status, on);
        Log(kind, on, summary, context);
    }

    private ClockPause OpenPause(PauseKind kind, DateOnly startedOn, string reason, ChangeContext context)
    {
        if (PausedSince is not null)
        {
            throw new DomainException("case.pause.already_open", $"The clock is already paused since {PausedSince:yyyy-MM-dd}.");
        }

        EnsureWithinCase(startedOn, context, "pause");
        if (_pauses.LastOrDefault(p => !p.IsVoided) is { } previous && startedOn < previous.EndedOn)
        {
            throw new DomainException("case.pause.overlaps", $"The pause cannot start before the previous one ended ({previous.EndedOn:yyyy-MM-dd}).");
        }

        var pause = new ClockPause(kind, startedOn, reason);
        _pauses.Add(pause);
        PausedSince = startedOn;
        Status = CaseStatus.Paused;
        Log(TimelineKind.PauseStarted, startedOn, $"{kind}: {reason}", context, pause.Id);
        return pause;
    }

    private static void EnsureEndsAfterStart(ClockPause pause, DateOnly endedOn)
    {
        if (endedOn < pause.StartedOn)
        {
            throw new DomainException("case.pause.end_before_start", $"The pause started on {pause.StartedOn:yyyy-MM-dd}.");
        }
    }

    private ClockPause? RunningPause => _pauses.LastOrDefault(p => p.EndedOn is null && !p.IsVoided);

    private ClockPause ClosePause(DateOnly endedOn, ChangeContext context, bool withCase = false)
    {
        var pause = RunningPause ?? throw new DomainException("case.pause.none_open", "The clock is not paused.");
        EnsureEndsAfterStart(pause, endedOn);

        EnsureWithinCase(endedOn, context, "resumption");
        pause.End(endedOn, withCase);
        PausedDays += pause.Days(endedOn);
        PausedSince = null;
        Status = IsClosed ? CaseStatus.Closed : CaseStatus.Filed;
        RecountDeadlines(context);
        Log(TimelineKind.PauseEnded, endedOn, $"恢复计算审限 {pause.Kind} ended after {pause.Days(endedOn)} days; deadline {Deadline:yyyy-MM-dd}", context, pause.Id);
        return pause;
    }

    /// <summary>Counts the stored deadlines again after a change to what they are counted from.</summary>
    private void RecountDeadlines(ChangeContext context)
    {
        var counted = StatutoryClock.Count(FiledOn, NonLitigation, ExtensionMonths, PausedDays, FirstAssignedOn, context.Calendar);
        Deadline = counted.Deadline;
        HandlerDueOn = counted.HandlerDueOn;
        FirstStepsDueOn = counted.FirstStepsDueOn;
    }
}
