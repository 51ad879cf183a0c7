using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
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
            (await new DeadlineRefresher(db, TestData.Calendar, new FakeTimeProvider()).RefreshAsync()).ShouldBe(1);
            (await new DeadlineRefresher(db, TestData.Calendar, new FakeTimeProvider()).RefreshAsync()).ShouldBe(0);
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
            (await new DeadlineRefresher(db, TestData.Calendar, new FakeTimeProvider()).RefreshAsync()).ShouldBe(0);
            (await db.Settings.SingleAsync()).Value.ShouldBe(new DeadlineRefresher(db, TestData.Calendar, new FakeTimeProvider()).Fingerprint);

            // Same fingerprint: not even a deadline written by hand is looked at.
            await db.Cases.Where(c => c.Id == @case.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.Deadline, new DateOnly(2030, 1, 1)));
            (await new DeadlineRefresher(db, TestData.Calendar, new FakeTimeProvider()).RefreshAsync()).ShouldBe(0);
        }

        using (var db = _database.NewContext())
        {
            // Another calendar (no published lists): every open case is recounted, and the new fingerprint kept.
            (await new DeadlineRefresher(db, LegalCalendar.WeekendsOnly, new FakeTimeProvider()).RefreshAsync()).ShouldBe(1);
            (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == @case.Id)).Deadline.ShouldBe(new DateOnly(2025, 10, 1));
            (await db.Settings.AsNoTracking().SingleAsync()).Value.ShouldStartWith(LegalCalendar.WeekendsOnly.Fingerprint + ":");
        }

        LegalCalendar.WeekendsOnly.Fingerprint.ShouldNotBe(TestData.Calendar.Fingerprint);
    }

    public void Dispose() => _database.Dispose();
}
