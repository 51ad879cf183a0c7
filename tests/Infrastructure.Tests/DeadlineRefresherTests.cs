using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Persistence;
using Enforcement.Application.Assistance;
using Enforcement.Domain.Assistance;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.PreEnforcement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Enforcement.Infrastructure.Tests;

public sealed class DeadlineRefresherTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task A_newly_configured_holiday_list_moves_stored_deadlines_of_open_cases_only()
    {
        // Registered while no list was configured: 2025-04-01 + 6 months = Wednesday 2025-10-01, a weekday.
        var weekendsOnly = new ChangeContext("陈志刚", new DateOnly(2025, 4, 2), DateTime.UtcNow, LegalCalendar.WeekendsOnly);
        EnforcementCase Register(string number) => EnforcementCase.Register(
            CaseNumber.Parse(number), new DateOnly(2025, 4, 1), false,
            EnforcementBasis.Create("汨罗市人民法院", "（2025）湘0681民初1号", new DateOnly(2025, 3, 1)),
            Money.FromYuan(1000m), [TestData.Enterprise()], [TestData.Person()], null, weekendsOnly);
        var open = Register("（2025）湘0681执301号");
        var closed = Register("（2025）湘0681执302号");
        closed.Close(ClosureMode.Withdrawn, new DateOnly(2025, 4, 2), "撤回", weekendsOnly);
        using (var db = _database.NewContext())
        {
            db.Cases.AddRange(open, closed);
            await db.SaveChangesAsync();
        }

        using (var db = _database.NewContext())
        {
            // With the official list the deadline moves past the National Day holiday.
            (await Refresher(db, TestData.Calendar).RefreshAsync()).ShouldBe(1);
            (await Refresher(db, TestData.Calendar).RefreshAsync()).ShouldBe(0);
        }

        using var check = _database.NewContext();
        var refreshed = await check.Cases.AsNoTracking().SingleAsync(c => c.Id == open.Id);
        refreshed.Deadline.ShouldBe(new DateOnly(2025, 10, 9));
        refreshed.Version.ShouldBe(2);
        (await check.Cases.AsNoTracking().SingleAsync(c => c.Id == closed.Id)).Deadline.ShouldBe(new DateOnly(2025, 10, 1));
        (await check.AuditEntries.SingleAsync()).Action.ShouldBe("RecomputeDeadlines");
    }

    [Fact]
    public async Task A_start_with_the_same_lists_and_rules_reads_one_row_and_a_changed_list_recounts()
    {
        var @case = TestData.RegisterCase("（2025）湘0681执303号", filedOn: new DateOnly(2025, 4, 1));
        using (var db = _database.NewContext())
        {
            db.Cases.Add(@case);
            await db.SaveChangesAsync();
            (await Refresher(db, TestData.Calendar).RefreshAsync()).ShouldBe(0);
            (await db.Settings.SingleAsync()).Value.ShouldBe(Refresher(db, TestData.Calendar).Fingerprint);

            // Same fingerprint: not even a deadline written by hand is looked at.
            await db.Cases.Where(c => c.Id == @case.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.Deadline, new DateOnly(2030, 1, 1)));
            (await Refresher(db, TestData.Calendar).RefreshAsync()).ShouldBe(0);
        }

        using (var db = _database.NewContext())
        {
            // Another calendar (no published lists): every open case is recounted, and the new fingerprint kept.
            (await Refresher(db, LegalCalendar.WeekendsOnly).RefreshAsync()).ShouldBe(1);
            (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == @case.Id)).Deadline.ShouldBe(new DateOnly(2025, 10, 1));
            (await db.Settings.AsNoTracking().SingleAsync()).Value.ShouldStartWith(LegalCalendar.WeekendsOnly.Fingerprint + ":");
        }

        LegalCalendar.WeekendsOnly.Fingerprint.ShouldNotBe(TestData.Calendar.Fingerprint);
    }

    [Fact]
    public async Task Prompts_still_awaiting_performance_and_requests_awaiting_a_reply_are_recounted_too()
    {
        // Counted while no list was configured: 2025-09-21 + 10 days = Wednesday 10-01; 7 working days from 09-26 =
        // 10-07. With the official list: the National Day holiday (10-01 to 10-08) moves the first to 10-09, and the
        // make-up working day of Sunday 09-28 with the holiday gives 10-13.
        var weekendsOnly = new ChangeContext("周敏", new DateOnly(2025, 9, 26), DateTime.UtcNow, LegalCalendar.WeekendsOnly);
        PrePerformancePrompt Prompt(string number) => PrePerformancePrompt.Open(
            new PromptJudgment(number, "湖南省汨罗市人民法院", new DateOnly(2025, 9, 21), 10, Money.FromYuan(86_000m)),
            [TestData.Enterprise("汨罗市鑫达建材有限公司")], [TestData.Person("刘建华")], weekendsOnly);
        var awaiting = Prompt("（2025）湘0681民初1234号");
        var inPart = Prompt("（2025）湘0681民初1236号"); // still to perform the rest by its deadline
        inPart.RecordPerformedInPart(new DateOnly(2025, 9, 26), Money.FromYuan(30_000m), weekendsOnly);
        var performed = Prompt("（2025）湘0681民初1235号");
        performed.RecordPerformedInFull(new DateOnly(2025, 9, 26), weekendsOnly);
        var @case = TestData.RegisterCase("（2025）湘0681执304号", filedOn: new DateOnly(2025, 6, 3));
        var unit = TestData.Unit("汨罗市公安局", LinkedUnitKind.PublicSecurity);
        var request = AssistanceRequest.Send(new AssistanceCase(@case.Id, @case.Number.Value, @case.FiledOn), unit, AssistanceType.LocateDebtor,
            "（2025）湘0681执协12号", "请协助查找被执行人刘建华下落", new DateOnly(2025, 9, 26), AssistanceRules.Default, weekendsOnly);
        var answered = AssistanceRequest.Send(new AssistanceCase(@case.Id, @case.Number.Value, @case.FiledOn), unit, AssistanceType.LocateDebtor,
            "（2025）湘0681执协13号", "请协助查询被执行人车辆登记", new DateOnly(2025, 9, 26), AssistanceRules.Default, weekendsOnly);
        answered.RecordReply(new DateOnly(2025, 9, 26), AssistanceResult.Done, "已查询，无登记车辆", null, weekendsOnly);
        awaiting.PerformanceDueOn.ShouldBe(new DateOnly(2025, 10, 1));
        request.ReplyDueOn.ShouldBe(new DateOnly(2025, 10, 7));
        using (var db = _database.NewContext())
        {
            db.AddRange(awaiting, inPart, performed, @case, unit, request, answered);
            await db.SaveChangesAsync();
            (await Refresher(db, LegalCalendar.WeekendsOnly).RefreshAsync()).ShouldBe(0); // the fingerprint, as counted
        }

        using (var db = _database.NewContext())
        {
            (await Refresher(db, TestData.Calendar).RefreshAsync()).ShouldBe(3); // the case was registered with the list: unchanged
        }

        using var check = _database.NewContext();
        var prompts = await check.PrePerformancePrompts.AsNoTracking().ToDictionaryAsync(p => p.Id);
        (prompts[awaiting.Id].PerformanceDueOn, prompts[awaiting.Id].Version).ShouldBe((new DateOnly(2025, 10, 9), awaiting.Version + 1));
        prompts[inPart.Id].PerformanceDueOn.ShouldBe(new DateOnly(2025, 10, 9));
        (prompts[performed.Id].PerformanceDueOn, prompts[performed.Id].Version).ShouldBe((new DateOnly(2025, 10, 1), performed.Version));
        var requests = await check.AssistanceRequests.AsNoTracking().ToDictionaryAsync(r => r.Id);
        (requests[request.Id].ReplyDueOn, requests[request.Id].Version).ShouldBe((new DateOnly(2025, 10, 13), request.Version + 1));
        requests[answered.Id].ReplyDueOn.ShouldBe(new DateOnly(2025, 10, 7)); // answered: its day is history
    }

    private static DeadlineRefresher Refresher(EnforcementDbContext db, LegalCalendar calendar) =>
        new(db, calendar, new FakeTimeProvider(), Options.Create(new AssistanceOptions()));

    public void Dispose() => _database.Dispose();
}
