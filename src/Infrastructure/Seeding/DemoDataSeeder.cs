using System.Globalization;
using Enforcement.Application.Abstractions;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.Obligations;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Preservation;
using Enforcement.Domain.Staff;
using Enforcement.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Seeding;

/// <summary>
/// Realistic demo cases for the Development profile, written once into an empty database.
/// Identity numbers carry valid checksums but belong to nobody.
/// </summary>
public sealed partial class DemoDataSeeder(EnforcementDbContext db, LegalCalendar calendar, ICourtClock clock)
{
    private const string Court = "湘0681";

    private static readonly string[] People =
    [
        "张建国", "李秀英", "王志强", "刘芳", "陈海涛", "杨丽华", "赵德明", "黄晓燕", "周国平", "吴桂兰",
        "徐卫东", "孙美玲", "胡志军", "朱红梅", "郭永胜", "何静", "罗建华", "高淑珍",
    ];

    private static readonly string[] Enterprises =
    [
        "汨罗市宏远建材有限公司", "湖南湘江再生资源有限公司", "岳阳恒通物流有限公司", "汨罗市金盛纺织有限公司",
        "湖南楚天建设工程有限公司", "汨罗市丰源农业开发有限公司", "岳阳华湘机械制造有限公司", "湖南佳禾食品有限公司",
        "汨罗市鑫达再生铜业有限公司", "湖南联创电子科技有限公司", "汨罗市屈原商贸有限公司", "湖南南方水泥有限公司",
    ];

    private static readonly (PartyKind Kind, string Name)[] PublicBodies =
    [
        (PartyKind.Department, "汨罗市住房和城乡建设局"),
        (PartyKind.Department, "汨罗市教育局"),
        (PartyKind.Township, "汨罗市长乐镇人民政府"),
        (PartyKind.Township, "汨罗市白水镇人民政府"),
        (PartyKind.Community, "汨罗市归义街道新华社区居民委员会"),
        (PartyKind.Community, "汨罗市屈子祠镇双楚村村民委员会"),
    ];

    private static readonly string[] Issuers = ["汨罗市人民法院", "岳阳市中级人民法院", "岳阳仲裁委员会", "汨罗市劳动人事争议仲裁委员会"];

    private static readonly string[] Summaries =
    [
        "买卖合同纠纷，被执行人未按判决支付货款及利息。",
        "建设工程施工合同纠纷，拖欠工程款。",
        "民间借贷纠纷，借款本金及逾期利息未清偿。",
        "劳动争议，拖欠工资及经济补偿金。",
        "租赁合同纠纷，拖欠租金及违约金。",
        "政府采购合同款项未按约支付。",
    ];

    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Cases.AnyAsync(cancellationToken) || await db.Staff.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var staff = SeedStaff();
        var officers = staff.Where(s => s.CanHandleCases).ToList();

        var random = new Random(20260681);
        var today = clock.Today;
        var cases = new List<EnforcementCase>();
        for (var i = 0; i < 30; i++)
        {
            // Filed between 10 days and 11 months ago, so that the lists hold fresh, near-deadline and overdue cases.
            var filedOn = i == 1 ? today.AddDays(3).AddMonths(-6) : today.AddDays(-(10 + (i * 11)));
            var type = i switch
            {
                _ when i % 10 == 9 => CaseType.PreservationEnforcement,
                _ => CaseType.FirstEnforcement,
            };
            var number = CaseNumber.Create(filedOn.Year, Court, type, 100 + (i * 7));
            var applicant = i % 3 == 0 ? Person(random, i) : Enterprise(random, i);
            var respondents = new List<Party> { RespondentFor(random, i) };
            if (i % 5 == 0)
            {
                respondents.Add(Person(random, i + 7));
            }

            var claimed = Money.FromYuan(Math.Round((decimal)(random.NextDouble() * 2_000_000) + 5_000m, 2));
            var basis = EnforcementBasis.Create(
                Issuers[i % Issuers.Length],
                string.Create(CultureInfo.InvariantCulture, $"（{filedOn.Year - 1}）湘0681民初{1000 + (i * 13)}号"),
                filedOn.AddDays(-(20 + (i % 15))));
            // The newest case is 陈志刚's (the demo officer), so that his worklist shows first steps due and a claimed pool task.
            var officer = officers[(i == 0 ? 1 : i) % officers.Count];
            var @case = EnforcementCase.Register(
                number, filedOn, nonLitigation: i % 11 == 4, basis, claimed, [applicant], respondents,
                Summaries[i % Summaries.Length], Context(officer, today));
            Work(@case, i, officer, today);
            cases.Add(@case);
        }

        // A 执恢 case resuming the first 终本 case.
        var terminated = cases.First(c => c.Closure?.Mode == ClosureMode.TerminatedThisRound);
        var resumedOn = today.AddDays(-5);
        cases.Add(EnforcementCase.ResumeFrom(
            terminated, CaseNumber.Create(resumedOn.Year, Court, CaseType.ResumedEnforcement, 12), resumedOn, Context(officers[0], today)));

        var orders = SeedPreservation(random, cases.First(c => c.Status == CaseStatus.Filed && c.FiledOn < today.AddDays(-20)), officers[1], today);

        // A corrected entry (更正): a payment keyed in with the wrong amount, voided with its reason, then entered again.
        var corrected = cases.Last(c => c.Status == CaseStatus.Filed && c.HandlerId is not null && c.FiledOn < today.AddDays(-20));
        var correctionContext = Context(officers[2], today);
        var mistaken = corrected.RecordPayment(Money.FromYuan(50_000m), today.AddDays(-3), PaymentSource.Voluntary, "被执行人主动履行", correctionContext);
        corrected.VoidPayment(
            new PaymentRecord(mistaken.Id, mistaken.Amount, mistaken.Source, mistaken.PaidOn, Voided: false), "金额录入错误：实收5,000元，误录为50,000元", correctionContext);
        corrected.RecordPayment(Money.FromYuan(5_000m), today.AddDays(-3), PaymentSource.Voluntary, "被执行人主动履行", correctionContext);

        var coordinator = staff.Single(s => s.Name == "周敏");
        var (units, obligations) = SeedObligations(cases, coordinator, today);
        var petitions = SeedPetitions(cases, staff, units, today);
        var prompts = SeedPrompts(cases, coordinator, today);
        var tasks = SeedTasks(cases, staff, today);
        var assistance = SeedAssistance(cases, units, coordinator, today);
        var (keyCases, suggestions, supervisionOrders) = SeedSupervision(cases, petitions, obligations, staff, today);

        db.Staff.AddRange(staff);
        db.Cases.AddRange(cases);
        db.PreservationOrders.AddRange(orders);
        db.LinkedUnits.AddRange(units);
        db.Obligations.AddRange(obligations);
        db.Petitions.AddRange(petitions);
        db.PrePerformancePrompts.AddRange(prompts);
        db.EnforcementTasks.AddRange(tasks);
        db.AssistanceRequests.AddRange(assistance);
        db.KeyCases.AddRange(keyCases);
        db.Set<Domain.Supervision.KeyCaseSuggestion>().AddRange(suggestions);
        db.SupervisionOrders.AddRange(supervisionOrders);
        await db.SaveChangesAsync(cancellationToken);

        // One event whose delivery failed until its retries ran out: the outbox page shows a dead letter to send again.
        if (await db.OutboxMessages.OrderByDescending(m => m.OccurredAtUtc).ThenByDescending(m => m.Id).FirstOrDefaultAsync(cancellationToken) is { } undelivered)
        {
            undelivered.Failed("演示 Demo: 短信网关连续超时 the SMS gateway timed out", clock.UtcNow, maxAttempts: 1, TimeSpan.Zero);
            await db.SaveChangesAsync(cancellationToken);
        }

        return cases.Count;
    }

    /// <summary>
    /// The linked units around Miluo, the cases' public-body respondents linked to them (one left for a clerk to confirm),
    /// and obligations in every status: open, urged, a letter unanswered (escalation suggested), a plan running, a plan in
    /// default after an adjourned mediation and an ignored judicial suggestion, performed, and one escalated to the 市政府
    /// with the mayor's instruction.
    /// </summary>
    private (List<LinkedUnit> Units, List<Obligation> Obligations) SeedObligations(List<EnforcementCase> cases, StaffMember coordinator, DateOnly today)
    {
        var city = Unit(LinkedUnitKind.GovernmentDepartment, "汨罗市人民政府", "市政府", null, "市政府办公室 李秘书", "0730-5222001");
        var units = new List<LinkedUnit>
        {
            city,
            Unit(LinkedUnitKind.GovernmentDepartment, "汨罗市住房和城乡建设局", "市住建局", city, "计划财务股 王科长", "0730-5222318"),
            Unit(LinkedUnitKind.GovernmentDepartment, "汨罗市教育局", "市教育局", city, "财务股 张股长", "0730-5223406"),
            Unit(LinkedUnitKind.Township, "汨罗市长乐镇人民政府", "长乐镇", city, "党政办 刘主任", "0730-5481002"),
            Unit(LinkedUnitKind.Township, "汨罗市白水镇人民政府", "白水镇", city, "财政所 陈所长", "0730-5431017"),
            Unit(LinkedUnitKind.Township, "汨罗市屈子祠镇人民政府", "屈子祠镇", city, "党政办 周主任", "0730-5461005"),
            Unit(LinkedUnitKind.Township, "汨罗市归义街道办事处", "归义街道", city, "党政办 彭主任", "0730-5225103"),
        };
        units.Add(Unit(LinkedUnitKind.Community, "汨罗市归义街道新华社区居民委员会", "新华社区", units[6], "社区书记 何建平", "13807306688"));
        units.Add(Unit(LinkedUnitKind.Community, "汨罗市屈子祠镇双楚村村民委员会", "双楚村", units[5], "村主任 吴国庆", "13974012233"));
        units.Add(Unit(LinkedUnitKind.Registry, "汨罗市不动产登记中心", "不动产登记中心", null, "登记窗口", "0730-5229900"));

        var context = Context(coordinator, today);
        var linked = new List<EnforcementCase>();
        var firstLink = true;
        foreach (var @case in cases.Where(c => c.OriginalCaseId is null))
        {
            var respondent = @case.Respondents.FirstOrDefault(r => r.Kind.IsPublicBody());
            var unit = respondent is null ? null : units.FirstOrDefault(u => u.FullName == respondent.Name);
            if (unit is null)
            {
                continue;
            }

            if (firstLink)
            {
                firstLink = false; // left for a clerk to confirm: GET /api/cases/{id}/unit-suggestions lists it
                continue;
            }

            @case.LinkRespondent(respondent!.Name, unit, context);
            linked.Add(@case);
        }

        var open = linked.Where(c => !c.IsClosed).OrderBy(c => c.FiledOn).ToList();
        var obligations = new List<Obligation>();
        // A public body owes at most what its case has left to recover.
        Obligation Record(EnforcementCase @case, decimal owed, string basis, int deliveredDaysBeforeFiling = 200, int? contractDays = null)
        {
            var unit = units.Single(u => u.Id == @case.UnitLinks[0].LinkedUnitId);
            var outstanding = @case.LeftToRecover;
            var obligation = Obligation.Record(
                new CaseRef(@case.Id, @case.Number.Value, [unit.Id], Outstanding: outstanding, FiledOn: @case.FiledOn), unit, Money.FromYuan(Math.Min(owed, outstanding.Yuan)), basis,
                @case.FiledOn.AddDays(-deliveredDaysBeforeFiling), contractDays, context);
            obligations.Add(obligation);
            return obligation;
        }

        static Money Half(Money amount) => Money.FromYuan(Math.Round(amount.Yuan / 2, 2));

        // As the API's payment does (WhatFollowsAPayment): the debt counts its payment and what its case has left.
        void Pay(EnforcementCase @case, Obligation obligation, decimal amount, DateOnly paidOn)
        {
            obligation.CountPayment(@case.RecordPayment(Money.FromYuan(amount), paidOn, PaymentSource.Voluntary, $"{obligation.UnitName} 履行款", context, obligation.Id), null);
            obligation.CountCaseRecovery(@case.LeftToRecover, @case.LeftToRecover > Money.Zero ? null : paidOn);
        }

        var rules = ObligationRules.Default;
        var (escalatedCase, defaultCase, runningCase, performedCase) = (open[0], open[1 % open.Count], open[2 % open.Count], open[3 % open.Count]);

        // Escalated to the 市政府 with the mayor's instruction, after court leadership's follow-up passed.
        var escalated = Record(escalatedCase, 1_860_000m, "（2024）湘0681民初512号民事判决：支付安置房建设工程款", contractDays: 60);
        escalated.SendLetter("汨法督〔2026〕3号", today.AddDays(-95), null, rules, context);
        escalated.Escalate(EscalationLevel.CourtLeadership, "汨法报〔2026〕2号", today.AddDays(-75), "院长、分管执行副院长", today.AddDays(-45), null, rules, context);
        var cityReport = escalated.Escalate(EscalationLevel.CityGovernment, "汨法报〔2026〕9号", today.AddDays(-30), "汨罗市人民政府", null, null, rules, context);
        escalated.RecordInstruction(cityReport.Id, "市长 李明", today.AddDays(-26), "请市财政局会同市住建局于一个月内提出还款方案，报市政府审定。", context);

        // A plan in default, after an adjourned mediation; a judicial suggestion went unanswered.
        var inDefault = Record(defaultCase, 640_000m, "（2025）湘0681民初207号民事判决：支付校舍维修工程款");
        inDefault.SendLetter("汨法督〔2026〕11号", today.AddDays(-80), null, rules, context);
        inDefault.RecordMediation(today.AddDays(-72), "执源治理中心调解室", [MediationParticipant.Court, MediationParticipant.Unit, MediationParticipant.Enterprise],
            "单位分管负责人、企业法定代表人", MediationOutcome.Adjourned, today.AddDays(-65), "单位需报上级审批付款计划", null, context);
        inDefault.RecordMediation(today.AddDays(-65), "执源治理中心调解室",
            [MediationParticipant.Court, MediationParticipant.Unit, MediationParticipant.SuperiorUnit, MediationParticipant.Enterprise], "单位及其上级主管部门负责人、企业法定代表人",
            MediationOutcome.Agreement, null, "调处达成分两期付款协议",
            [(today.AddDays(-45), Half(inDefault.Amount)), (today.AddDays(15), inDefault.Amount - Half(inDefault.Amount))], context);
        inDefault.SendSuggestion(SuggestionRecipient.Unit, units.Single(u => u.Id == inDefault.LinkedUnitId), "（2026）湘0681司建4号", today.AddDays(-70),
            "建议将拖欠企业账款纳入年度预算，依法及时支付", null, rules, context);

        // A plan running on time: the first instalment paid.
        if (runningCase != defaultCase && runningCase != escalatedCase)
        {
            var running = Record(runningCase, 300_000m, "工程结算审计报告确认的工程款");
            var letter = running.SendLetter("汨法督〔2026〕15号", today.AddDays(-40), null, rules, context);
            running.RecordLetterReply(letter.Id, today.AddDays(-30), "已制定分三期付款方案", context);
            var third = Money.FromYuan(Math.Round(running.Amount.Yuan / 3, 2));
            running.AgreePlan(today.AddDays(-30), [(today.AddDays(-10), third), (today.AddDays(20), third), (today.AddDays(50), running.Amount - third - third)],
                "按季度付款", PlanSource.Negotiated, context);
            Pay(runningCase, running, third.Yuan, today.AddDays(-12));
        }

        // Performed in full.
        if (performedCase != runningCase && performedCase != defaultCase && performedCase != escalatedCase)
        {
            var performed = Record(performedCase, 85_000m, "物业服务费");
            performed.SendLetter("汨法督〔2026〕18号", today.AddDays(-20), null, rules, context);
            Pay(performedCase, performed, performed.Amount.Yuan, today.AddDays(-6));
        }

        // Urged with a letter unanswered past its due date (escalation suggested), urged on time, and not yet urged.
        foreach (var (@case, n) in linked.Where(c => obligations.All(o => o.CaseId != c.Id)).Take(3).Select((c, n) => (c, n)))
        {
            var obligation = Record(@case, 120_000m + (n * 45_000m), "政府采购合同约定的货款", deliveredDaysBeforeFiling: 90, contractDays: 45);
            if (n < 2)
            {
                obligation.SendLetter($"汨法督〔2026〕{21 + n}号", today.AddDays(n == 0 ? -30 : -5), null, rules, context);
            }
        }

        // Ended with its case (随案结案): urged, then the creditor withdrew the application while the debt was unpaid.
        var candidates = linked.Where(c => !c.IsClosed && c.Settlement is null && c.PausedSince is null).Select(c => c.Id).ToHashSet();
        if (obligations.FirstOrDefault(o => o.Owing && o.FirstUrgedOn is not null && o.EscalationLevel == 0 && o.PlanRevision == 0 && candidates.Contains(o.CaseId)
                                            && obligations.Count(x => x.Owing && x.FirstUrgedOn is not null && x.PlanRevision == 0) > 1) is { } ended)
        {
            var withdrawnCase = linked.Single(c => c.Id == ended.CaseId);
            withdrawnCase.Close(ClosureMode.Withdrawn, today, "申请执行人与被执行人达成执行外和解，撤回执行申请。", context);
            ended.EndWithCase(ClosureMode.Withdrawn, today);
        }

        return (units, obligations);
    }

    private static LinkedUnit Unit(LinkedUnitKind kind, string name, string shortName, LinkedUnit? superior, string contact, string phone)
    {
        var unit = LinkedUnit.Register(kind, new UnitDetails(name, shortName, null, contact, phone));
        unit.PlaceUnder(superior, []);
        return unit;
    }

    /// <summary>Orders in every state: measures expiring within 7, 15 and 30 days, a lapsed one, a lift-due one, a converted one.</summary>
    private List<PreservationOrder> SeedPreservation(Random random, EnforcementCase caseToConvert, StaffMember officer, DateOnly today)
    {
        var context = Context(officer, today);
        PreservationOrder Order(
            PreservationKind kind, int sequence, DateOnly ruledOn, double rulingHours, IReadOnlyCollection<Party>? respondents = null, DateOnly? performanceEnds = null,
            string? judgment = null)
        {
            var ruledAt = ruledOn.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
            var type = kind == PreservationKind.PreEnforcement ? CaseType.PreservationEnforcement : CaseType.PreservationReview;
            return PreservationOrder.Create(
                kind,
                kind == PreservationKind.DuringLitigation ? null : CaseNumber.Create(ruledOn.Year, Court, type, sequence),
                kind == PreservationKind.DuringLitigation ? string.Create(CultureInfo.InvariantCulture, $"（{ruledOn.Year}）湘0681民初{sequence}号") : judgment,
                [Enterprise(random, sequence)],
                respondents ?? [Person(random, sequence + 3)],
                Money.FromYuan(100_000m * (1 + (sequence % 5))),
                SecurityForm.Guarantee,
                Money.FromYuan(100_000m * (1 + (sequence % 5))),
                ruledAt.AddHours(-rulingHours),
                ruledAt,
                ruledOn,
                performanceEnds,
                context);
        }

        // Live measures expiring in 4, 12 and 25 days, and one that lapsed 10 days ago without renewal.
        var watched = Order(PreservationKind.DuringLitigation, 2101, today.AddYears(-2), 30);
        watched.AddMeasure(AssetKind.BankDeposit, "冻结被申请人中国建设银行汨罗支行账户 6217 0029 3012", Money.FromYuan(180_000m), "中国建设银行汨罗支行", today.AddYears(-1).AddDays(5), context);
        watched.AddMeasure(AssetKind.BankDeposit, "冻结被申请人中国农业银行账户 6228 4800 5566", Money.FromYuan(60_000m), "中国农业银行汨罗支行", today.AddYears(-1).AddDays(13), context);
        watched.AddMeasure(AssetKind.Movable, "扣押被申请人车辆 湘F·8M321", null, "汨罗市公安局交通警察大队", today.AddYears(-2).AddDays(26), context);
        var lapsed = Order(PreservationKind.DuringLitigation, 2102, today.AddYears(-1).AddDays(-30), 20);
        lapsed.AddMeasure(AssetKind.BankDeposit, "冻结被申请人中国工商银行账户 6222 0219 0011", Money.FromYuan(90_000m), "中国工商银行汨罗支行", today.AddYears(-1).AddDays(-10), context);

        // Pre-litigation, ruled late (60 hours) and not sued within 30 days: lift due.
        var liftDue = Order(PreservationKind.PreLitigation, 31, today.AddDays(-45), 60);
        liftDue.AddMeasure(AssetKind.Immovable, "查封被申请人湘(2021)汨罗市不动产权第0033210号房产", null, "汨罗市不动产登记中心", today.AddDays(-44), context);

        // Pre-litigation kept in force by a suit.
        var sued = Order(PreservationKind.PreLitigation, 32, today.AddDays(-20), 20);
        sued.AddMeasure(AssetKind.OtherPropertyRight, "冻结被申请人持有的湖南佳禾食品有限公司 30% 股权", null, "汨罗市市场监督管理局", today.AddDays(-19), context);
        sued.RecordLawsuit(string.Create(CultureInfo.InvariantCulture, $"（{today.Year}）湘0681民初2233号"), today.AddDays(-10), context);

        // Pre-enforcement, converted into an enforcement case against the same respondent.
        var converted = Order(PreservationKind.PreEnforcement, 33, caseToConvert.FiledOn.AddDays(-15), 20,
            caseToConvert.Respondents.Select(r => r.Copy()).ToList(), caseToConvert.FiledOn.AddDays(-5), caseToConvert.Basis.DocumentNumber);
        converted.AddMeasure(AssetKind.BankDeposit, "冻结被执行人基本存款账户", caseToConvert.ClaimedAmount, "中国银行汨罗支行", caseToConvert.FiledOn.AddDays(-14), context);
        converted.ConvertTo(caseToConvert, context);

        // During litigation: 400,000 to preserve, 600,000 frozen, more than 20% above: over-preserved (超标的查封).
        var overPreserved = Order(PreservationKind.DuringLitigation, 2103, today.AddDays(-60), 20);
        overPreserved.AddMeasure(AssetKind.BankDeposit, "冻结被申请人中国银行汨罗支行账户 6013 8200 7788", Money.FromYuan(600_000m), "中国银行汨罗支行", today.AddDays(-58), context);

        return [watched, lapsed, liftDue, sued, converted, overPreserved];
    }

    /// <summary>Works a case to one of the states the worklists and the dashboard need to show.</summary>
    private void Work(EnforcementCase @case, int i, StaffMember officer, DateOnly today)
    {
        var context = Context(officer, today);
        var filed = @case.FiledOn;
        if (i % 7 == 3)
        {
            return; // no handler yet
        }

        var assignedOn = Min(filed.AddDays(i % 4 == 0 ? 9 : 2), today);
        @case.AssignHandler(officer, assignedOn, context);
        if (assignedOn.AddDays(2) > today)
        {
            return;
        }

        @case.RecordMeasure(MeasureKind.EnforcementNotice, assignedOn.AddDays(1), "向被执行人送达执行通知书", null, null, null, null, false, context);
        @case.RecordMeasure(MeasureKind.AssetReportOrder, assignedOn.AddDays(1), "责令被执行人报告财产", null, null, null, null, false, context);
        @case.RecordMeasure(MeasureKind.OnlineAssetInquiry, assignedOn.AddDays(2), "总对总网络查控：银行、不动产、车辆", null, null,
            i % 2 == 0 ? InquiryResult.AssetsFound : InquiryResult.NoAssets, null, false, context);

        var age = today.DayNumber - filed.DayNumber;
        switch (i % 6)
        {
            case 0 when age > 60:
                // Fully performed: frozen deposit deducted, case closed.
                var deductedOn = filed.AddDays(40);
                @case.RecordMeasure(MeasureKind.Freeze, filed.AddDays(20), "冻结被执行人银行存款", @case.ClaimedAmount, "中国建设银行汨罗支行 4300 1234 5678", null, null, false, context);
                @case.RecordMeasure(MeasureKind.Deduct, deductedOn, "扣划冻结存款", @case.ClaimedAmount, "中国建设银行汨罗支行 4300 1234 5678", null, null, false, context);
                @case.RecordPayment(@case.ClaimedAmount, deductedOn, PaymentSource.Deduction, "扣划到位", context);
                @case.Close(ClosureMode.FullyPerformed, deductedOn.AddDays(3), "执行标的已全部扣划到位", context);
                break;
            case 1 when age > 200:
                // 终本 with all five conditions, re-inquiry due.
                @case.RecordMeasure(MeasureKind.ConsumptionRestriction, filed.AddDays(15), "发出限制消费令", null, null, null, null, false, context);
                @case.RecordMeasure(MeasureKind.DishonestDebtorListing, filed.AddDays(16), "纳入失信被执行人名单", null, null, null, "有履行能力而拒不履行", false, context);
                @case.Close(ClosureMode.TerminatedThisRound, filed.AddDays(95), "经网络查控及实地调查，未发现可供执行财产", context);
                break;
            case 2 when age > 30:
                // Settlement being performed: the clock is paused.
                var agreedOn = filed.AddDays(25);
                var half = Money.FromFen(@case.ClaimedAmount.Fen / 2);
                @case.AgreeSettlement(agreedOn, "分两期履行，每期支付一半", [new SettlementInstalment(agreedOn.AddMonths(1), half), new SettlementInstalment(agreedOn.AddMonths(2), @case.ClaimedAmount - half)], context);
                if (agreedOn.AddMonths(1) <= today)
                {
                    @case.RecordPayment(half, agreedOn.AddMonths(1), PaymentSource.SettlementInstalment, "和解第一期", context);
                }

                break;
            case 3 when age > 20:
                // Suspended (中止): the clock stands still.
                @case.Pause(PauseKind.Suspension, filed.AddDays(18), "被执行人涉及破产重整，裁定中止执行", context);
                break;
            case 4 when age > 50:
                // Partly recovered, with a seal on a building.
                @case.RecordMeasure(MeasureKind.Seal, filed.AddDays(12), "查封被执行人名下厂房", null, "湘(2023)汨罗市不动产权第0012345号", null, null, false, context);
                @case.RecordPayment(Money.FromFen(@case.ClaimedAmount.Fen / 3), filed.AddDays(45), PaymentSource.Voluntary, "被执行人主动履行部分款项", context);
                break;
        }

        if (i == 1)
        {
            // Near the deadline, with an extension request waiting for the leader.
            @case.RequestExtension("被执行人财产处置中，需延长执行期限", 3, context);
        }
        else if (i == 26 && @case.Status == CaseStatus.Filed)
        {
            @case.RecordMeasure(MeasureKind.SearchForDebtor, filed.AddDays(30), "被执行人下落不明，发布悬赏查找", null, null, null, null, true, context);
        }

    }

    private ChangeContext Context(StaffMember officer, DateOnly today) =>
        new(officer.Name, today, clock.UtcNow, calendar);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static List<StaffMember> SeedStaff() =>
    [
        StaffMember.Create("刘建军", "执行局局长", CourtUnit.EnforcementBureau),
        StaffMember.Create("陈志刚", "执行员", CourtUnit.EnforcementBureau),
        StaffMember.Create("王丽娟", "执行法官", CourtUnit.EnforcementBureau),
        StaffMember.Create("李国强", "执行员", CourtUnit.EnforcementBureau),
        StaffMember.Create("周敏", "执源治理中心主任", CourtUnit.GovernanceCenter),
        StaffMember.Create("赵晓东", "法官助理", CourtUnit.GovernanceCenter),
        StaffMember.Create("孙桂芳", "信访接待员", CourtUnit.PetitionOffice),
        StaffMember.Create("黄德明", "副院长", CourtUnit.CourtLeadership),
        StaffMember.Create("杨振华", "院长", CourtUnit.CourtLeadership),
    ];

    private static Party RespondentFor(Random random, int i) => (i % 4) switch
    {
        0 => Enterprise(random, i + 3),
        1 => PublicBody(random, i),
        2 => Person(random, i + 1),
        _ => Enterprise(random, i + 5),
    };

    private static Party Person(Random random, int i)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 365 * 40));
        var body = string.Create(CultureInfo.InvariantCulture, $"430681{birth:yyyyMMdd}{random.Next(100, 999)}");
        var phone = string.Create(CultureInfo.InvariantCulture, $"13{random.Next(0, 10)}{random.Next(10_000_000, 99_999_999)}");
        return Party.Create(PartyKind.NaturalPerson, People[i % People.Length], body + ResidentId.CheckCharacter(body), phone: phone);
    }

    private static Party Enterprise(Random random, int i) =>
        Party.Create(PartyKind.Enterprise, Enterprises[i % Enterprises.Length], creditCode: CreditCodeFor(random, "91"),
            phone: string.Create(CultureInfo.InvariantCulture, $"0730-{random.Next(5_000_000, 5_999_999)}"));

    private static Party PublicBody(Random random, int i)
    {
        var (kind, name) = PublicBodies[i % PublicBodies.Length];
        return Party.Create(kind, name, creditCode: CreditCodeFor(random, kind == PartyKind.Community ? "54" : "11"));
    }

    private static string CreditCodeFor(Random random, string prefix)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var organisation = new string(Enumerable.Range(0, 9).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        var body = prefix + "430681" + organisation;
        return body + CreditCode.CheckCharacter(body);
    }
}
