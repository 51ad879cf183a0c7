using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

/// <summary>Closing a case, and the 终本 conditions and re-inquiry schedule.</summary>
public sealed partial class EnforcementCase
{
    /// <summary>The five conditions of 终本 (法〔2016〕373号), by the names the API reports.</summary>
    public static class TerminationConditions
    {
        public const string NoticeAndAssetReport = "notice_and_asset_report_order_sent";
        public const string ConsumptionRestriction = "consumption_restriction_issued";
        public const string OnlineInquiry = "online_inquiry_made";
        public const string FoundAssetsDealtWith = "assets_found_were_dealt_with";
        public const string ThreeMonthsElapsed = "more_than_three_months_since_filing";
        public const string MissingDebtorSearched = "missing_debtor_searched_or_sanctioned";
    }

    public CaseClosure? Closure { get; private set; }

    /// <summary>After 终本: the next online re-inquiry due, for 5 years.</summary>
    public DateOnly? NextReinquiryDueOn { get; private set; }

    public DateOnly? LastReinquiryOn { get; private set; }

    /// <summary>After 终本: the last day of the 5-year re-inquiry duty. Stored, so that the worklist can drop the case after it.</summary>
    public DateOnly? ReinquiryEndsOn { get; private set; }

    /// <summary>The 终本 conditions not met on <paramref name="closedOn"/>, by name; empty when all five hold.</summary>
    public IReadOnlyList<string> UnmetTerminationConditions(DateOnly closedOn)
    {
        var unmet = new List<string>();
        bool Has(MeasureKind kind) => _measures.Any(m => m.Kind == kind && m.TakenOn <= closedOn && !m.IsVoided);

        if (!Has(MeasureKind.EnforcementNotice) || !Has(MeasureKind.AssetReportOrder))
        {
            unmet.Add(TerminationConditions.NoticeAndAssetReport);
        }

        if (!Has(MeasureKind.ConsumptionRestriction))
        {
            unmet.Add(TerminationConditions.ConsumptionRestriction);
        }

        // The asset search is exhausted when the latest online inquiry found nothing executable, or when what it found
        // was dealt with afterwards (sealed, seized, frozen, deducted, auctioned), or recorded as not disposable.
        var latestInquiry = _measures.Where(m => m.Kind == MeasureKind.OnlineAssetInquiry && m.TakenOn <= closedOn && !m.IsVoided)
            .OrderBy(m => m.TakenOn).ThenBy(m => m.RecordedAtUtc).LastOrDefault();
        if (latestInquiry is null)
        {
            unmet.Add(TerminationConditions.OnlineInquiry);
        }
        else if (latestInquiry.InquiryResult == InquiryResult.AssetsFound
                 && !_measures.Any(m => DealsWithAssets(m.Kind) && m.TakenOn >= latestInquiry.TakenOn && m.TakenOn <= closedOn && !m.IsVoided))
        {
            unmet.Add(TerminationConditions.FoundAssetsDealtWith);
        }

        if (closedOn <= FiledOn.AddMonths(StatutoryClock.TerminationMinimumMonths))
        {
            unmet.Add(TerminationConditions.ThreeMonthsElapsed);
        }

        if (DebtorReportedMissingBy(closedOn) && !_measures.Any(m => SearchesOrSanctions(m.Kind) && !m.IsVoided && m.TakenOn <= closedOn && DebtorReportedMissingBy(m.TakenOn)))
        {
            unmet.Add(TerminationConditions.MissingDebtorSearched);
        }

        return unmet;
    }

    /// <summary>The measures that meet condition 5 when dated on or after the debtor was reported missing.</summary>
    private static bool SearchesOrSanctions(MeasureKind kind) =>
        kind is MeasureKind.SearchForDebtor or MeasureKind.Fine or MeasureKind.Detention;

    /// <summary>
    /// Whether the record showed the debtor missing on <paramref name="day"/>: a measure dated by then reported it. A
    /// report made after a closure does not undo the closure's compliance. A case whose flag was recorded before
    /// measures carried it keeps the flag for every day.
    /// </summary>
    private bool DebtorReportedMissingBy(DateOnly day) =>
        _measures.Any(m => m.ReportsDebtorMissing && !m.IsVoided && m.TakenOn <= day)
        || (DebtorMissing && !_measures.Any(m => m.ReportsDebtorMissing));

    /// <summary>The name the API reports when a 执行完毕 closure lacks the money.</summary>
    public const string PaymentsCoverTheClaim = "payments_by_the_closure_cover_the_claim_or_a_settlement_was_performed";

    /// <summary>
    /// What a 终本 closure on <paramref name="closedOn"/> would not meet, after the refusals <see cref="Close"/> makes
    /// before the conditions (a closed case, a day before filing or in the future, an active settlement, a day before
    /// the open pause began), so that the check never allows a day the closure refuses.
    /// </summary>
    public IReadOnlyList<string> CheckTermination(DateOnly closedOn, ChangeContext context, PaymentsAsOf? payments = null)
    {
        EnsureOpen();
        EnsureWithinCase(closedOn, context, "closure");
        EnsureMayClose(ClosureMode.TerminatedThisRound, closedOn, payments);
        return UnmetTerminationConditions(closedOn);
    }

    /// <summary>
    /// What else refuses a closure on a day: an active settlement (unless withdrawn or ended); a day before the open
    /// pause began, or before a measure, a pause, a handler's assignment or a payment already on the record (a case cannot be worked after it
    /// ended, and a 终本 dated before an inquiry that found assets would pass over them); and a 终本 of a claim the
    /// payments by that day cover, which is 执行完毕 with nothing left for a later round.
    /// </summary>
    private void EnsureMayClose(ClosureMode mode, DateOnly closedOn, PaymentsAsOf? payments)
    {
        if (Settlement?.Status == SettlementStatus.Active && mode != ClosureMode.Withdrawn && mode != ClosureMode.Terminated)
        {
            throw new DomainException("case.settlement.active", "Record the settlement as performed or breached before closing the case this way.");
        }

        if (RunningPause is { } pause)
        {
            EnsureEndsAfterStart(pause, closedOn);
        }

        var later = new (string What, DateOnly? On)[]
        {
            ("a measure", _measures.Where(m => !m.IsVoided).Max(m => (DateOnly?)m.TakenOn)),
            ("a handler's assignment", HandlerAssignedOn),
            ("a pause", _pauses.Where(p => !p.IsVoided && p.EndedOn is not null).Max(p => p.EndedOn)),
            ("a payment", payments?.LatestPaidOn),
        }.Where(e => e.On > closedOn).OrderByDescending(e => e.On).FirstOrDefault();
        if (later.On is { } on)
        {
            throw new DomainException(
                "case.closure.before_recorded_entry",
                $"The record has {later.What} dated {on:yyyy-MM-dd}; the case cannot be closed before it.");
        }

        if (mode == ClosureMode.TerminatedThisRound && (payments?.RecoveredByDay ?? RecoveredAmount) >= ClaimedAmount)
        {
            throw new DomainException(
                "case.closure.nothing_outstanding",
                $"Payments dated on or before {closedOn:yyyy-MM-dd} cover the claim of {ClaimedAmount}: close the case as fully performed (执行完毕), not 终本.");
        }
    }

    /// <summary>
    /// Closes the case. <paramref name="payments"/>: what the payments table shows for the closure's day (the aggregate
    /// does not load its payments); without it, everything recovered so far, and no payment's date is checked.
    /// </summary>
    public void Close(ClosureMode mode, DateOnly closedOn, string? note, ChangeContext context, PaymentsAsOf? payments = null)
    {
        EnsureOpen();
        if (!Enum.IsDefined(mode))
        {
            throw new DomainException("case.closure.mode_invalid", $"Unknown closure mode {mode}.");
        }

        EnsureWithinCase(closedOn, context, "closure");
        var text = Required(note, "case.closure.note_required", "note");

        switch (mode)
        {
            case ClosureMode.FullyPerformed when (payments?.RecoveredByDay ?? RecoveredAmount) < ClaimedAmount && Settlement?.Status != SettlementStatus.Performed:
                throw new DomainException(
                    "case.closure.not_fully_performed",
                    $"Payments dated on or before {closedOn:yyyy-MM-dd} come to {payments?.RecoveredByDay ?? RecoveredAmount} of {ClaimedAmount}, and no settlement was performed in full.",
                    [PaymentsCoverTheClaim]);
            case ClosureMode.TerminatedThisRound:
                var unmet = UnmetTerminationConditions(closedOn);
                if (unmet.Count > 0)
                {
                    throw new DomainException(
                        "case.closure.conditions_unmet",
                        $"终本 needs all five conditions; {unmet.Count} not met: {string.Join(", ", unmet)}.",
                        unmet);
                }

                break;
        }

        // After the mode's own conditions, so that a 执行完毕 short of the claim by its day says so whatever else refuses it.
        EnsureMayClose(mode, closedOn, payments);
        if (PausedSince is not null)
        {
            ClosePause(closedOn, context, withCase: true);
        }

        foreach (var waiting in _extensions.Where(e => e.Status == ExtensionStatus.Pending))
        {
            waiting.Lapse();
        }

        Closure = new CaseClosure(mode, closedOn, text);
        Status = CaseStatus.Closed;
        if (mode == ClosureMode.TerminatedThisRound)
        {
            NextReinquiryDueOn = StatutoryClock.NextReinquiryDue(closedOn, lastInquiryOn: null);
            ReinquiryEndsOn = StatutoryClock.ReinquiryEnds(closedOn);
        }

        Log(TimelineKind.Closed, closedOn, $"结案 Closed: {mode}. {text}", context);
        Raise(new CaseClosed(Id, mode, closedOn));
    }

    private static bool DealsWithAssets(MeasureKind kind) => kind is MeasureKind.Seal or MeasureKind.Seize or MeasureKind.Freeze
        or MeasureKind.Deduct or MeasureKind.Auction or MeasureKind.AssetNotDisposable;
}

/// <summary>
/// What a case's payments show as of one day, read from the payments table (the aggregate does not load its payments):
/// those not voided dated on or before the day, the latest date of any not voided, and of any settlement instalment.
/// </summary>
public sealed record PaymentsAsOf(Money RecoveredByDay, DateOnly? LatestPaidOn, DateOnly? LatestInstalmentOn = null);
