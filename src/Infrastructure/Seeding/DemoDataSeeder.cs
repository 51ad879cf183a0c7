using System.Globalization;
using Enforcement.Application.Abstractions;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
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
public sealed class DemoDataSeeder(EnforcementDbContext db, LegalCalendar calendar, ICourtClock clock)
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
            var officer = officers[i % officers.Count];
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

        db.Staff.AddRange(staff);
        db.Cases.AddRange(cases);
        db.PreservationOrders.AddRange(orders);
        await db.SaveChangesAsync(cancellationToken);
        return cases.Count;
    }

    /// <summary>Orders in every state: measures expiring within 7, 15 and 30 days, a lapsed one, a lift-due one, a converted one.</summary>
    private List<PreservationOrder> SeedPreservation(Random random, EnforcementCase caseToConvert, StaffMember officer, DateOnly today)
    {
        var context = Context(officer, today);
        PreservationOrder Order(PreservationKind kind, int sequence, DateOnly ruledOn, double rulingHours, IReadOnlyCollection<Party>? respondents = null, DateOnly? performanceEnds = null)
        {
            var ruledAt = ruledOn.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
            var type = kind == PreservationKind.PreEnforcement ? CaseType.PreservationEnforcement : CaseType.PreservationReview;
            return PreservationOrder.Create(
                kind,
                kind == PreservationKind.DuringLitigation ? null : CaseNumber.Create(ruledOn.Year, Court, type, sequence),
                kind == PreservationKind.DuringLitigation ? string.Create(CultureInfo.InvariantCulture, $"（{ruledOn.Year}）湘0681民初{sequence}号") : null,
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
            caseToConvert.Respondents.Select(r => r.Copy()).ToList(), caseToConvert.FiledOn.AddDays(-5));
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
