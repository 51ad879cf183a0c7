using System.Linq.Expressions;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;

namespace Enforcement.Domain.Preservation;

public enum PreservationKind
{
    /// <summary>诉前保全</summary>
    PreLitigation,

    /// <summary>诉中保全</summary>
    DuringLitigation,

    /// <summary>执前保全</summary>
    PreEnforcement,
}

/// <summary>The form of the security (担保) the applicant gave.</summary>
public enum SecurityForm
{
    None,
    Cash,
    Guarantee,
    PropertyPledge,
    Insurance,
}

public enum OrderStatus
{
    Active,

    /// <summary>Converted into enforcement: further changes go through the case.</summary>
    Converted,
}

/// <summary>更正: an entry of the order voided, with who, when and why; nothing is deleted.</summary>
public sealed class OrderCorrection
{
    private OrderCorrection()
    {
    }

    internal OrderCorrection(string voided, string reason, ChangeContext context)
    {
        Voided = voided;
        Reason = reason;
        VoidedOn = context.Today;
        VoidedBy = context.RecordedBy;
        VoidedAtUtc = context.RecordedAtUtc;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    /// <summary>What was voided, as it stood: e.g. the suit's number and filing date.</summary>
    public string Voided { get; private init; } = "";

    public string Reason { get; private init; } = "";

    public DateOnly VoidedOn { get; private init; }

    public string VoidedBy { get; private init; } = "";

    public DateTime VoidedAtUtc { get; private init; }
}

/// <summary>A seal, seizure or freeze ordered by a preservation ruling.</summary>
public sealed class PreservationMeasure
{
    private PreservationMeasure()
    {
    }

    internal PreservationMeasure(string description, Money? amount, string holderOrRegistry, AssetHold hold, ChangeContext context)
    {
        Description = description;
        Amount = amount;
        HolderOrRegistry = holderOrRegistry;
        Hold = hold;
        RecordedBy = context.RecordedBy;
        RecordedAtUtc = context.RecordedAtUtc;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    /// <summary>Bank and account, property certificate number, vehicle plate…</summary>
    public string Description { get; private init; } = "";

    public Money? Amount { get; private init; }

    /// <summary>The bank, registry or custodian that executes the hold.</summary>
    public string HolderOrRegistry { get; private init; } = "";

    public AssetHold Hold { get; private init; } = null!;

    public string RecordedBy { get; private init; } = "";

    public DateTime RecordedAtUtc { get; private init; }
}

/// <summary>
/// A preservation order (财产保全): assets secured before or during litigation, or before enforcement, with the
/// deadlines after which the order must be lifted unless the applicant acts.
/// </summary>
public sealed class PreservationOrder : AggregateRoot, IHoldsAssets
{
    /// <summary>A pre-litigation ruling is due within 48 hours of the application.</summary>
    public static readonly TimeSpan PreLitigationRulingLimit = TimeSpan.FromHours(48);

    /// <summary>Pre-litigation: lifted unless a suit or arbitration is filed within 30 days.</summary>
    public const int LawsuitDays = 30;

    /// <summary>Pre-enforcement: lifted unless enforcement is applied for within 5 days after the performance period.</summary>
    public const int EnforcementApplicationDays = 5;

    public const int MaxTextLength = 500;

    /// <summary>How far ahead of the server's clock a ruling time may be typed (a wall clock running fast).</summary>
    public const int ClockSlackMinutes = 5;

    private readonly List<Party> _applicants = [];
    private readonly List<Party> _respondents = [];
    private readonly List<PreservationMeasure> _measures = [];
    private readonly List<OrderCorrection> _corrections = [];

    private PreservationOrder()
    {
    }

    public PreservationKind Kind { get; private set; }

    /// <summary>The order's own number (财保 or 执保), if it has one.</summary>
    public CaseNumber? Number { get; private set; }

    /// <summary>The litigation case the order belongs to, e.g. （2025）湘0681民初123号.</summary>
    public string? LitigationCaseNumber { get; private set; }

    public IReadOnlyList<Party> Applicants => _applicants;

    public IReadOnlyList<Party> Respondents => _respondents;

    public Money AmountToPreserve { get; private set; }

    public SecurityForm SecurityForm { get; private set; }

    public Money? SecurityAmount { get; private set; }

    public DateTime ApplicationReceivedAtUtc { get; private set; }

    public DateTime RuledAtUtc { get; private set; }

    /// <summary>The ruling's date at the court.</summary>
    public DateOnly RuledOn { get; private set; }

    /// <summary>A pre-litigation ruling made more than 48 hours after the application.</summary>
    public bool RulingLate { get; private set; }

    /// <summary>Pre-enforcement: the end of the debtor's performance period under the judgment.</summary>
    public DateOnly? PerformancePeriodEndsOn { get; private set; }

    public string? LawsuitCaseNumber { get; private set; }

    public DateOnly? LawsuitFiledOn { get; private set; }

    /// <summary>
    /// Pre-enforcement: the filing day of an enforcement case on the order's judgment against its respondents, when it
    /// came in time (<see cref="RecordEnforcementApplied"/>). The order then stays in force until it is converted.
    /// </summary>
    public DateOnly? EnforcementAppliedOn { get; private set; }

    /// <summary>
    /// The last day for the applicant to act; after it, without that act, the order must be lifted. Null when the act
    /// came in time, or when nothing can fall due yet (a pre-litigation order without a measure).
    /// </summary>
    public DateOnly? LiftDueOn { get; private set; }

    public OrderStatus Status { get; private set; }

    /// <summary>The stated values of the measures not released: what the order holds.</summary>
    public Money HeldAmount { get; private set; }

    /// <summary>
    /// <see cref="HeldAmount"/> as a share of <see cref="AmountToPreserve"/>, in hundredths of a percent rounded up
    /// (12001 = just over 120%). Stored, so that the over-preservation list compares one indexed integer.
    /// </summary>
    public int HeldBasisPoints { get; private set; }

    public Guid? ConvertedToCaseId { get; private set; }

    public string? ConvertedToCaseNumber { get; private set; }

    public DateOnly? ConvertedOn { get; private set; }

    public IReadOnlyList<PreservationMeasure> Measures => _measures;

    public IReadOnlyList<OrderCorrection> Corrections => _corrections;

    public string DisplayNumber => Number?.Value ?? LitigationCaseNumber ?? "";

    /// <summary>
    /// Past <see cref="LiftDueOn"/> without the applicant's act in time, not converted, and still holding something:
    /// the order must be lifted. Once every measure is released or has lapsed there is nothing left to lift.
    /// </summary>
    public bool IsLiftDue(DateOnly today) =>
        IsLiftDue(Status, LiftDueOn, _measures.Any(m => m.Hold.StatusOn(today) == HoldStatus.Live), today);

    /// <inheritdoc cref="IsLiftDue(DateOnly)"/>
    public static bool IsLiftDue(OrderStatus status, DateOnly? liftDueOn, bool holdsAnything, DateOnly today) =>
        status == OrderStatus.Active && liftDueOn < today && holdsAnything;

    /// <summary>The lift-due list as an expression over the stored columns; the same rule as <see cref="IsLiftDue(DateOnly)"/>.</summary>
    public static Expression<Func<PreservationOrder, bool>> LiftDueExpression(DateOnly today) =>
        o => o.Status == OrderStatus.Active && o.LiftDueOn < today && o.Measures.Any(m => m.Hold.ReleasedOn == null && m.Hold.ExpiresOn >= today);

    /// <summary>Active orders with a measure that expired unrenewed and unreleased (<see cref="AssetHold.LapsedOn"/>).</summary>
    public static Expression<Func<PreservationOrder, bool>> HasLapsedMeasure(DateOnly today)
    {
        var lapsed = AssetHold.LapsedOn(today);
        var order = Expression.Parameter(typeof(PreservationOrder), "o");
        var measure = Expression.Parameter(typeof(PreservationMeasure), "m");
        var holdLapsed = Expression.Lambda<Func<PreservationMeasure, bool>>(
            lapsed.Body.Substitute(lapsed.Parameters[0], Expression.Property(measure, nameof(PreservationMeasure.Hold))), measure);
        var anyLapsed = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Any), [typeof(PreservationMeasure)], Expression.Property(order, nameof(Measures)), holdLapsed);
        var active = Expression.Equal(Expression.Property(order, nameof(Status)), Expression.Constant(OrderStatus.Active));
        return Expression.Lambda<Func<PreservationOrder, bool>>(Expression.AndAlso(active, anyLapsed), order);
    }

    /// <summary>
    /// The last day for the applicant to act, by the procedural-period rules (CPL art. 104; SPC interpretation art. 163):
    /// a pre-litigation order is lifted unless a suit or arbitration is filed within 30 days of the day the measure was
    /// taken (the earliest measure's start; no measure, nothing due); a pre-enforcement order unless enforcement is
    /// applied for within 5 days after the performance period. An act on or before that day cures the order (null);
    /// a later one is kept but cures nothing. Other orders have no such day.
    /// </summary>
    public static DateOnly? LiftDueOnFor(
        PreservationKind kind, DateOnly? firstMeasureOn, DateOnly? performancePeriodEndsOn, DateOnly? lawsuitFiledOn, DateOnly? enforcementAppliedOn,
        LegalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        DateOnly? deadline = kind switch
        {
            PreservationKind.PreLitigation when firstMeasureOn is { } taken => calendar.EndOfDays(taken, LawsuitDays),
            PreservationKind.PreEnforcement when performancePeriodEndsOn is { } end => calendar.EndOfDays(end, EnforcementApplicationDays),
            _ => null,
        };
        var actedOn = kind == PreservationKind.PreLitigation ? lawsuitFiledOn : enforcementAppliedOn;
        return actedOn <= deadline ? null : deadline;
    }

    /// <summary>
    /// Over-preservation (超标的查封): the held values exceed the amount to preserve by more than
    /// <paramref name="marginPercent"/> percent.
    /// </summary>
    public static bool IsOverPreserved(OrderStatus status, int heldBasisPoints, int marginPercent) =>
        status == OrderStatus.Active && heldBasisPoints > (100 + marginPercent) * 100;

    /// <summary>The over-preservation list; the same rule as <see cref="IsOverPreserved"/>.</summary>
    public static Expression<Func<PreservationOrder, bool>> OverPreservedExpression(int marginPercent)
    {
        var threshold = (100 + marginPercent) * 100;
        return o => o.Status == OrderStatus.Active && o.HeldBasisPoints > threshold;
    }

    /// <summary>The earliest start among the order's measures: the day the preservation was first carried out.</summary>
    public DateOnly? FirstMeasureOn => _measures.Count == 0 ? null : _measures.Min(m => m.Hold.StartOn);

    public static PreservationOrder Create(
        PreservationKind kind,
        CaseNumber? number,
        string? litigationCaseNumber,
        IReadOnlyCollection<Party> applicants,
        IReadOnlyCollection<Party> respondents,
        Money amountToPreserve,
        SecurityForm securityForm,
        Money? securityAmount,
        DateTime applicationReceivedAtUtc,
        DateTime ruledAtUtc,
        DateOnly ruledOn,
        DateOnly? performancePeriodEndsOn,
        ChangeContext context,
        DateOnly? applicationReceivedOn = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Enum.IsDefined(kind) || !Enum.IsDefined(securityForm))
        {
            throw new DomainException("preservation.kind.invalid", "Unknown preservation kind or security form.");
        }

        if (number is null && litigationCaseNumber is null)
        {
            throw new DomainException("preservation.number.missing", "An order needs its own number (财保, 执保) or its litigation case number.");
        }

        // A pre-enforcement order secures a judgment that took effect: its number is what a case must enforce to convert
        // the order, and what a registration matches to keep it in force.
        if (kind == PreservationKind.PreEnforcement && litigationCaseNumber is null)
        {
            throw new DomainInputException(
                "preservation.litigation_number.missing", "litigationCaseNumber", "A pre-enforcement order names the judgment it secures, e.g. （2025）湘0681民初123号.");
        }

        if (number is { IsPreservation: false })
        {
            throw new DomainException("preservation.number.wrong_type", $"{number} is not a preservation number (财保 or 执保).");
        }

        // The litigation number names the suit or the judgment the order secures: an enforcement or preservation number
        // does not, and a judgment numbered after the year of the ruling had not been given when it was ruled (a
        // pre-litigation order's suit may follow in a later year).
        if (litigationCaseNumber is not null)
        {
            if (CaseNumber.LitigationPartsOf(litigationCaseNumber) is not { } litigation)
            {
                throw new DomainInputException(
                    "preservation.litigation_number.not_litigation", "litigationCaseNumber",
                    $"'{litigationCaseNumber}' is not a litigation case number like （2025）湘0681民初123号; an enforcement or preservation number is not.");
            }

            if (kind != PreservationKind.PreLitigation && litigation.Year > ruledOn.Year)
            {
                throw new DomainInputException(
                    "preservation.litigation_number.after_ruling", "litigationCaseNumber",
                    $"{litigationCaseNumber} is numbered in {litigation.Year}, after the ruling of {ruledOn:yyyy-MM-dd}.");
            }
        }

        if (kind == PreservationKind.PreLitigation && number?.CaseType != CaseType.PreservationReview)
        {
            throw new DomainException("preservation.number.pre_litigation_needs_caibao", "A pre-litigation order is identified by its own 财保 number, e.g. （2025）湘0681财保12号.");
        }

        if (kind == PreservationKind.PreLitigation && securityForm == SecurityForm.None)
        {
            throw new DomainException("preservation.security.required", "A pre-litigation applicant must give security (CPL art. 104).");
        }

        if (securityForm != SecurityForm.None && securityAmount is not { Fen: > 0 })
        {
            throw new DomainException("preservation.security.amount_required", $"Security given as {securityForm} records its amount.");
        }

        if (securityForm == SecurityForm.None && securityAmount is { Fen: > 0 })
        {
            throw new DomainException("preservation.security.amount_without_form", "No security was given (None): an amount needs the form it was given in.");
        }

        // A 财保 or 执保 number is given in the year its application was filed (court date), or of the ruling that
        // follows within days.
        var appliedYear = (applicationReceivedOn ?? DateOnly.FromDateTime(applicationReceivedAtUtc)).Year;
        if (number is not null && number.Year != appliedYear && number.Year != ruledOn.Year)
        {
            throw new DomainException(
                "preservation.number.year_mismatch", $"{number} is numbered in {number.Year}, but the application was received in {appliedYear} and ruled on {ruledOn:yyyy-MM-dd}.");
        }

        if (applicants is not { Count: > 0 } || respondents is not { Count: > 0 })
        {
            throw new DomainException("preservation.parties.missing", "An order needs at least one applicant and one respondent.");
        }

        Party.EnsureDistinct("preservation", applicants.Select(p => (Side: "申请人", Party: p)).Concat(respondents.Select(p => (Side: "被申请人", Party: p))));

        if (amountToPreserve <= Money.Zero || securityAmount is { } s && s < Money.Zero)
        {
            throw new DomainException("preservation.amount.invalid", "The amount to preserve must be positive and the security not negative.");
        }

        if (ruledAtUtc < applicationReceivedAtUtc)
        {
            throw new DomainException("preservation.ruling.before_application", "The ruling cannot precede the application.");
        }

        if (ruledOn > context.Today || ruledAtUtc > context.RecordedAtUtc.AddMinutes(ClockSlackMinutes))
        {
            // Later today is the future too: the 48-hour flag is counted from these times. A few minutes ahead is a
            // wall clock or a PC clock running fast, not a ruling still to come.
            throw new DomainException("preservation.ruling.in_future", "The ruling time is in the future.");
        }

        if (kind == PreservationKind.PreEnforcement && performancePeriodEndsOn is null)
        {
            throw new DomainException("preservation.performance_period.required", "A pre-enforcement order records when the performance period ends.");
        }

        // The creditor must apply for enforcement within 5 days after the performance period ends (民诉法解释 163): an
        // application for pre-enforcement preservation after that window comes too late. (One made within it may be
        // ruled later: enforcement applied for in time keeps the order in force.)
        var receivedOn = applicationReceivedOn ?? DateOnly.FromDateTime(applicationReceivedAtUtc);
        if (kind == PreservationKind.PreEnforcement
            && LiftDueOnFor(kind, null, performancePeriodEndsOn, null, null, context.Calendar) is { } liftDue && liftDue < receivedOn)
        {
            throw new DomainException(
                "preservation.performance_period.window_passed",
                $"The performance period ended on {performancePeriodEndsOn:yyyy-MM-dd}, so enforcement was due by {liftDue:yyyy-MM-dd}, before this application of {receivedOn:yyyy-MM-dd}.");
        }

        var order = new PreservationOrder
        {
            Kind = kind,
            Number = number,
            LitigationCaseNumber = litigationCaseNumber,
            AmountToPreserve = amountToPreserve,
            SecurityForm = securityForm,
            SecurityAmount = securityAmount,
            ApplicationReceivedAtUtc = applicationReceivedAtUtc,
            RuledAtUtc = ruledAtUtc,
            RuledOn = ruledOn,
            RulingLate = kind == PreservationKind.PreLitigation && ruledAtUtc - applicationReceivedAtUtc > PreLitigationRulingLimit,
            PerformancePeriodEndsOn = kind == PreservationKind.PreEnforcement ? performancePeriodEndsOn : null,
            Status = OrderStatus.Active,
        };
        order._applicants.AddRange(applicants);
        order._respondents.AddRange(respondents);
        order.RecountLiftDue(context.Calendar);
        order.Touch($"保全裁定 {kind} order {order.DisplayNumber} for {amountToPreserve}" + (order.RulingLate ? " (ruling later than 48 hours)" : ""));
        return order;
    }

    /// <summary>Seals, seizes or freezes an asset from <paramref name="startOn"/>, for the legal maximum or until <paramref name="until"/>.</summary>
    public PreservationMeasure AddMeasure(
        AssetKind assetKind, string? description, Money? amount, string? holderOrRegistry, DateOnly startOn, ChangeContext context, DateOnly? until = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureActive();
        if (startOn < RuledOn || startOn > context.Today)
        {
            throw new DomainException("preservation.measure.date_out_of_range", $"A measure starts between the ruling ({RuledOn:yyyy-MM-dd}) and today.");
        }

        if (amount is { } value && value <= Money.Zero)
        {
            throw new DomainException("preservation.measure.amount_not_positive", "A measure's amount must be positive.");
        }

        EnsureNotLiftDueOn(startOn);

        var measure = new PreservationMeasure(
            Text(description, "description"), amount, Text(holderOrRegistry, "holder or registry"), AssetHold.Start(assetKind, startOn, until), context);
        _measures.Add(measure);
        RecountLiftDue(context.Calendar);
        RecountHeld();
        Touch($"{assetKind} measure from {startOn:yyyy-MM-dd} to {measure.Hold.ExpiresOn:yyyy-MM-dd}: {measure.Description}");
        return measure;
    }

    public HoldRenewal RenewHold(Guid measureId, DateOnly renewedOn, DateOnly? until, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureActive();
        EnsureNotFuture(renewedOn, context);
        EnsureNotLiftDueOn(renewedOn);
        var renewal = Measure(measureId).Hold.Renew(renewedOn, until);
        Touch($"续行 measure {measureId} renewed to {renewal.NewExpiry:yyyy-MM-dd}");
        return renewal;
    }

    public void ReleaseHold(Guid measureId, DateOnly releasedOn, string? reason, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureActive();
        EnsureNotFuture(releasedOn, context);
        Measure(measureId).Hold.Release(releasedOn, Text(reason, "reason"));
        RecountHeld();
        Touch($"解除 measure {measureId} released on {releasedOn:yyyy-MM-dd}");
    }

    /// <summary>
    /// After <see cref="LiftDueOn"/> without the applicant's act in time, the law asks the court to lift the order (CPL
    /// art. 104; 民诉法解释 163): it takes releases, not a new hold or a renewal dated after that day.
    /// </summary>
    private void EnsureNotLiftDueOn(DateOnly day)
    {
        if (LiftDueOn is { } due && day > due)
        {
            throw new DomainException(
                "preservation.order.lift_due",
                $"The order was due to be lifted after {due:yyyy-MM-dd} without the applicant's {(Kind == PreservationKind.PreLitigation ? "suit" : "application for enforcement")} in time: release its measures; no new hold or renewal is dated after that day.");
        }
    }

    /// <summary>Pre-litigation: the suit or arbitration was filed, so the order is no longer due to be lifted.</summary>
    public void RecordLawsuit(string caseNumber, DateOnly filedOn, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureActive();
        if (Kind != PreservationKind.PreLitigation)
        {
            throw new DomainException("preservation.lawsuit.not_pre_litigation", "Only a pre-litigation order waits for a suit or arbitration.");
        }

        if (filedOn < RuledOn)
        {
            throw new DomainException("preservation.lawsuit.before_ruling", "The suit cannot be filed before the ruling.");
        }

        // A filing day still to come is the fault, whatever the number says: checked before the number's year.
        EnsureNotFuture(filedOn, context);

        // The suit's own number: a litigation number (not 执 or 保), given in the year it was filed (or, filed at the
        // year's end, docketed in the next, once that year has begun).
        if (CaseNumber.LitigationPartsOf(caseNumber) is not { } suit)
        {
            throw new DomainInputException(
                "preservation.lawsuit.not_litigation", "caseNumber", $"'{caseNumber}' is not a litigation case number like （2025）湘0681民初123号.");
        }

        if ((suit.Year != filedOn.Year && suit.Year != filedOn.Year + 1) || suit.Year > context.Today.Year)
        {
            throw new DomainInputException(
                "preservation.lawsuit.year_mismatch", "caseNumber", $"{caseNumber} is numbered in {suit.Year}, but the suit was filed on {filedOn:yyyy-MM-dd}.");
        }

        if (LawsuitCaseNumber is not null)
        {
            throw new DomainConflictException(
                "preservation.lawsuit.exists", $"The order already records the suit {LawsuitCaseNumber} of {LawsuitFiledOn:yyyy-MM-dd}; correct it rather than add a second.");
        }

        var deadline = LiftDueOn;
        LawsuitCaseNumber = caseNumber;
        LawsuitFiledOn = filedOn;
        RecountLiftDue(context.Calendar);
        Touch($"起诉 Suit {caseNumber} filed on {filedOn:yyyy-MM-dd}" + (LiftDueOn is null ? "" : $", after the deadline {deadline:yyyy-MM-dd}: the order stays due to be lifted"));
    }

    /// <summary>Voids a mistakenly recorded suit: it is kept as a correction, and the lifting deadline counts again without it.</summary>
    public void VoidLawsuit(string? reason, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureActive();
        if (LawsuitCaseNumber is null)
        {
            throw new PartNotFoundException("preservation.lawsuit.not_found", "The order records no suit.");
        }

        var why = reason?.Trim() ?? "";
        if (why.Length is 0 or > MaxTextLength)
        {
            throw new DomainException("preservation.correction.reason_required", $"A correction gives its reason, 1 to {MaxTextLength} characters.");
        }

        var voided = $"起诉 {LawsuitCaseNumber} filed on {LawsuitFiledOn:yyyy-MM-dd}";
        _corrections.Add(new OrderCorrection(voided, why, context));
        LawsuitCaseNumber = null;
        LawsuitFiledOn = null;
        RecountLiftDue(context.Calendar);
        Touch($"更正 Voided the suit ({voided}): {why}");
    }

    /// <summary>
    /// Converts the order into enforcement on <paramref name="case"/>, registered on the same title: its live measures
    /// become the case's measures with their periods running on, and further changes go through the case.
    /// </summary>
    public void ConvertTo(EnforcementCase @case, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(context);
        EnsureActive();
        if (@case.IsClosed)
        {
            throw new DomainException("case.closed", $"Case {@case.Number} is closed.");
        }

        if (!@case.Number.EnforcesTitle)
        {
            throw new DomainException(
                "preservation.conversion.not_enforcement", $"Case {@case.Number} does not enforce a title: measures convert into a 执 or 执恢 case.");
        }

        if (Kind == PreservationKind.PreLitigation)
        {
            if (LawsuitCaseNumber is null)
            {
                throw new DomainException("preservation.conversion.no_suit", "A pre-litigation order converts only after its suit is recorded.");
            }

            if (!CaseNumber.SameDocument(@case.Basis.DocumentNumber, LawsuitCaseNumber))
            {
                throw new DomainException(
                    "preservation.conversion.different_title",
                    $"Case {@case.Number} enforces {@case.Basis.DocumentNumber}, not the judgment or mediation of the suit {LawsuitCaseNumber}.");
            }
        }

        // A pre-enforcement order is made on the judgment that took effect, which the case must enforce. (An order made
        // during the suit is not checked: the case may enforce the appeal's judgment, under another number.)
        if (Kind == PreservationKind.PreEnforcement && LitigationCaseNumber is not null
            && !CaseNumber.SameDocument(@case.Basis.DocumentNumber, LitigationCaseNumber))
        {
            throw new DomainException(
                "preservation.conversion.different_title",
                $"Case {@case.Number} enforces {@case.Basis.DocumentNumber}, not the judgment of {LitigationCaseNumber} this order preserves.");
        }

        // Enforcement applied for within the 5 days keeps a pre-enforcement order in force, however late it is converted.
        if (IsLiftDue(context.Today) && !AppliedInTimeBy(@case))
        {
            throw new DomainException(
                "preservation.order.lift_due", $"The order was due to be lifted after {LiftDueOn:yyyy-MM-dd}: release its measures rather than convert them.");
        }

        if (!IsAgainstRespondentsOf(@case))
        {
            throw new DomainException("preservation.conversion.different_parties", $"Case {@case.Number} is not against the order's respondents.");
        }

        foreach (var measure in _measures.Where(m => m.Hold.StatusOn(context.Today) == HoldStatus.Live))
        {
            @case.AdoptPreservedMeasure(measure, DisplayNumber, context);
        }

        Status = OrderStatus.Converted;
        ConvertedToCaseId = @case.Id;
        ConvertedToCaseNumber = @case.Number.Value;
        ConvertedOn = context.Today;
        LiftDueOn = null;
        Touch($"保全转执行 Converted into {@case.Number}");
    }

    /// <summary>
    /// Records that enforcement was applied for in time (民诉法解释 163) when <paramref name="case"/>, just registered,
    /// enforces this pre-enforcement order's judgment against its respondents and was filed on or before
    /// <see cref="LiftDueOn"/>: the order is then no longer due to be lifted, and waits to be converted. Otherwise
    /// nothing changes (a later filing cures nothing). Returns whether the order changed.
    /// </summary>
    public bool RecordEnforcementApplied(EnforcementCase @case, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(context);
        if (Kind != PreservationKind.PreEnforcement || Status != OrderStatus.Active || EnforcementAppliedOn is not null
            || !@case.Number.EnforcesTitle || !AppliedInTimeBy(@case)
            || LitigationCaseNumber is null || !CaseNumber.SameDocument(@case.Basis.DocumentNumber, LitigationCaseNumber)
            || !IsAgainstRespondentsOf(@case))
        {
            return false;
        }

        EnforcementAppliedOn = @case.FiledOn;
        RecountLiftDue(context.Calendar);
        Touch($"申请执行 Enforcement applied for in time: {@case.Number}, filed on {@case.FiledOn:yyyy-MM-dd}; the order stays in force until converted");
        return true;
    }

    // Enforcement applied for within the 5 days (民诉法解释 163): a pre-enforcement order's case filed on or before LiftDueOn.
    private bool AppliedInTimeBy(EnforcementCase @case) => Kind == PreservationKind.PreEnforcement && @case.FiledOn <= LiftDueOn;

    // Every respondent of the order is one of the case's (Party.SameAs: by ID or credit code, else kind and name).
    private bool IsAgainstRespondentsOf(EnforcementCase @case) => _respondents.All(r => @case.Respondents.Any(r.SameAs));

    private void RecountHeld()
    {
        HeldAmount = _measures.Where(m => m.Hold.ReleasedOn is null && m.Amount is not null)
            .Aggregate(Money.Zero, (sum, m) => sum + m.Amount!.Value);
        var share = Math.Ceiling(HeldAmount.Fen * 10_000m / AmountToPreserve.Fen);
        HeldBasisPoints = share > int.MaxValue ? int.MaxValue : (int)share;
    }

    private void RecountLiftDue(LegalCalendar calendar) =>
        LiftDueOn = Status == OrderStatus.Converted ? null : LiftDueOnFor(Kind, FirstMeasureOn, PerformancePeriodEndsOn, LawsuitFiledOn, EnforcementAppliedOn, calendar);

    private PreservationMeasure Measure(Guid measureId) =>
        _measures.SingleOrDefault(m => m.Id == measureId)
        ?? throw new PartNotFoundException("preservation.measure.not_found", $"The order has no measure {measureId}.");

    private void EnsureActive()
    {
        if (Status == OrderStatus.Converted)
        {
            throw new DomainException("preservation.order.converted", $"The order was converted into {ConvertedToCaseNumber}; change its measures through the case.");
        }
    }

    private static void EnsureNotFuture(DateOnly date, ChangeContext context)
    {
        if (date > context.Today)
        {
            throw new DomainException("preservation.date.in_future", $"{date:yyyy-MM-dd} is in the future.");
        }
    }

    private static string Text(string? text, string what)
    {
        text = text?.Trim() ?? "";
        return text.Length is > 0 and <= MaxTextLength
            ? text
            : throw new DomainException("preservation.text.invalid", $"The {what} must be 1 to {MaxTextLength} characters.");
    }
}
