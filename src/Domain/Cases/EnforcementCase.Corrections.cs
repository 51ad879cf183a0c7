using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

/// <summary>
/// Corrections (更正): a mistaken payment, measure, pause or assignment is voided with a reason, never deleted. The
/// entry stays on the timeline, struck through; totals and deadlines are counted again without it. A leader may
/// reopen a wrongly closed case.
/// </summary>
public sealed partial class EnforcementCase
{
    /// <summary>The reason of the pause a settlement opens: voiding it would leave the settlement without its pause.</summary>
    private const string SettlementPauseReason = "执行和解 Settlement agreement";

    public void VoidPayment(PaymentRecord payment, string? reason, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(payment);
        EnsureOpen();
        EnsureNotResumed();
        var why = Reason(reason);
        EnsureNotVoided(payment.Voided, "payment");
        RecoveredAmount -= payment.Amount;
        if (Settlement?.Status == SettlementStatus.Active && payment.PaidOn >= Settlement.AgreedOn)
        {
            Settlement.RecordPaid(Money.Zero - (payment.Amount > Settlement.Paid ? Settlement.Paid : payment.Amount));
        }

        Correct(CorrectionKind.Payment, payment.Id, why, $"作废收款 Voided payment {payment.Amount} of {payment.PaidOn:yyyy-MM-dd}; recovered {RecoveredAmount}", context);
        if (payment.ObligationId is { } obligationId)
        {
            Raise(new ObligationPaymentVoided(Id, payment.Id, obligationId));
        }
    }

    public void VoidMeasure(Guid measureId, string? reason, ChangeContext context)
    {
        var measure = _measures.SingleOrDefault(m => m.Id == measureId)
            ?? throw new PartNotFoundException("case.measure.not_found", $"The case has no measure {measureId}.");
        // A re-inquiry dated after a 终本 closure can be voided on the closed case; one dated on the closure day may
        // have counted for the closure itself, so the case must be reopened first.
        var reinquiry = measure.Kind == MeasureKind.OnlineAssetInquiry && Closure is { Mode: ClosureMode.TerminatedThisRound } closure
                        && measure.TakenOn > closure.ClosedOn;
        if (!reinquiry)
        {
            EnsureOpen();
        }

        EnsureNotResumed();
        if (measure.AdoptedFrom is not null)
        {
            throw new DomainException(
                "case.correction.adopted_hold", $"The measure was taken over from preservation {measure.AdoptedFrom} and still holds the asset: release it instead.");
        }

        var why = Reason(reason);
        EnsureNotVoided(measure.IsVoided, "measure");
        measure.Void(context.Today);
        // Recorded before measures carried the flag, a case keeps its own.
        DebtorMissing = _measures.Any(m => !m.IsVoided && m.ReportsDebtorMissing) || (DebtorMissing && !_measures.Any(m => m.ReportsDebtorMissing));
        NoticeSentOn = Earliest(MeasureKind.EnforcementNotice);
        AssetReportOrderedOn = Earliest(MeasureKind.AssetReportOrder);
        if (reinquiry)
        {
            LastReinquiryOn = _measures.Where(m => m.Kind == MeasureKind.OnlineAssetInquiry && !m.IsVoided && m.TakenOn >= Closure!.ClosedOn)
                .Select(m => (DateOnly?)m.TakenOn).Max();
            NextReinquiryDueOn = ResumedAsCaseId is null ? StatutoryClock.NextReinquiryDue(Closure!.ClosedOn, LastReinquiryOn) : null;
        }

        Correct(CorrectionKind.Measure, measure.Id, why, $"作废措施 Voided {measure.Kind} of {measure.TakenOn:yyyy-MM-dd}: {measure.Description}", context);
        Raise(new CaseMeasureVoided(Id, measure.Id, measure.Kind));
    }

    public void VoidPause(Guid pauseId, string? reason, ChangeContext context)
    {
        EnsureOpen();
        var pause = _pauses.SingleOrDefault(p => p.Id == pauseId)
            ?? throw new PartNotFoundException("case.pause.not_found", $"The case has no pause {pauseId}.");
        var why = Reason(reason);
        EnsureNotVoided(pause.IsVoided, "pause");
        if (Settlement is { } settlement && pause.StartedOn == settlement.AgreedOn && pause.Reason == SettlementPauseReason)
        {
            throw new DomainException("case.correction.settlement_pause", "The pause belongs to the settlement: record the settlement as performed or breached instead.");
        }

        if (pause.EndedOn is { } ended)
        {
            PausedDays -= pause.Days(ended);
        }
        else
        {
            PausedSince = null;
            Status = CaseStatus.Filed;
        }

        pause.Void(context.Today);
        RecountDeadlines(context);
        Correct(CorrectionKind.Pause, pause.Id, why, $"作废中止 Voided {pause.Kind} from {pause.StartedOn:yyyy-MM-dd}; {DeadlineLine(context)}", context);
    }

    /// <summary>
    /// Voids an assignment. <paramref name="history"/> is every assignment of the case as stored (the case does not load
    /// them): the handler, the first assignment and the first-step deadline are counted again from what remains.
    /// </summary>
    public void VoidAssignment(Guid assignmentId, IReadOnlyList<AssignmentRecord> history, string? reason, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(history);
        EnsureOpen();
        var target = history.SingleOrDefault(a => a.Id == assignmentId)
            ?? throw new PartNotFoundException("case.assignment.not_found", $"The case has no assignment {assignmentId}.");
        var why = Reason(reason);
        EnsureNotVoided(target.Voided, "assignment");
        var remaining = history.Where(a => !a.Voided && a.Id != assignmentId).OrderBy(a => a.AssignedOn).ThenBy(a => a.RecordedAtUtc).ToList();
        var firstStepsDue = FirstStepsDueOn;
        if (remaining.LastOrDefault()?.StaffId is { } back && back != HandlerId)
        {
            Raise(new CaseHandlerChanged(Id, back));
        }

        HandlerId = remaining.LastOrDefault()?.StaffId;
        HandlerName = remaining.LastOrDefault()?.StaffName;
        HandlerAssignedOn = remaining.LastOrDefault()?.AssignedOn;
        FirstAssignedOn = remaining.FirstOrDefault()?.AssignedOn;
        RecountDeadlines(context);
        if (FirstAssignedOn is { } firstAssigned && FirstStepsDueOn is { } moved && moved != firstStepsDue)
        {
            Raise(new FirstStepsDueMoved(Id, firstAssigned, moved));
        }

        Correct(CorrectionKind.Assignment, target.Id, why,
            $"作废指派 Voided the assignment of {target.StaffName} on {target.AssignedOn:yyyy-MM-dd}; handler now {HandlerName ?? "none"}", context);
    }

    /// <summary>A leader reopens a wrongly closed case: the closure is struck, the case runs again on its own clock.</summary>
    public void Reopen(string? reason, ChangeContext context)
    {
        if (Closure is not { } closure)
        {
            throw new DomainException("case.not_closed", $"Case {Number} is not closed.");
        }

        if (ResumedAsCaseId is not null)
        {
            throw new DomainException("case.reopen.resumed", $"Case {Number} was resumed as {ResumedAsCaseNumber}; work that case instead.");
        }

        // A pause the closure ended runs on: the case was never rightly closed. A settlement still being performed (the
        // case withdrawn or ended during it) runs on with its suspension; one performed in full closed the case itself.
        var endedByClosure = _pauses.SingleOrDefault(p => p.EndedWithCase && !p.IsVoided);
        if (Settlement?.Status == SettlementStatus.Performed || (Settlement?.Status == SettlementStatus.Active && endedByClosure is null))
        {
            throw new DomainException(
                "case.reopen.settlement", $"Case {Number} closed with its settlement {Settlement.Status}; a reopened case could not end that settlement again.");
        }

        // Breached after the closure rested on it: the remedy is 执恢 (ResumeFrom); reopened, the case would run on a
        // suspension for a settlement that no longer runs.
        if (BreachedAfterClosingOnIt)
        {
            throw new DomainException(
                "case.reopen.settlement", $"Case {Number} closed on its settlement, breached since on {Settlement!.EndedOn:yyyy-MM-dd}; resume it as 执恢 instead.");
        }

        var why = Reason(reason);
        Closure = null;
        Status = CaseStatus.Filed;
        foreach (var lapsed in _extensions.Where(e => e.Status == ExtensionStatus.Lapsed))
        {
            lapsed.Restore();
        }

        if (endedByClosure is { } pause)
        {
            PausedDays -= pause.Days(closure.ClosedOn);
            pause.Resume();
            PausedSince = pause.StartedOn;
            Status = CaseStatus.Paused;
            RecountDeadlines(context);
        }

        // A struck 终本 has no re-inquiries: the open task in the pool is cancelled, as when the case is resumed.
        if (closure.Mode == ClosureMode.TerminatedThisRound)
        {
            Raise(new ReinquiriesStopped(Id, $"撤销结案 Reopened: the 终本 closure of {closure.ClosedOn:yyyy-MM-dd} was struck"));
        }

        NextReinquiryDueOn = null;
        LastReinquiryOn = null;
        ReinquiryEndsOn = null;
        // The pause's end logged with the closure stays on the timeline, as history: this line says it no longer holds.
        var runsOn = endedByClosure is { } resumed
            ? $" 中止/暂缓 {resumed.Kind} since {resumed.StartedOn:yyyy-MM-dd} runs on: its end with the closure on {closure.ClosedOn:yyyy-MM-dd} no longer holds, as the closure does not."
            : "";
        Log(TimelineKind.Reopened, context.Today, $"撤销结案 Reopened: the {closure.Mode} closure of {closure.ClosedOn:yyyy-MM-dd} was wrong.{runsOn} {why}", context);
    }

    /// <summary>A case resumed as 执恢 handed its outstanding amount to the new case: correcting it would leave the two apart.</summary>
    private void EnsureNotResumed()
    {
        if (ResumedAsCaseId is not null)
        {
            throw new DomainException("case.correction.resumed", $"Case {Number} was resumed as {ResumedAsCaseNumber}; correct that case instead.");
        }
    }

    private DateOnly? Earliest(MeasureKind kind) =>
        _measures.Where(m => m.Kind == kind && !m.IsVoided).Select(m => (DateOnly?)m.TakenOn).Min();

    private static string Reason(string? reason) => Required(reason, "case.correction.reason_required", "reason", CaseCorrection.MaxReasonLength);

    private static void EnsureNotVoided(bool voided, string what)
    {
        if (voided)
        {
            throw new DomainConflictException("case.correction.already_voided", $"The {what} was already voided.");
        }
    }

    private void Correct(CorrectionKind kind, Guid recordId, string reason, string what, ChangeContext context)
    {
        Append(new CaseCorrection(Id, kind, recordId, reason, context));
        Log(TimelineKind.Voided, context.Today, $"更正 {what}. {reason}", context, recordId);
    }
}
