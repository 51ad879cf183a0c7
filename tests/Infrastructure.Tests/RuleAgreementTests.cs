using Enforcement.Application.Cases;
using Enforcement.Application.Cases.SearchCases;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Preservation;
using Enforcement.Application.Preservation.Specifications;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Preservation;
using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Tests;

/// <summary>
/// The worklists (answered by SQLite through the domain's expressions), the flags on the detail (the DTO mapping)
/// and the aggregate's own reading must say the same thing about every case, on every day around each boundary.
/// </summary>
public sealed class RuleAgreementTests : IDisposable
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private readonly TestDatabase _database = new();
    private readonly Dictionary<string, Guid> _cases = [];

    public RuleAgreementTests()
    {
        using var db = _database.NewContext();
        var officer = TestData.Officer();
        var leader = TestData.Leader();
        db.Staff.AddRange(officer, leader);
        var later = TestData.Context(D(2025, 6, 10));

        // Filed Monday 2025-03-03: handler due 2025-03-10, deadline Wednesday 2025-09-03.
        var unassigned = TestData.RegisterCase("（2025）湘0681执101号");

        var lateHandler = TestData.RegisterCase("（2025）湘0681执102号", respondents: [TestData.Enterprise("汨罗市顺达物流有限公司")]);
        lateHandler.AssignHandler(officer, D(2025, 3, 12), later);

        var paused = TestData.RegisterCase("（2025）湘0681执103号");
        paused.AssignHandler(officer, D(2025, 3, 5), later);
        paused.RecordMeasure(MeasureKind.EnforcementNotice, D(2025, 3, 6), "送达执行通知书", null, null, null, null, false, later);
        paused.RecordMeasure(MeasureKind.AssetReportOrder, D(2025, 3, 6), "送达报告财产令", null, null, null, null, false, later);
        paused.Pause(PauseKind.Suspension, D(2025, 6, 1), "案外人提出异议", later);

        var withdrawn = TestData.RegisterCase("（2025）湘0681执104号");
        withdrawn.Close(ClosureMode.Withdrawn, D(2025, 3, 12), "申请执行人撤回申请", later);

        var terminated = TestData.RegisterCase("（2025）湘0681执105号");
        terminated.AssignHandler(officer, D(2025, 3, 4), later);
        foreach (var kind in new[] { MeasureKind.EnforcementNotice, MeasureKind.AssetReportOrder, MeasureKind.ConsumptionRestriction })
        {
            terminated.RecordMeasure(kind, D(2025, 3, 5), kind.ToString(), null, null, null, null, false, later);
        }

        terminated.RecordMeasure(MeasureKind.OnlineAssetInquiry, D(2025, 3, 10), "网络查控", null, null, InquiryResult.NoAssets, null, false, later);
        terminated.Close(ClosureMode.TerminatedThisRound, D(2025, 6, 10), "无可供执行财产", later);

        // Non-litigation, filed 2025-05-30: 3 months end on Saturday 2025-08-30, so the deadline is Monday 2025-09-01.
        var nonLitigation = TestData.RegisterCase("（2025）湘0681执106号", filedOn: D(2025, 5, 30), nonLitigation: true);
        nonLitigation.AssignHandler(officer, D(2025, 6, 2), later);

        // In settlement since 2025-08-20: paused, off the running worklists, its shown deadline moving on.
        var settling = TestData.RegisterCase("（2025）湘0681执107号");
        settling.AssignHandler(officer, D(2025, 3, 4), later);
        settling.AgreeSettlement(D(2025, 8, 20), "分三期付清", [new SettlementInstalment(D(2025, 9, 20), Money.FromYuan(50_000m))], TestData.Context(D(2025, 8, 20)));

        // 终本 on 06-10 and resumed as 执恢 on 06-20: the original's re-inquiry schedule stops; the new case runs from 06-20.
        var resumedOriginal = TestData.RegisterCase("（2025）湘0681执108号");
        resumedOriginal.AssignHandler(officer, D(2025, 3, 4), later);
        foreach (var kind in new[] { MeasureKind.EnforcementNotice, MeasureKind.AssetReportOrder, MeasureKind.ConsumptionRestriction })
        {
            resumedOriginal.RecordMeasure(kind, D(2025, 3, 5), kind.ToString(), null, null, null, null, false, later);
        }

        resumedOriginal.RecordMeasure(MeasureKind.OnlineAssetInquiry, D(2025, 3, 10), "网络查控", null, null, InquiryResult.NoAssets, null, false, later);
        resumedOriginal.Close(ClosureMode.TerminatedThisRound, D(2025, 6, 10), "无可供执行财产", later);
        var resumed = EnforcementCase.ResumeFrom(resumedOriginal, CaseNumber.Parse("（2025）湘0681执恢109号"), D(2025, 6, 20), TestData.Context(D(2025, 6, 20)));

        var all = new[] { unassigned, lateHandler, paused, withdrawn, terminated, nonLitigation, settling, resumedOriginal, resumed };
        db.Cases.AddRange(all);
        db.SaveChanges();
        foreach (var c in all)
        {
            _cases[c.Number.Value] = c.Id;
        }
    }

    public static TheoryData<DateOnly> Days()
    {
        var days = new TheoryData<DateOnly>();
        void Range(DateOnly from, DateOnly to)
        {
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                days.Add(day);
            }
        }

        Range(D(2025, 3, 9), D(2025, 3, 18));   // handler due 03-10; first steps due three days after the assignment
        Range(D(2025, 8, 25), D(2025, 9, 5));   // the deadlines of 09-01 and 09-03, and 5 days before them
        Range(D(2025, 12, 9), D(2025, 12, 11)); // the 终本 re-inquiry due 12-10
        Range(D(2025, 12, 16), D(2025, 12, 23)); // the 执恢 case's deadline 12-22, and 5 days before it
        Range(D(2030, 6, 9), D(2030, 6, 11));   // the 5-year re-inquiry duty of the 终本 case ends on 2030-06-10
        return days;
    }

    [Theory]
    [MemberData(nameof(Days))]
    public async Task Worklists_detail_flags_and_the_aggregate_agree(DateOnly today)
    {
        using var db = _database.NewContext();
        var repository = new EfRepository<EnforcementCase>(db, _database.Provider);
        async Task<HashSet<Guid>> Worklist(string due) => (await repository.ListAsync(
            new CasesMatchingFilterSpec(new SearchCasesQuery(Due: due), 100, today), q => q.Select(c => c.Id), CancellationToken.None)).ToHashSet();

        var details = (await db.Cases.AsNoTracking().ProjectToDetail().ToListAsync()).Select(d => d.AsOf(today, TestData.Calendar)).ToList();
        details.Count.ShouldBe(9);

        (await Worklist("overdue")).ShouldBe(details.Where(d => d.Overdue).Select(d => d.Id).ToHashSet(), ignoreOrder: true);
        (await Worklist("within5days")).ShouldBe(details.Where(d => d.NearDeadline).Select(d => d.Id).ToHashSet(), ignoreOrder: true);
        (await Worklist("reinquiryDue")).ShouldBe(details.Where(d => d.ReinquiryDue).Select(d => d.Id).ToHashSet(), ignoreOrder: true);
        var noHandler = await Worklist("noHandler");
        noHandler.ShouldBe(details.Where(d => d.HandlerId is null && d.Status != CaseStatus.Closed).Select(d => d.Id).ToHashSet(), ignoreOrder: true);
        foreach (var detail in details.Where(d => noHandler.Contains(d.Id)))
        {
            detail.HandlerLate.ShouldBe(today > detail.HandlerDueOn, $"{detail.CaseNumber} on {today:yyyy-MM-dd}");
        }

        var aggregates = await db.Cases.AsSplitQuery().ToListAsync();
        foreach (var detail in details)
        {
            var reading = aggregates.Single(a => a.Id == detail.Id).ClockOn(today, TestData.Calendar);
            new CaseClockReading(detail.LimitMonths, detail.PausedDays, detail.Deadline, detail.DaysRemaining, detail.Overdue, detail.NearDeadline,
                    detail.DeadlineAssumesWeekendsOnly, detail.HandlerLate, detail.FirstStepsLate, detail.ReinquiryDue)
                .ShouldBe(reading, $"{detail.CaseNumber} on {today:yyyy-MM-dd}");
        }
    }

    [Fact]
    public async Task The_boundaries_themselves_are_where_the_law_puts_them()
    {
        using var db = _database.NewContext();
        async Task<CaseDetailDto> On(string number, DateOnly today) =>
            (await db.Cases.AsNoTracking().Where(c => c.Id == _cases[number]).ProjectToDetail().SingleAsync()).AsOf(today, TestData.Calendar);

        // 6 months from 2025-03-03: due on 09-03, overdue from 09-04; near from 08-29 (5 days before).
        (await On("（2025）湘0681执101号", D(2025, 8, 28))).NearDeadline.ShouldBeFalse();
        (await On("（2025）湘0681执101号", D(2025, 8, 29))).NearDeadline.ShouldBeTrue();
        (await On("（2025）湘0681执101号", D(2025, 9, 3))).Overdue.ShouldBeFalse();
        (await On("（2025）湘0681执101号", D(2025, 9, 4))).Overdue.ShouldBeTrue();

        // Handler due 03-10: unassigned is late from 03-11; assigned on 03-12 is late for good.
        (await On("（2025）湘0681执101号", D(2025, 3, 10))).HandlerLate.ShouldBeFalse();
        (await On("（2025）湘0681执101号", D(2025, 3, 11))).HandlerLate.ShouldBeTrue();
        (await On("（2025）湘0681执102号", D(2025, 3, 12))).HandlerLate.ShouldBeTrue();

        // Withdrawn on 03-12 without ever having a handler: it closed after the handler was due.
        (await On("（2025）湘0681执104号", D(2025, 9, 1))).HandlerLate.ShouldBeTrue();

        // Assigned 03-12: notice and asset-report order due 03-15, a Saturday, so Monday 03-17; neither was sent.
        var late = await On("（2025）湘0681执102号", D(2025, 3, 17));
        late.FirstStepsDueOn.ShouldBe(D(2025, 3, 17));
        late.FirstStepsLate.ShouldBeFalse();
        (await On("（2025）湘0681执102号", D(2025, 3, 18))).FirstStepsLate.ShouldBeTrue();

        // Non-litigation: 3 months end on Saturday 08-30, so 09-01.
        (await On("（2025）湘0681执106号", D(2025, 9, 1))).Deadline.ShouldBe(D(2025, 9, 1));

        // 终本 on 06-10: re-inquiry due 12-10.
        (await On("（2025）湘0681执105号", D(2025, 12, 9))).ReinquiryDue.ShouldBeFalse();
        (await On("（2025）湘0681执105号", D(2025, 12, 10))).ReinquiryDue.ShouldBeTrue();
        (await On("（2025）湘0681执108号", D(2025, 12, 10))).ReinquiryDue.ShouldBeFalse();

        // Never re-inquired, the 终本 case stays due until its 5-year duty ends on 2030-06-10, and not after.
        (await On("（2025）湘0681执105号", D(2030, 6, 10))).ReinquiryDue.ShouldBeTrue();
        var ended = await On("（2025）湘0681执105号", D(2030, 6, 11));
        ended.ReinquiryEndsOn.ShouldBe(D(2030, 6, 10));
        ended.ReinquiryDue.ShouldBeFalse();

        // Settlement from 08-20: on 09-05 the clock has stood still 16 days, so the shown deadline is 09-19, and the
        // case is neither overdue nor near, whatever the stored deadline says.
        var settling = await On("（2025）湘0681执107号", D(2025, 9, 5));
        settling.PausedDays.ShouldBe(16);
        settling.Deadline.ShouldBe(D(2025, 9, 19));
        settling.Overdue.ShouldBeFalse();

        // The 执恢 case filed 06-20 runs 6 months: 12-20 is a Saturday, so 12-22.
        (await On("（2025）湘0681执恢109号", D(2025, 12, 10))).Deadline.ShouldBe(D(2025, 12, 22));
    }

    [Theory]
    [InlineData(2025, 8, 31)]
    [InlineData(2025, 9, 1)]
    [InlineData(2025, 9, 2)]
    public async Task The_order_lists_and_the_order_detail_agree(int year, int month, int day)
    {
        var today = D(year, month, day);
        var ruledAt = new DateTime(2025, 8, 1, 1, 0, 0, DateTimeKind.Utc);
        using (var setup = _database.NewContext())
        {
            // Measure taken 2025-08-01: 30 days end on Sunday 08-31, so the suit is due by Monday 09-01.
            var preLitigation = PreservationOrder.Create(
                PreservationKind.PreLitigation, CaseNumber.Parse("（2025）湘0681财保31号"), null, [TestData.Enterprise()], [TestData.Person()],
                Money.FromYuan(50_000m), SecurityForm.Cash, Money.FromYuan(50_000m), ruledAt.AddHours(-20), ruledAt, D(2025, 8, 1), null,
                TestData.Context(D(2025, 8, 1)));
            preLitigation.AddMeasure(AssetKind.Immovable, "查封厂房", null, "汨罗市不动产登记中心", D(2025, 8, 1), TestData.Context(D(2025, 8, 1)));
            setup.PreservationOrders.Add(preLitigation);

            // During litigation, ruled 2024-09-02: a 1-year freeze from that day runs to 2025-09-01 and lapses the day after.
            var frozen = PreservationOrder.Create(
                PreservationKind.DuringLitigation, CaseNumber.Parse("（2024）湘0681财保88号"), null, [TestData.Enterprise()], [TestData.Person()],
                Money.FromYuan(80_000m), SecurityForm.Guarantee, Money.FromYuan(80_000m), new DateTime(2024, 9, 1, 1, 0, 0, DateTimeKind.Utc),
                new DateTime(2024, 9, 2, 1, 0, 0, DateTimeKind.Utc), D(2024, 9, 2), null, TestData.Context(D(2024, 9, 2)));
            frozen.AddMeasure(AssetKind.BankDeposit, "冻结银行存款", Money.FromYuan(80_000m), "中国农业银行汨罗支行", D(2024, 9, 2), TestData.Context(D(2024, 9, 2)));
            setup.PreservationOrders.Add(frozen);
            await setup.SaveChangesAsync();
        }

        using var db = _database.NewContext();
        var orders = new EfRepository<PreservationOrder>(db, _database.Provider);
        async Task<List<Guid>> List(string status) =>
            (await orders.ListAsync(new OrdersByStatusSpec(status, today, 1, 20), q => q.Select(o => o.Id), CancellationToken.None)).ToList();
        foreach (var order in (await db.PreservationOrders.AsNoTracking().ProjectToDetail().ToListAsync()).Select(o => o.AsOf(today, 20, TestData.Calendar)))
        {
            var lapsed = order.Measures.Any(m => m.Hold.Status == HoldStatus.Lapsed);
            (await List("lapsed")).Contains(order.Id).ShouldBe(lapsed, $"{order.CaseNumber} on {today:yyyy-MM-dd}");
            (await List("active")).Contains(order.Id).ShouldBe(!lapsed && !order.LiftDue, $"{order.CaseNumber} on {today:yyyy-MM-dd}");
            (await List("liftDue")).Contains(order.Id).ShouldBe(order.LiftDue);
            (await List("overPreserved")).Contains(order.Id).ShouldBe(order.OverPreserved);
        }

        (await db.PreservationOrders.AsNoTracking().Where(o => o.Kind == PreservationKind.DuringLitigation).ProjectToDetail().SingleAsync())
            .AsOf(today, 20, TestData.Calendar).Measures.Single().Hold.Status.ShouldBe(today > D(2025, 9, 1) ? HoldStatus.Lapsed : HoldStatus.Live);

        var listed = await db.PreservationOrders.AsNoTracking().Where(PreservationOrder.LiftDueExpression(today)).Select(o => o.Id).ToListAsync();
        var detail = (await db.PreservationOrders.AsNoTracking().Where(o => o.Kind == PreservationKind.PreLitigation).ProjectToDetail().SingleAsync()).AsOf(today, 20, TestData.Calendar);
        detail.LiftDueOn.ShouldBe(D(2025, 9, 1));
        detail.LiftDue.ShouldBe(today > D(2025, 9, 1));
        listed.Contains(detail.Id).ShouldBe(detail.LiftDue);
        (await db.PreservationOrders.AsNoTracking().SingleAsync(o => o.Id == detail.Id)).IsLiftDue(today).ShouldBe(detail.LiftDue);
    }

    public void Dispose() => _database.Dispose();
}
