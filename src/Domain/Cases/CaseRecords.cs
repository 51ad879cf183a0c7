using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

/// <summary>Who records a change, when, and the calendar that counts its periods.</summary>
public sealed record ChangeContext(string RecordedBy, DateOnly Today, DateTime RecordedAtUtc, Calendar.LegalCalendar Calendar);

public enum MeasureKind
{
    /// <summary>执行通知书</summary>
    EnforcementNotice,

    /// <summary>报告财产令</summary>
    AssetReportOrder,

    /// <summary>网络查控</summary>
    OnlineAssetInquiry,

    /// <summary>查封 (immovables)</summary>
    Seal,

    /// <summary>扣押 (movables)</summary>
    Seize,

    /// <summary>冻结 (deposits and rights)</summary>
    Freeze,

    /// <summary>扣划</summary>
    Deduct,

    /// <summary>拍卖</summary>
    Auction,

    /// <summary>限制消费令</summary>
    ConsumptionRestriction,

    /// <summary>纳入失信被执行人名单</summary>
    DishonestDebtorListing,

    /// <summary>屏蔽/删除失信信息</summary>
    DishonestDebtorRemoval,

    /// <summary>罚款</summary>
    Fine,

    /// <summary>拘留</summary>
    Detention,

    /// <summary>查找被执行人</summary>
    SearchForDebtor,
}

public enum InquiryResult
{
    AssetsFound,
    NoAssets,
}

/// <summary>One enforcement measure in the case's log.</summary>
public sealed class CaseMeasure
{
    private CaseMeasure()
    {
    }

    internal CaseMeasure(MeasureKind kind, DateOnly takenOn, string description, Money? amount, string? asset,
        InquiryResult? inquiryResult, string? listingGround, Preservation.AssetHold? hold, ChangeContext context)
    {
        Hold = hold;
        Kind = kind;
        TakenOn = takenOn;
        Description = description;
        Amount = amount;
        Asset = asset;
        InquiryResult = inquiryResult;
        ListingGround = listingGround;
        RecordedBy = context.RecordedBy;
        RecordedAtUtc = context.RecordedAtUtc;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public MeasureKind Kind { get; private init; }

    public DateOnly TakenOn { get; private init; }

    public string Description { get; private init; } = "";

    public Money? Amount { get; private init; }

    /// <summary>The asset concerned: account, property certificate, vehicle plate…</summary>
    public string? Asset { get; private init; }

    /// <summary>For an online inquiry: whether assets were found.</summary>
    public InquiryResult? InquiryResult { get; private init; }

    /// <summary>For a dishonest-debtor listing: the legal ground.</summary>
    public string? ListingGround { get; private init; }

    /// <summary>For a seal, seizure or freeze: the period-limited hold, with its expiry, renewals and release.</summary>
    public Preservation.AssetHold? Hold { get; private init; }

    public string RecordedBy { get; private init; } = "";

    public DateTime RecordedAtUtc { get; private init; }
}

public enum PaymentSource
{
    /// <summary>自动履行</summary>
    Voluntary,

    /// <summary>扣划</summary>
    Deduction,

    /// <summary>拍卖款</summary>
    AuctionProceeds,

    /// <summary>和解分期款</summary>
    SettlementInstalment,
}

/// <summary>Money recovered for the applicant (执行到位); an append-only record of the case's history.</summary>
public sealed class CasePayment
{
    private CasePayment()
    {
    }

    internal CasePayment(Guid caseId, Money amount, DateOnly paidOn, PaymentSource source, string? note, ChangeContext context)
    {
        CaseId = caseId;
        Amount = amount;
        PaidOn = paidOn;
        Source = source;
        Note = note;
        RecordedBy = context.RecordedBy;
        RecordedAtUtc = context.RecordedAtUtc;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public Guid CaseId { get; private init; }

    public Money Amount { get; private init; }

    public DateOnly PaidOn { get; private init; }

    public PaymentSource Source { get; private init; }

    public string? Note { get; private init; }

    public string RecordedBy { get; private init; } = "";

    public DateTime RecordedAtUtc { get; private init; }
}

/// <summary>The periods that do not count towards the case limit.</summary>
public enum PauseKind
{
    /// <summary>中止执行</summary>
    Suspension,

    /// <summary>公告送达</summary>
    PublicNoticeService,

    /// <summary>暂缓执行</summary>
    Deferral,

    /// <summary>请示</summary>
    RequestForInstructions,

    /// <summary>法院间协调</summary>
    Coordination,
}

/// <summary>An interval in which the statutory clock stood still.</summary>
public sealed class ClockPause
{
    private ClockPause()
    {
    }

    internal ClockPause(PauseKind kind, DateOnly startedOn, string reason)
    {
        Kind = kind;
        StartedOn = startedOn;
        Reason = reason;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public PauseKind Kind { get; private init; }

    public DateOnly StartedOn { get; private init; }

    public DateOnly? EndedOn { get; private set; }

    public string Reason { get; private init; } = "";

    /// <summary>Days paused: from the start to the end, the end day not counted.</summary>
    public int Days(DateOnly today) => (EndedOn ?? today).DayNumber - StartedOn.DayNumber;

    internal void End(DateOnly endedOn) => EndedOn = endedOn;
}

public enum ExtensionStatus
{
    Pending,
    Approved,
    Refused,
}

/// <summary>A request to extend the case limit, decided by a court leader.</summary>
public sealed class ExtensionRequest
{
    private ExtensionRequest()
    {
    }

    internal ExtensionRequest(DateOnly requestedOn, int months, string reason)
    {
        RequestedOn = requestedOn;
        Months = months;
        Reason = reason;
        Status = ExtensionStatus.Pending;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public DateOnly RequestedOn { get; private init; }

    public int Months { get; private init; }

    public string Reason { get; private init; } = "";

    public ExtensionStatus Status { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public Guid? ApproverId { get; private set; }

    public string? DecisionNote { get; private set; }

    internal void Decide(bool approve, Guid approverId, DateOnly decidedOn, string? note)
    {
        Status = approve ? ExtensionStatus.Approved : ExtensionStatus.Refused;
        ApproverId = approverId;
        DecidedOn = decidedOn;
        DecisionNote = note;
    }
}

public enum SettlementStatus
{
    /// <summary>Being performed; enforcement is suspended.</summary>
    Active,

    /// <summary>履行完毕</summary>
    Performed,

    /// <summary>不履行和解协议</summary>
    Breached,
}

public sealed record SettlementInstalment(DateOnly DueOn, Money Amount);

/// <summary>A settlement agreement (执行和解) with its instalment plan.</summary>
public sealed class SettlementAgreement
{
    private readonly List<SettlementInstalment> _instalments = [];

    private SettlementAgreement()
    {
    }

    internal SettlementAgreement(DateOnly agreedOn, string terms, IEnumerable<SettlementInstalment> instalments)
    {
        AgreedOn = agreedOn;
        Terms = terms;
        Status = SettlementStatus.Active;
        _instalments.AddRange(instalments);
    }

    public DateOnly AgreedOn { get; private init; }

    public string Terms { get; private init; } = "";

    public SettlementStatus Status { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public IReadOnlyList<SettlementInstalment> Instalments => _instalments;

    internal void End(SettlementStatus status, DateOnly endedOn)
    {
        Status = status;
        EndedOn = endedOn;
    }
}

public enum ClosureMode
{
    /// <summary>执行完毕</summary>
    FullyPerformed,

    /// <summary>终结本次执行程序 (终本)</summary>
    TerminatedThisRound,

    /// <summary>终结执行</summary>
    Terminated,

    /// <summary>不予执行</summary>
    NotEnforced,

    /// <summary>驳回申请</summary>
    ApplicationRejected,

    /// <summary>销案</summary>
    Withdrawn,
}

public sealed record CaseClosure(ClosureMode Mode, DateOnly ClosedOn, string Note);

/// <summary>A handler assignment, kept for the case's history; an append-only record.</summary>
public sealed class HandlerAssignment
{
    private HandlerAssignment()
    {
    }

    internal HandlerAssignment(Guid caseId, Guid staffId, string staffName, DateOnly assignedOn, ChangeContext context)
    {
        CaseId = caseId;
        StaffId = staffId;
        StaffName = staffName;
        AssignedOn = assignedOn;
        RecordedBy = context.RecordedBy;
        RecordedAtUtc = context.RecordedAtUtc;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public Guid CaseId { get; private init; }

    public Guid StaffId { get; private init; }

    public string StaffName { get; private init; } = "";

    public DateOnly AssignedOn { get; private init; }

    public string RecordedBy { get; private init; } = "";

    public DateTime RecordedAtUtc { get; private init; }
}

public enum TimelineKind
{
    Registered,
    HandlerAssigned,
    Measure,
    Payment,
    PauseStarted,
    PauseEnded,
    ExtensionRequested,
    ExtensionDecided,
    SettlementAgreed,
    SettlementPerformed,
    SettlementBreached,
    Closed,
    ResumedAs,
    ResumedFrom,
}

/// <summary>One line of the case's timeline: what happened, on which date, recorded by whom. Append-only: read by query, never loaded with the case.</summary>
public sealed class TimelineEntry
{
    private TimelineEntry()
    {
    }

    internal TimelineEntry(Guid caseId, TimelineKind kind, DateOnly occurredOn, string summary, ChangeContext context)
    {
        CaseId = caseId;
        Kind = kind;
        OccurredOn = occurredOn;
        Summary = summary;
        RecordedBy = context.RecordedBy;
        RecordedAtUtc = context.RecordedAtUtc;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public Guid CaseId { get; private init; }

    public TimelineKind Kind { get; private init; }

    public DateOnly OccurredOn { get; private init; }

    public string Summary { get; private init; } = "";

    public string RecordedBy { get; private init; } = "";

    public DateTime RecordedAtUtc { get; private init; }
}
