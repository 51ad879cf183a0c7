using Enforcement.Domain.Assistance;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.Obligations;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Petitions;
using Enforcement.Domain.PreEnforcement;
using Enforcement.Domain.Staff;
using Enforcement.Domain.Supervision;
using Enforcement.Domain.Tasks;

namespace Enforcement.Infrastructure.Seeding;

public sealed partial class DemoDataSeeder
{
    /// <summary>
    /// A month of prompts before enforcement: 20 judgments that took effect 5 to 42 days ago, 10 performed in full (a
    /// voluntary performance rate of 50%), two in part, two settled, one that became an enforcement case (the newest
    /// case, which shows the prompt on its timeline), and five without an outcome, four of them past their deadline.
    /// </summary>
    private List<PrePerformancePrompt> SeedPrompts(List<EnforcementCase> cases, StaffMember coordinator, DateOnly today)
    {
        var context = Context(coordinator, today);
        var prompts = new List<PrePerformancePrompt>();
        var newest = cases.Where(c => c.OriginalCaseId is null).MaxBy(c => c.FiledOn)!;
        for (var i = 0; i < 20; i++)
        {
            // The fifteenth prompt is the one whose creditor applied for enforcement: it is about the newest case's title.
            var applied = i == 14 && newest.Basis.EffectiveOn <= today.AddDays(-1);
            var effectiveOn = applied ? newest.Basis.EffectiveOn : i == 19 ? today.AddDays(-5) : today.AddDays(-(42 - (i * 5 / 3)));
            var debtor = i % 3 == 0 ? Party.Create(PartyKind.Enterprise, Enterprises[(i + 5) % Enterprises.Length]) : Party.Create(PartyKind.NaturalPerson, People[(i + 3) % People.Length], phone: $"1397301{2000 + i:D4}");
            var creditor = i % 2 == 0 ? Party.Create(PartyKind.Enterprise, Enterprises[i % Enterprises.Length]) : Party.Create(PartyKind.NaturalPerson, People[i % People.Length]);
            var amount = Money.FromYuan(8_000m + (i * 6_350m));
            var prompt = PrePerformancePrompt.Open(
                new PromptJudgment(applied ? newest.Basis.DocumentNumber : $"（{effectiveOn.Year}）湘0681民初{4100 + (i * 17)}号", "湖南省汨罗市人民法院", effectiveOn, 10, amount),
                [creditor], [debtor], context);
            var sent = effectiveOn.AddDays(1);
            prompt.SendNotice(sent, i % 2 == 0 ? PromptChannel.ElectronicService : PromptChannel.Post, context);
            if (i % 4 == 1)
            {
                prompt.AddContact(sent.AddDays(3), PromptChannel.Phone, debtor.Name, "电话提醒履行期限，对方表示正在筹款。", context);
            }

            var decidedOn = prompt.PerformanceDueOn <= today ? prompt.PerformanceDueOn : today;
            switch (i)
            {
                case < 10:
                    prompt.RecordPerformedInFull(decidedOn, context);
                    break;
                case 10 or 11:
                    prompt.RecordPerformedInPart(decidedOn, Money.FromYuan(amount.Yuan / 2), context);
                    break;
                case 12 or 13:
                    prompt.RecordSettlement(decidedOn, "双方达成执前和解：分两期履行，首期于和解当日支付。",
                        [(decidedOn, Money.FromYuan(amount.Yuan / 2)), (decidedOn.AddMonths(1), amount - Money.FromYuan(amount.Yuan / 2))], context);
                    break;
                case 14 when applied && newest.FiledOn >= effectiveOn:
                    prompt.RecordEnforcementApplied(newest.FiledOn, newest.Id, newest.Number.Value, newest.FiledOn, newest.Basis.DocumentNumber, context);
                    break;
            }

            prompts.Add(prompt);
        }

        return prompts;
    }

    /// <summary>
    /// The pool: the first steps of every open case whose handler has not taken them (the older ones overdue), the
    /// re-inquiries of 终本 cases coming due, and routine work by hand; some claimed, one completed into the case's
    /// measures, one cancelled.
    /// </summary>
    private List<EnforcementTask> SeedTasks(List<EnforcementCase> cases, List<StaffMember> staff, DateOnly today)
    {
        var coordinator = staff.Single(s => s.Name == "周敏");
        var context = Context(coordinator, today);
        var tasks = new List<EnforcementTask>();
        foreach (var @case in cases.Where(c => c.Status != CaseStatus.Closed && c.FirstAssignedOn is not null && (c.NoticeSentOn is null || c.AssetReportOrderedOn is null)))
        {
            tasks.AddRange(EnforcementTask.ForFirstSteps(@case.Id, @case.Number.Value, @case.FirstAssignedOn!.Value, @case.FirstStepsDueOn!.Value,
                @case.NoticeSentOn is not null, @case.AssetReportOrderedOn is not null, context));
        }

        foreach (var @case in cases.Where(c => TaskRules.Default.ReinquiryTaskDue(c.NextReinquiryDueOn, today)))
        {
            tasks.Add(EnforcementTask.ForReinquiry(@case.Id, @case.Number.Value, @case.NextReinquiryDueOn!.Value, context));
        }

        var open = cases.Where(c => c.Status != CaseStatus.Closed && c.HandlerId is not null).ToList();
        var closed = cases.First(c => c.Closure?.Mode == ClosureMode.FullyPerformed);
        // Made by hand over the last weeks: the valuation, the auction preparation and the follow-up are past due.
        EnforcementTask ByHand(TaskType type, EnforcementCase @case, string reason, int createdDaysAgo) =>
            EnforcementTask.Create(type, @case.Id, @case.Number.Value, reason, null, TaskRules.Default, Context(coordinator, today.AddDays(-createdDaysAgo)));
        tasks.Add(ByHand(TaskType.Valuation, open[0], "委托评估被执行人名下商铺（汨罗市归义街道）", 40));
        tasks.Add(ByHand(TaskType.AuctionPreparation, open[1], "评估报告已送达，准备网络司法拍卖", 35));
        tasks.Add(ByHand(TaskType.AssetReportFollowUp, open[3], "被执行人逾期未报告财产，跟进督促", 15));
        tasks.Add(ByHand(TaskType.DraftDocument, open[2], "制作限制消费令", 2));
        tasks.Add(ByHand(TaskType.Archive, closed, "执行完毕，整理卷宗归档", 5));
        var cancelled = EnforcementTask.Create(TaskType.Valuation, open[4].Id, open[4].Number.Value, "委托评估车辆", null, TaskRules.Default, context);
        cancelled.Cancel("被执行人已主动履行，无需评估", context);
        tasks.Add(cancelled);

        // Claims, and one notice served through the pool: the measure lands on the case.
        var team = staff.Where(s => s.CanHandleCases).ToList();
        var firstSteps = tasks.Where(t => t.Origin == TaskOrigin.FirstSteps).ToList();
        for (var i = 0; i < Math.Min(3, firstSteps.Count); i++)
        {
            var member = team[i % team.Count];
            var handler = cases.Single(c => c.Id == firstSteps[i].CaseId).HandlerId;
            member = team.FirstOrDefault(s => s.Id == handler) ?? member;
            firstSteps[i].Claim(member.Id, member.Name, Context(member, today));
        }

        if (firstSteps.LastOrDefault(t => t.Type == TaskType.ServeEnforcementNotice) is { } notice)
        {
            var @case = cases.Single(c => c.Id == notice.CaseId);
            notice.Complete(@case, coordinator.Id, coordinator.Name, today, "执行通知书已直接送达被执行人", null, false, context);
        }

        return tasks;
    }

    /// <summary>
    /// Assistance requests to 汨罗市公安局, 汨罗市不动产登记中心 and 中国工商银行汨罗支行 from open cases: answered on time
    /// (one freeze recorded on the case), answered late, unanswered within the period, and unanswered past due.
    /// </summary>
    private List<AssistanceRequest> SeedAssistance(List<EnforcementCase> cases, List<LinkedUnit> units, StaffMember coordinator, DateOnly today)
    {
        var police = Unit(LinkedUnitKind.PublicSecurity, "汨罗市公安局", "市公安局", null, "指挥中心 易警官", "0730-5223110");
        var bank = Unit(LinkedUnitKind.Bank, "中国工商银行股份有限公司汨罗支行", "工行汨罗支行", null, "运营主管 汤经理", "0730-5226688");
        units.Add(police);
        units.Add(bank);
        var registry = units.Single(u => u.FullName == "汨罗市不动产登记中心");
        var context = Context(coordinator, today);
        var open = cases.Where(c => c.Status != CaseStatus.Closed && c.OriginalCaseId is null && c.FiledOn <= today.AddDays(-40)).ToList();
        var requests = new List<AssistanceRequest>();
        var sequence = 0;

        AssistanceRequest Send(EnforcementCase @case, LinkedUnit unit, AssistanceType type, string content, int daysAgo)
        {
            var request = AssistanceRequest.Send(new AssistanceCase(@case.Id, @case.Number.Value, @case.FiledOn), unit, type,
                $"（{today.Year}）湘0681执协{++sequence}号", content, today.AddDays(-daysAgo), AssistanceRules.Default, context);
            requests.Add(request);
            return request;
        }

        var debtor = (EnforcementCase c) => c.Respondents[0].Name;
        Send(open[0], police, AssistanceType.LocateDebtor, $"请协助查找被执行人{debtor(open[0])}下落及名下机动车。", 30)
            .RecordReply(today.AddDays(-24), AssistanceResult.PropertyFound, "被执行人现居岳阳市岳阳楼区，名下小型轿车一辆（湘F·3K2**）。", null, context);
        Send(open[1], police, AssistanceType.LocateDebtor, $"请协助查找被执行人{debtor(open[1])}下落。", 20);
        Send(open[2], registry, AssistanceType.ReportProperty, $"请协助查询被执行人{debtor(open[2])}名下不动产登记信息。", 25)
            .RecordReply(today.AddDays(-10), AssistanceResult.NothingFound, "经查询，被执行人名下无不动产登记信息。", null, context);
        Send(open[3], registry, AssistanceType.RegisterSeal, "请协助办理被执行人名下房产（汨罗市归义街道）查封登记。", 3);
        var frozen = Send(open[4], bank, AssistanceType.Freeze, $"请协助冻结被执行人{debtor(open[4])}在你行账户存款。", 12);
        var freeze = open[4].RecordMeasure(MeasureKind.Freeze, today.AddDays(-9), "协助执行：工商银行汨罗支行冻结存款", Money.FromYuan(36_800m),
            "工商银行汨罗支行账户", null, null, false, context);
        frozen.RecordReply(today.AddDays(-9), AssistanceResult.Done, "已冻结被执行人账户存款36,800元，冻结期限一年。", freeze.Id, context);
        Send(open[5], bank, AssistanceType.ReportProperty, $"请协助查询被执行人{debtor(open[5])}开户及存款信息。", 16);
        return requests;
    }
}

public sealed partial class DemoDataSeeder
{
    /// <summary>
    /// Leadership's tracking: two key cases (the collective visit's case under the vice-president, the largest claim
    /// under the president) with tracking notes, one designation ended, a dismissed suggestion, and supervision orders
    /// in every state: open, overdue, a report waiting for the leader, returned with a new deadline, accepted, and one
    /// each on a petition and on a unit's debt.
    /// </summary>
    private (List<KeyCase> KeyCases, List<KeyCaseSuggestion> Suggestions, List<SupervisionOrder> Orders) SeedSupervision(
        List<EnforcementCase> cases, List<Petition> petitions, List<Obligation> obligations, List<StaffMember> staff, DateOnly today)
    {
        var vicePresident = staff.Single(s => s.Name == "黄德明");
        var president = staff.Single(s => s.Name == "杨振华");
        var coordinator = staff.Single(s => s.Name == "周敏");
        KeyCaseTarget Target(EnforcementCase c) => new(c.Id, c.Number.Value, c.FiledOn, c.IsClosed);
        StaffMember HandlerOf(EnforcementCase c) => staff.Single(s => s.Id == c.HandlerId);

        var open = cases.Where(c => c.Status == CaseStatus.Filed && c.HandlerId is not null).OrderBy(c => c.FiledOn).ToList();
        var collectiveCaseId = petitions.First(p => p.Collective).Cases.First(c => c.CaseId is not null).CaseId;
        var social = cases.Single(c => c.Id == collectiveCaseId);
        var largest = open.Where(c => c.Id != social.Id).MaxBy(c => c.ClaimedAmount.Fen)!;
        var keyCases = new List<KeyCase>();
        var designatedOn = Max(today.AddDays(-20), social.FiledOn);
        var first = KeyCase.Designate(Target(social), KeyCaseReason.CollectiveVisit, "农民工集体来访讨薪，涉及人数多、社会关注度高。", vicePresident, designatedOn, Context(vicePresident, designatedOn));
        first.AddNote(designatedOn.AddDays(2), "听取承办人汇报，要求一周内完成网络查控并约谈被执行人。", Context(vicePresident, designatedOn.AddDays(2)));
        first.AddNote(today.AddDays(-3), "被执行人提出分期方案，要求承办人核实其履行能力。", Context(vicePresident, today.AddDays(-3)));
        keyCases.Add(first);
        var largeOn = Max(today.AddDays(-12), largest.FiledOn);
        keyCases.Add(KeyCase.Designate(Target(largest), KeyCaseReason.LargeAmount, "标的额大，涉企影响大。", president, largeOn, Context(president, largeOn)));
        var ended = open.First(c => c.Id != social.Id && c.Id != largest.Id && c.FiledOn <= today.AddDays(-60));
        var endedKey = KeyCase.Designate(Target(ended), KeyCaseReason.SocialImpact, "媒体关注。", vicePresident, today.AddDays(-60), Context(vicePresident, today.AddDays(-60)));
        endedKey.Undesignate(today.AddDays(-10), "舆情平息，双方达成和解意向。", Context(vicePresident, today.AddDays(-10)));
        keyCases.Add(endedKey);

        var dismissed = KeyCaseSuggestion.From(new KeyCaseSuggested(ended.Id, ended.Number.Value, KeyCaseReason.Other, null, "承办人建议列为重点案件"), today.AddDays(-8));
        dismissed.Dismiss("已撤销重点案件，暂不再列入。", Context(vicePresident, today.AddDays(-7)));

        var orders = new List<SupervisionOrder>();
        SupervisionOrder Order(EnforcementCase c, string instruction, int issuedDaysAgo, int dueInDays, StaffMember leader)
        {
            var issuedOn = Max(today.AddDays(-issuedDaysAgo), c.FiledOn);
            var order = SupervisionOrder.Issue(SupervisionTarget.Of(c), instruction,
                today.AddDays(dueInDays) > issuedOn ? today.AddDays(dueInDays) : issuedOn.AddDays(1), HandlerOf(c), issuedOn, Context(leader, issuedOn));
            orders.Add(order);
            return order;
        }

        Order(social, "请于下周五前报告财产查控及约谈情况。", 5, 6, vicePresident);
        Order(largest, "限期报告查封财产的评估拍卖进度。", 20, -5, president);
        var waiting = Order(open[0], "请报告执行通知书送达及被执行人财产申报情况。", 15, 3, vicePresident);
        waiting.Report(today.AddDays(-1), "已送达执行通知书，被执行人未申报财产，拟采取限制消费措施。", Context(HandlerOf(open[0]), today.AddDays(-1)));
        var returned = Order(open[1], "请报告网络查控结果。", 30, -16, vicePresident);
        returned.Report(today.AddDays(-17), "已完成网络查控。", Context(HandlerOf(open[1]), today.AddDays(-17)));
        returned.Return("请补充不动产和车辆查询结果。", today.AddDays(7), Context(vicePresident, today.AddDays(-14)));
        var done = Order(open[2], "请报告和解履行情况。", 40, -25, vicePresident);
        done.Report(today.AddDays(-27), "被执行人已按和解协议履行首期款项。", Context(HandlerOf(open[2]), today.AddDays(-27)));
        done.Accept("同意，继续跟踪。", Context(vicePresident, today.AddDays(-24)));

        var petition = petitions.First(p => p.AssigneeKind == AssigneeKind.Staff && p.DueOn is not null);
        var petitionStaff = staff.Single(s => s.Id == petition.AssigneeId);
        var petitionIssuedOn = Max(today.AddDays(-2), petition.ReceivedOn);
        var petitionOrder = SupervisionOrder.Issue(
            Application.Supervision.SupervisionSubjects.TargetOf(petition),
            "请于三日内答复信访人。", today.AddDays(3), petitionStaff, petitionIssuedOn, Context(vicePresident, petitionIssuedOn));
        petition.RecordSupervision(petitionOrder.LastStep!, Context(vicePresident, petitionIssuedOn));
        orders.Add(petitionOrder);

        var debt = obligations.First(o => o.Owing);
        var debtIssuedOn = Max(today.AddDays(-4), debt.RecordedOn);
        var debtOrder = SupervisionOrder.Issue(SupervisionTarget.Of(debt),
            "请协调该单位于月底前提出履行计划。", today.AddDays(10), coordinator, debtIssuedOn, Context(vicePresident, debtIssuedOn));
        debt.RecordSupervision(debtOrder.LastStep!);
        orders.Add(debtOrder);
        return (keyCases, [dismissed], orders);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
