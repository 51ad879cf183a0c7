using Enforcement.Domain.Cases;
using Enforcement.Domain.Obligations;
using Enforcement.Domain.Petitions;
using Enforcement.Domain.Tasks;

namespace Enforcement.Application.Common;

/// <summary>The glossary's Chinese terms for the enums shown to the court's staff (exports, and the web application's labels).</summary>
public static class ChineseLabels
{
    public static string Of(CaseType type) => type switch
    {
        CaseType.FirstEnforcement => "首次执行",
        CaseType.ResumedEnforcement => "恢复执行",
        CaseType.PreservationEnforcement => "财产保全执行",
        CaseType.Objection => "执行异议",
        CaseType.Reconsideration => "执行复议",
        CaseType.Supervision => "执行监督",
        CaseType.PreservationReview => "财产保全审查",
        _ => type.ToString(),
    };

    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.Filed => "在办",
        CaseStatus.Paused => "中止/暂缓",
        CaseStatus.Closed => "已结案",
        _ => status.ToString(),
    };

    public static string Of(ClosureMode mode) => mode switch
    {
        ClosureMode.FullyPerformed => "执行完毕",
        ClosureMode.TerminatedThisRound => "终结本次执行程序",
        ClosureMode.Terminated => "终结执行",
        ClosureMode.NotEnforced => "不予执行",
        ClosureMode.ApplicationRejected => "驳回申请",
        ClosureMode.Withdrawn => "销案",
        _ => mode.ToString(),
    };

    public static string Of(PetitionChannel channel) => channel switch
    {
        PetitionChannel.Visit => "来访",
        PetitionChannel.Letter => "来信",
        PetitionChannel.Online => "网上信访",
        PetitionChannel.Phone => "来电",
        PetitionChannel.Forwarded => "转交",
        _ => channel.ToString(),
    };

    public static string Of(PetitionCategory category) => category switch
    {
        PetitionCategory.SlowEnforcement => "执行不力、拖延执行",
        PetitionCategory.MeasureObjection => "对执行措施有异议",
        PetitionCategory.OfficerComplaint => "投诉执行人员",
        PetitionCategory.PaymentRequest => "请求加快执行款发放",
        PetitionCategory.PublicBodyDebt => "公职单位欠款",
        PetitionCategory.Other => "其他",
        _ => category.ToString(),
    };

    public static string Of(PetitionStatus status) => status switch
    {
        PetitionStatus.Received => "已登记",
        PetitionStatus.Accepted => "已受理",
        PetitionStatus.NotAccepted => "不予受理",
        PetitionStatus.Assigned => "已交办",
        PetitionStatus.Answered => "已答复",
        PetitionStatus.UnderReview => "复查中",
        PetitionStatus.UnderReReview => "复核中",
        PetitionStatus.Closed => "已办结",
        _ => status.ToString(),
    };

    public static string Of(TaskType type) => type switch
    {
        TaskType.ServeEnforcementNotice => "送达执行通知书",
        TaskType.ServeAssetReportOrder => "送达报告财产令",
        TaskType.OnlineInquiry => "网络查控",
        TaskType.AssetReportFollowUp => "财产报告跟进",
        TaskType.DraftDocument => "文书制作",
        TaskType.Valuation => "评估",
        TaskType.AuctionPreparation => "拍卖准备",
        TaskType.Archive => "归档",
        _ => type.ToString(),
    };

    public static string Of(TaskState state) => state switch
    {
        TaskState.Open => "待领取",
        TaskState.Claimed => "已领取",
        TaskState.Completed => "已完成",
        TaskState.Cancelled => "已取消",
        _ => state.ToString(),
    };

    public static string Of(EscalationLevel level) => level switch
    {
        EscalationLevel.CourtLeadership => "院领导",
        EscalationLevel.CityGovernment => "市政府",
        EscalationLevel.CityPartyCommittee => "市委",
        _ => level.ToString(),
    };

    public static string YesNo(bool value) => value ? "是" : "否";
}
