using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

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

    /// <summary>财产无法处置: property found but not disposable (e.g. no buyer after auctions, a residence the debtor needs); the description gives the reason.</summary>
    AssetNotDisposable,
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
        InquiryResult? inquiryResult, string? listingGround, Preservation.AssetHold? hold, ChangeContext context, string? adoptedFrom = null)
    {
        AdoptedFrom = adoptedFrom;
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

    /// <summary>The measure recorded that the debtor could not be found (a 终本 condition then asks for a search or sanction).</summary>
    public bool ReportsDebtorMissing { get; internal init; }

    /// <summary>The preservation order this measure was taken over from on conversion; its hold is the order's, running on.</summary>
    public string? AdoptedFrom { get; private init; }

    /// <summary>Voided by a correction: the measure no longer counts for any rule, and its hold holds nothing.</summary>
    public DateOnly? VoidedOn { get; private set; }

    public bool IsVoided => VoidedOn is not null;

    internal void Void(DateOnly voidedOn) => VoidedOn = voidedOn;
}
