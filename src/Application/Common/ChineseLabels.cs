using Enforcement.Domain.Assistance;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Obligations;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Petitions;
using Enforcement.Domain.PreEnforcement;
using Enforcement.Domain.Preservation;
using Enforcement.Domain.Staff;
using Enforcement.Domain.Supervision;
using Enforcement.Domain.Tasks;
using Enforcement.Application.Worklist;

namespace Enforcement.Application.Common;

/// <summary>The glossary's Chinese terms for the enums shown to the court's staff (exports, and the web application's labels).</summary>
public static partial class ChineseLabels
{
    private static readonly Dictionary<string, string> TermsByName = TermsOfTheRecord();

    /// <summary>
    /// A timeline line or a petition's step with the enum names it was written with (<c>EnforcementNotice</c>,
    /// <c>Suspension</c>, <c>Deduction</c>, <c>Visit</c>, <c>TerminatedThisRound</c>…) in Chinese, for a page; the stored
    /// line keeps the names, which the API returns as they are.
    /// </summary>
    /// <summary>
    /// An escalation reason as the API states it (<c>plan_in_default: instalment due 2025-07-01 is 45 days late</c>), in
    /// Chinese for a page; a reason of another shape is returned as it is.
    /// </summary>
    public static string EscalationReason(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var match = EscalationReasonPattern().Match(reason);
        if (!match.Success)
        {
            return reason;
        }

        string G(string name) => match.Groups[name].Value;
        return G("rule") switch
        {
            "plan_in_default" when G("late").Length > 0 => $"履行计划逾期：{G("due")} 到期的一期已逾期 {G("late")} 天",
            "letter_unanswered" => $"督促函未复：{G("doc")}，应于 {G("due")} 前答复",
            "judicial_suggestion_unanswered" => $"司法建议未复：{G("doc")}，应于 {G("due")} 前答复",
            "previous_level_follow_up_passed" => $"上一级报告跟进期已过：{(Enum.TryParse<EscalationLevel>(G("doc"), out var level) ? Of(level) : G("doc"))}，跟进期限 {G("due")}",
            _ => reason,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(
        @"^(?<rule>plan_in_default): instalment due (?<due>\d{4}-\d{2}-\d{2}) is (?<late>\d+) days late$"
        + @"|^(?<rule>letter_unanswered|judicial_suggestion_unanswered): (?<doc>.+), reply due (?<due>\d{4}-\d{2}-\d{2})$"
        + @"|^(?<rule>previous_level_follow_up_passed): (?<doc>\w+) follow-up was due (?<due>\d{4}-\d{2}-\d{2})$")]
    private static partial System.Text.RegularExpressions.Regex EscalationReasonPattern();

    public static string InChinese(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EnumName().Replace(text, name => TermsByName.TryGetValue(name.Value, out var term) ? term : name.Value);
    }

    private static Dictionary<string, string> TermsOfTheRecord()
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add<T>(Func<T, string> label)
            where T : struct, Enum
        {
            foreach (var value in Enum.GetValues<T>())
            {
                terms.TryAdd(value.ToString(), label(value));
            }
        }

        Add<MeasureKind>(Of);
        Add<PauseKind>(Of);
        Add<PaymentSource>(Of);
        Add<ClosureMode>(Of);
        Add<InquiryResult>(Of);
        Add<AssetKind>(Of);
        Add<PetitionChannel>(Of);
        Add<PetitionCategory>(Of);
        Add<ReplyChannel>(Of);
        return terms;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-Z][A-Za-z]+\b")]
    private static partial System.Text.RegularExpressions.Regex EnumName();

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

    public static string Of(PetitionTrack track) => track switch
    {
        PetitionTrack.Enforcement => "涉执信访",
        PetitionTrack.General => "普通信访",
        _ => track.ToString(),
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

    public static string Of(Domain.Preservation.SecurityForm form) => form switch
    {
        Domain.Preservation.SecurityForm.None => "无担保",
        Domain.Preservation.SecurityForm.Cash => "现金",
        Domain.Preservation.SecurityForm.Guarantee => "保证",
        Domain.Preservation.SecurityForm.PropertyPledge => "财产担保",
        Domain.Preservation.SecurityForm.Insurance => "保全保险",
        _ => form.ToString(),
    };

    public static string Of(EscalationLevel level) => level switch
    {
        EscalationLevel.CourtLeadership => "院领导",
        EscalationLevel.CityGovernment => "市政府",
        EscalationLevel.CityPartyCommittee => "市委",
        _ => level.ToString(),
    };

    public static string Of(MeasureKind kind) => kind switch
    {
        MeasureKind.EnforcementNotice => "执行通知书",
        MeasureKind.AssetReportOrder => "报告财产令",
        MeasureKind.OnlineAssetInquiry => "网络查控",
        MeasureKind.Seal => "查封",
        MeasureKind.Seize => "扣押",
        MeasureKind.Freeze => "冻结",
        MeasureKind.Deduct => "扣划",
        MeasureKind.Auction => "拍卖",
        MeasureKind.ConsumptionRestriction => "限制消费令",
        MeasureKind.DishonestDebtorListing => "纳入失信名单",
        MeasureKind.DishonestDebtorRemoval => "移出失信名单",
        MeasureKind.Fine => "罚款",
        MeasureKind.Detention => "拘留",
        MeasureKind.SearchForDebtor => "查找被执行人",
        MeasureKind.AssetNotDisposable => "财产无法处置",
        _ => kind.ToString(),
    };

    public static string Of(InquiryResult result) => result switch
    {
        InquiryResult.AssetsFound => "发现可供执行财产",
        InquiryResult.NoAssets => "未发现可供执行财产",
        _ => result.ToString(),
    };

    public static string Of(PaymentSource source) => source switch
    {
        PaymentSource.Voluntary => "自动履行",
        PaymentSource.Deduction => "扣划",
        PaymentSource.AuctionProceeds => "拍卖款",
        PaymentSource.SettlementInstalment => "和解分期",
        _ => source.ToString(),
    };

    public static string Of(PauseKind kind) => kind switch
    {
        PauseKind.Suspension => "中止执行",
        PauseKind.PublicNoticeService => "公告送达",
        PauseKind.Deferral => "暂缓执行",
        PauseKind.RequestForInstructions => "请示",
        PauseKind.Coordination => "协调",
        _ => kind.ToString(),
    };

    public static string Of(PartyKind kind) => kind switch
    {
        PartyKind.NaturalPerson => "自然人",
        PartyKind.Enterprise => "企业",
        PartyKind.Department => "机关部门",
        PartyKind.Township => "乡镇（街道）",
        PartyKind.Community => "村（社区）",
        PartyKind.OtherOrganization => "其他组织",
        _ => kind.ToString(),
    };

    public static string Of(KeyCaseReason reason) => reason switch
    {
        KeyCaseReason.LargeAmount => "标的额大",
        KeyCaseReason.PublicBodyDebtor => "公职主体为被执行人",
        KeyCaseReason.RepeatedPetitions => "重复信访",
        KeyCaseReason.CollectiveVisit => "集体访",
        KeyCaseReason.SocialImpact => "社会影响大",
        KeyCaseReason.Other => "其他",
        _ => reason.ToString(),
    };

    public static string Of(SuggestionStatus status) => status switch
    {
        SuggestionStatus.Pending => "待决定",
        SuggestionStatus.Accepted => "已列为重点",
        SuggestionStatus.Dismissed => "不列为重点",
        SuggestionStatus.Withdrawn => "案件已结案",
        _ => status.ToString(),
    };

    public static string Of(SupervisionSubject subject) => subject switch
    {
        SupervisionSubject.Case => "案件",
        SupervisionSubject.Petition => "信访件",
        SupervisionSubject.Obligation => "公职主体欠款",
        _ => subject.ToString(),
    };

    public static string Of(SupervisionStatus status) => status switch
    {
        SupervisionStatus.Open => "督办中",
        SupervisionStatus.Reported => "已报告待审",
        SupervisionStatus.Accepted => "已办结",
        _ => status.ToString(),
    };

    public static string Of(ExtensionStatus status) => status switch
    {
        ExtensionStatus.Pending => "待审批",
        ExtensionStatus.Approved => "已批准",
        ExtensionStatus.Refused => "未批准",
        ExtensionStatus.Lapsed => "已失效（结案时未审批）",
        _ => status.ToString(),
    };

    public static string Of(WorklistKind kind) => kind switch
    {
        WorklistKind.CaseDeadline => "审限",
        WorklistKind.CaseFirstSteps => "执行通知书/报告财产令",
        WorklistKind.CaseReinquiry => "终本再查",
        WorklistKind.CaseAssignment => "待分案",
        WorklistKind.PreservationExpiry => "保全到期",
        WorklistKind.PreservationRenewalRequest => "续行申请",
        WorklistKind.PreservationLift => "解除保全",
        WorklistKind.ObligationLetter => "督促履行函",
        WorklistKind.ObligationInstalment => "履行计划",
        WorklistKind.ObligationEscalation => "报告市委市政府",
        WorklistKind.Petition => "信访",
        WorklistKind.SupervisionOrder => "督办",
        WorklistKind.SupervisionReport => "督办报告",
        WorklistKind.KeyCase => "重点案件",
        WorklistKind.Task => "集约任务",
        WorklistKind.Assistance => "协助执行",
        WorklistKind.ExtensionDecision => "延长审限审批",
        _ => kind.ToString(),
    };

    public static string Of(PetitionDeadlineKind kind) => kind switch
    {
        PetitionDeadlineKind.Accept => "决定是否受理",
        PetitionDeadlineKind.Assign => "登记交办",
        PetitionDeadlineKind.Resolve => "办结",
        PetitionDeadlineKind.ReviewRequest => "申请复查/复核",
        PetitionDeadlineKind.ReviewAnswer => "复查/复核答复",
        _ => kind.ToString(),
    };

    public static string Of(AssetKind kind) => kind switch
    {
        AssetKind.BankDeposit => "银行存款",
        AssetKind.Movable => "动产",
        AssetKind.Immovable => "不动产",
        AssetKind.OtherPropertyRight => "其他财产权",
        _ => kind.ToString(),
    };

    public static string Of(HoldStatus status) => status switch
    {
        HoldStatus.Live => "保全中",
        HoldStatus.Released => "已解除",
        HoldStatus.Lapsed => "已脱保",
        HoldStatus.Voided => "已撤销",
        _ => status.ToString(),
    };

    public static string Of(PreservationKind kind) => kind switch
    {
        PreservationKind.PreLitigation => "诉前保全",
        PreservationKind.DuringLitigation => "诉讼保全",
        PreservationKind.PreEnforcement => "执行前保全",
        _ => kind.ToString(),
    };

    public static string Of(OrderStatus status) => status switch
    {
        OrderStatus.Active => "执行中",
        OrderStatus.Converted => "已转执行",
        _ => status.ToString(),
    };

    public static string Of(Satisfaction satisfaction) => satisfaction switch
    {
        Satisfaction.Satisfied => "满意",
        Satisfaction.BasicallySatisfied => "基本满意",
        Satisfaction.Dissatisfied => "不满意",
        _ => satisfaction.ToString(),
    };

    public static string Of(ReplyChannel channel) => channel switch
    {
        ReplyChannel.InPerson => "当面答复",
        ReplyChannel.Letter => "书面答复",
        ReplyChannel.Phone => "电话答复",
        ReplyChannel.Online => "网上答复",
        _ => channel.ToString(),
    };

    public static string Of(CourtUnit unit) => unit switch
    {
        CourtUnit.EnforcementBureau => "执行局",
        CourtUnit.GovernanceCenter => "执源治理中心",
        CourtUnit.PetitionOffice => "信访接待室",
        CourtUnit.CourtLeadership => "院领导",
        _ => unit.ToString(),
    };

    public static string Of(LinkedUnitKind kind) => kind switch
    {
        LinkedUnitKind.GovernmentDepartment => "政府部门",
        LinkedUnitKind.Township => "乡镇（街道）",
        LinkedUnitKind.Community => "社区（村）",
        LinkedUnitKind.PublicInstitution => "事业单位",
        LinkedUnitKind.StateOwnedEnterprise => "国有企业",
        LinkedUnitKind.Registry => "登记机关",
        LinkedUnitKind.Bank => "银行",
        LinkedUnitKind.PublicSecurity => "公安机关",
        LinkedUnitKind.Other => "其他",
        _ => kind.ToString(),
    };

    /// <summary>A role by its glossary name.</summary>
    public static string OfRole(string role) => role switch
    {
        Security.Roles.Officer => "执行干警",
        Security.Roles.Coordinator => "执源治理中心",
        Security.Roles.Reception => "信访接待",
        Security.Roles.Leader => "院领导",
        Security.Roles.Admin => "系统管理员",
        _ => role,
    };

    public static string Of(Outbox.OutboxStatus status) => status switch
    {
        Outbox.OutboxStatus.Pending => "待投递",
        Outbox.OutboxStatus.Delivered => "已投递",
        Outbox.OutboxStatus.DeadLettered => "投递失败",
        _ => status.ToString(),
    };

    public static string Of(ObligationStatus status) => status switch
    {
        ObligationStatus.Open => "未督促",
        ObligationStatus.Urged => "已督促",
        ObligationStatus.PlanAgreed => "已达成履行计划",
        ObligationStatus.InDefault => "计划违约",
        ObligationStatus.Performed => "已履行",
        ObligationStatus.Ended => "随案结案",
        _ => status.ToString(),
    };

    public static string Of(PromptOutcome outcome) => outcome switch
    {
        PromptOutcome.PerformedInFull => "全部自动履行",
        PromptOutcome.PerformedInPart => "部分履行",
        PromptOutcome.Settled => "执前和解",
        PromptOutcome.EnforcementApplied => "申请执行",
        _ => outcome.ToString(),
    };

    public static string Of(AssistanceType type) => type switch
    {
        AssistanceType.LocateDebtor => "查找被执行人下落",
        AssistanceType.RegisterSeal => "协助办理查封登记",
        AssistanceType.ReportProperty => "协助查询、报告财产",
        AssistanceType.Freeze => "协助冻结",
        AssistanceType.Transfer => "协助过户、划转",
        AssistanceType.Other => "其他",
        _ => type.ToString(),
    };

    public static string Of(AssistanceResult result) => result switch
    {
        AssistanceResult.Done => "已协助办理",
        AssistanceResult.PropertyFound => "查到财产或下落",
        AssistanceResult.NothingFound => "未查到",
        AssistanceResult.Declined => "无法协助",
        _ => result.ToString(),
    };

    public static string Of(MediationOutcome outcome) => outcome switch
    {
        MediationOutcome.Agreement => "达成协议",
        MediationOutcome.NoAgreement => "未达成协议",
        MediationOutcome.Adjourned => "改期",
        _ => outcome.ToString(),
    };

    public static string Of(MediationParticipant participant) => participant switch
    {
        MediationParticipant.Court => "法院",
        MediationParticipant.Unit => "债务单位",
        MediationParticipant.SuperiorUnit => "上级单位",
        MediationParticipant.Enterprise => "企业",
        _ => participant.ToString(),
    };

    public static string Of(SuggestionRecipient recipient) => recipient switch
    {
        SuggestionRecipient.Unit => "债务单位",
        SuggestionRecipient.SuperiorUnit => "上级单位",
        _ => recipient.ToString(),
    };

    public static string Of(EscalationOutcome outcome) => outcome switch
    {
        EscalationOutcome.Performed => "已履行",
        EscalationOutcome.PlanAgreed => "达成履行计划",
        EscalationOutcome.NoResult => "无结果",
        _ => outcome.ToString(),
    };

    public static string Of(PromptChannel channel) => channel switch
    {
        PromptChannel.InPerson => "当面",
        PromptChannel.Post => "邮寄",
        PromptChannel.Phone => "电话",
        PromptChannel.TextMessage => "短信",
        PromptChannel.ElectronicService => "电子送达",
        PromptChannel.Other => "其他",
        _ => channel.ToString(),
    };

    public static string YesNo(bool value) => value ? "是" : "否";
}
