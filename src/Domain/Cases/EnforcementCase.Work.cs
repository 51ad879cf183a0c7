using Enforcement.Domain.Common;
using Enforcement.Domain.Preservation;
using Enforcement.Domain.Staff;

namespace Enforcement.Domain.Cases;

/// <summary>Handler assignment, measures and payments.</summary>
public sealed partial class EnforcementCase
{
    private readonly List<CaseMeasure> _measures = [];

    public Guid? HandlerId { get; private set; }

    public string? HandlerName { get; private set; }

    /// <summary>When the current handler was assigned.</summary>
    public DateOnly? HandlerAssignedOn { get; private set; }

    /// <summary>When the first handler was assigned; the 7-day rule and the first-step deadline count from it.</summary>
    public DateOnly? FirstAssignedOn { get; private set; }

    /// <summary>Filing + 7 days: a handler assigned later, or not yet, is late.</summary>
    public DateOnly HandlerDueOn { get; private set; }

    /// <summary>First assignment + 3 days: the notice and the asset-report order are due.</summary>
    public DateOnly? FirstStepsDueOn { get; private set; }

    public DateOnly? NoticeSentOn { get; private set; }

    public DateOnly? AssetReportOrderedOn { get; private set; }

    /// <summary>The debtor's whereabouts are unknown (e.g. the notice could not be served).</summary>
    public bool DebtorMissing { get; private set; }

    public IReadOnlyList<CaseMeasure> Measures => _measures;

    /// <summary>What was recovered beyond the claim (interest accrues while a case runs).</summary>
    public Money Surplus => SurplusOf(ClaimedAmount, RecoveredAmount);

    /// <summary>What <paramref name="recovered"/> exceeds <paramref name="claimed"/> by; zero otherwise.</summary>
    public static Money SurplusOf(Money claimed, Money recovered) => recovered > claimed ? recovered - claimed : Money.Zero;

    public void AssignHandler(StaffMember handler, DateOnly assignedOn, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(handler);
        EnsureOpen();
        EnsureWithinCase(assignedOn, context, "assignment");
        if (!handler.CanHandleCases)
        {
            throw new DomainException("case.handler.not_eligible", $"{handler.Name} is not an active officer of the enforcement bureau or the governance centre.");
        }

        if (handler.Id == HandlerId)
        {
            throw new DomainException("case.handler.unchanged", $"{handler.Name} already handles this case.");
        }

        if (HandlerAssignedOn is { } previous && assignedOn < previous)
        {
            throw new DomainException("case.handler.before_previous", $"The assignment cannot be dated before the previous one ({previous:yyyy-MM-dd}).");
        }

        var assignment = new HandlerAssignment(Id, handler.Id, handler.Name, assignedOn, context);
        Append(assignment);
        Raise(new CaseHandlerChanged(Id, handler.Id));
        HandlerId = handler.Id;
        HandlerName = handler.Name;
        HandlerAssignedOn = assignedOn;
        if (FirstAssignedOn is null)
        {
            FirstAssignedOn = assignedOn;
            RecountDeadlines(context);
            Raise(new FirstHandlerAssigned(Id, Number.Value, assignedOn, FirstStepsDueOn!.Value, NoticeSentOn is not null, AssetReportOrderedOn is not null));
        }

        Log(TimelineKind.HandlerAssigned, assignedOn, $"承办人 Handler: {handler.Name}（{handler.Position}）", context, assignment.Id);
    }

    public CaseMeasure RecordMeasure(
        MeasureKind kind,
        DateOnly takenOn,
        string? description,
        Money? amount,
        string? asset,
        InquiryResult? inquiryResult,
        string? listingGround,
        bool debtorMissing,
        ChangeContext context,
        AssetKind? assetKind = null,
        DateOnly? until = null)
    {
        var reinquiry = kind == MeasureKind.OnlineAssetInquiry && Closure?.Mode == ClosureMode.TerminatedThisRound;
        if (!reinquiry)
        {
            EnsureOpen();
        }

        EnsureWithinCase(takenOn, context, "measure");
        // Resumed as 执恢, the enforcement (its inquiries included) continues in that case; one recorded here could not
        // be corrected either (a resumed case's records are corrected in the 执恢 case).
        if (reinquiry && ResumedAsCaseId is not null)
        {
            throw new DomainException(
                "case.reinquiry.resumed", $"Case {Number} was resumed as {ResumedAsCaseNumber}; record the inquiry on that case.");
        }

        if (reinquiry && takenOn < Closure!.ClosedOn)
        {
            throw new DomainException("case.date.before_closure", "A re-inquiry on a 终本 case is dated on or after the closure.");
        }

        if (amount is { } value && value <= Money.Zero)
        {
            throw new DomainException("case.measure.amount_not_positive", "A measure's amount must be positive.");
        }

        if (kind == MeasureKind.OnlineAssetInquiry && inquiryResult is null)
        {
            throw new DomainException("case.measure.inquiry_result_required", "An online asset inquiry records whether assets were found.");
        }

        if (kind != MeasureKind.OnlineAssetInquiry && inquiryResult is not null)
        {
            throw new DomainException("case.measure.inquiry_result_not_allowed", "Only an online asset inquiry has an inquiry result.");
        }

        if (kind == MeasureKind.DishonestDebtorListing && string.IsNullOrWhiteSpace(listingGround))
        {
            throw new DomainException("case.measure.listing_ground_required", "A dishonest-debtor listing records its legal ground.");
        }

        var holdKind = HoldKind(kind, assetKind);
        if (until is not null && holdKind is null)
        {
            throw new DomainException("case.measure.until_not_allowed", "Only a seal, seizure or freeze runs until a date.");
        }

        var measure = new CaseMeasure(
            kind, takenOn, Required(description, "case.measure.description_required", "description"), amount,
            string.IsNullOrWhiteSpace(asset) ? null : asset.Trim(), inquiryResult,
            kind == MeasureKind.DishonestDebtorListing ? listingGround!.Trim() : null,
            holdKind is { } k ? AssetHold.Start(k, takenOn, until) : null, context) { ReportsDebtorMissing = debtorMissing };
        _measures.Add(measure);

        if (kind == MeasureKind.EnforcementNotice && (NoticeSentOn is null || takenOn < NoticeSentOn))
        {
            NoticeSentOn = takenOn;
        }

        if (kind == MeasureKind.AssetReportOrder && (AssetReportOrderedOn is null || takenOn < AssetReportOrderedOn))
        {
            AssetReportOrderedOn = takenOn;
        }

        DebtorMissing |= debtorMissing;
        if (kind is MeasureKind.EnforcementNotice or MeasureKind.AssetReportOrder or MeasureKind.OnlineAssetInquiry)
        {
            Raise(new CaseMeasureRecorded(Id, measure.Id, kind, takenOn));
        }

        if (reinquiry)
        {
            LastReinquiryOn = LastReinquiryOn is { } last && last > takenOn ? last : takenOn;
            NextReinquiryDueOn = ResumedAsCaseId is null ? StatutoryClock.NextReinquiryDue(Closure!.ClosedOn, LastReinquiryOn) : null;
        }

        Log(TimelineKind.Measure, takenOn, $"{kind}: {measure.Description}" + (amount is { } a ? $" ({a})" : "")
            + (measure.Hold is { } hold ? $", until {hold.ExpiresOn:yyyy-MM-dd}" : ""), context, measure.Id);
        return measure;
    }

    /// <summary>
    /// Takes over a measure of a preservation order converted into this case: its hold keeps its start and expiry
    /// (the period runs on) and its renewal history.
    /// </summary>
    public CaseMeasure AdoptPreservedMeasure(PreservationMeasure preserved, string orderNumber, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(preserved);
        EnsureOpen();
        var kind = preserved.Hold.AssetKind switch
        {
            AssetKind.Immovable => MeasureKind.Seal,
            AssetKind.Movable => MeasureKind.Seize,
            _ => MeasureKind.Freeze,
        };
        var measure = new CaseMeasure(kind, preserved.Hold.StartOn, $"保全转执行 from {orderNumber}: {preserved.Description}", preserved.Amount,
            preserved.HolderOrRegistry, null, null, preserved.Hold.Copy(), context, orderNumber);
        _measures.Add(measure);
        Log(TimelineKind.Measure, context.Today, $"{kind} converted from preservation {orderNumber}: {preserved.Description}, until {measure.Hold!.ExpiresOn:yyyy-MM-dd}", context, measure.Id);
        return measure;
    }

    /// <summary>
    /// Renews a seal, seizure or freeze (续行). Holds run on after 终本, and on a case resumed as 执恢, so such a case still
    /// renews them.
    /// </summary>
    /// <summary>
    /// Whether a case renews its holds: while open, and once closed only as 终本 or as the original of a 执恢 (their
    /// holds run on there). The worklists read the same rule from the stored columns.
    /// </summary>
    public static bool RenewsHolds(CaseStatus status, ClosureMode? closedAs, bool resumed) =>
        status != CaseStatus.Closed || closedAs == ClosureMode.TerminatedThisRound || resumed;

    public HoldRenewal RenewHold(Guid measureId, DateOnly renewedOn, DateOnly? until, ChangeContext context)
    {
        if (!RenewsHolds(Status, Closure?.Mode, ResumedAsCaseId is not null))
        {
            EnsureOpen();
        }

        EnsureWithinCase(renewedOn, context, "renewal");
        var measure = HeldMeasure(measureId);
        var renewal = measure.Hold!.Renew(renewedOn, until);
        Log(TimelineKind.Measure, renewedOn, $"续行 {measure.Kind} renewed to {renewal.NewExpiry:yyyy-MM-dd}: {measure.Description}", context, measure.Id);
        return renewal;
    }

    /// <summary>Releases a seal, seizure or freeze (解除), also on a closed case.</summary>
    public void ReleaseHold(Guid measureId, DateOnly releasedOn, string? reason, ChangeContext context)
    {
        EnsureWithinCase(releasedOn, context, "release");
        var measure = HeldMeasure(measureId);
        measure.Hold!.Release(releasedOn, Required(reason, "case.measure.release_reason_required", "reason", AssetHold.MaxReasonLength));
        Log(TimelineKind.Measure, releasedOn, $"解除 {measure.Kind} released: {reason}", context, measure.Id);
    }

    private CaseMeasure HeldMeasure(Guid measureId) =>
        _measures.SingleOrDefault(m => m.Id == measureId && m.Hold is not null && !m.IsVoided)
        ?? throw new PartNotFoundException("case.measure.not_found", $"The case has no seal, seizure or freeze {measureId}.");

    /// <summary>
    /// The asset a seal, seizure or freeze holds, whose kind sets the hold's legal maximum. Deposits are frozen (冻结);
    /// movables sealed or seized (查封, 扣押); immovables sealed; other property rights (equity, land use rights) frozen
    /// or sealed.
    /// </summary>
    private static AssetKind? HoldKind(MeasureKind kind, AssetKind? assetKind)
    {
        var held = kind switch
        {
            MeasureKind.Seal => assetKind ?? AssetKind.Immovable,
            MeasureKind.Seize => assetKind ?? AssetKind.Movable,
            MeasureKind.Freeze => assetKind ?? AssetKind.BankDeposit,
            _ when assetKind is not null => throw new DomainException("case.measure.asset_kind_not_allowed", "Only a seal, seizure or freeze holds an asset kind."),
            _ => (AssetKind?)null,
        };
        var fits = (kind, held) switch
        {
            (_, null) => true,
            (MeasureKind.Freeze, AssetKind.BankDeposit or AssetKind.OtherPropertyRight) => true,
            (MeasureKind.Seal, AssetKind.Movable or AssetKind.Immovable or AssetKind.OtherPropertyRight) => true,
            (MeasureKind.Seize, AssetKind.Movable) => true,
            _ => false,
        };
        return fits ? held : throw new DomainException(
            "case.measure.asset_kind_mismatch", $"A {kind} cannot hold {held}: deposits are frozen, movables sealed or seized, immovables sealed, other property rights frozen or sealed.");
    }

    /// <summary>
    /// Records money recovered. A total above the claim is accepted (interest accrues) and shows as a surplus.
    /// <paramref name="obligationId"/>: the public-body obligation the payment also counts towards.
    /// </summary>
    public CasePayment RecordPayment(Money amount, DateOnly paidOn, PaymentSource source, string? note, ChangeContext context, Guid? obligationId = null)
    {
        EnsureOpen();
        EnsureWithinCase(paidOn, context, "payment");
        if (amount <= Money.Zero)
        {
            throw new DomainException("case.payment.amount_not_positive", "A payment must be positive.");
        }

        if (!Enum.IsDefined(source))
        {
            throw new DomainException("case.payment.source_invalid", $"Unknown payment source {source}.");
        }

        // An instalment is paid under a settlement running on its day: agreed by then, not yet performed or breached.
        // Before, after or without one, the money is a voluntary payment.
        if (source == PaymentSource.SettlementInstalment && (Settlement is null || paidOn < Settlement.AgreedOn || paidOn > Settlement.EndedOn))
        {
            throw new DomainException(
                "case.payment.no_settlement",
                Settlement is null
                    ? $"Case {Number} has no settlement: record the payment as Voluntary."
                    : $"The settlement ran from {Settlement.AgreedOn:yyyy-MM-dd}{(Settlement.EndedOn is { } ended ? $" to {ended:yyyy-MM-dd}" : "")}; a payment outside it is Voluntary.");
        }

        // A surplus is recorded, but the case's recovered total stays a plausible amount (and within what its fen can count).
        if (amount > Money.Max - RecoveredAmount)
        {
            throw new DomainException(
                "case.payment.total_implausible", $"Case {Number} has recovered {RecoveredAmount}; with {amount} more its total would exceed {Money.Max}.");
        }

        // A public body's payment counts towards its debt only within what the case has left to recover: beyond it, the
        // creditor would be paid twice over behind the clerk's back. A surplus is recorded on the case, deliberately.
        if (obligationId is not null && amount > LeftToRecover)
        {
            throw new DomainException(
                "obligation.payment.exceeds_case_outstanding",
                $"{amount} is more than the {LeftToRecover} case {Number} has left to recover; record a surplus as a case payment.");
        }

        return RecordPaymentOf(amount, paidOn, source, note, context, obligationId);
    }

    private CasePayment RecordPaymentOf(Money amount, DateOnly paidOn, PaymentSource source, string? note, ChangeContext context, Guid? obligationId = null)
    {
        var payment = new CasePayment(Id, amount, paidOn, source, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), context, obligationId);
        Append(payment);
        RecoveredAmount += amount;
        // While a settlement runs, whatever the debtor pays goes towards it, however the clerk labels the source.
        if (Settlement?.Status == SettlementStatus.Active && paidOn >= Settlement.AgreedOn)
        {
            Settlement.RecordPaid(amount);
        }

        Log(TimelineKind.Payment, paidOn, $"执行到位 Payment {amount} ({source}); recovered {RecoveredAmount} of {ClaimedAmount}", context, payment.Id);
        return payment;
    }
}
