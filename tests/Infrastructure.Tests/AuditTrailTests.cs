using Enforcement.Application.Abstractions;
using Enforcement.Application.Auditing;
using Enforcement.Application.Errors;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Auditing;
using Enforcement.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Enforcement.Infrastructure.Tests;

public sealed class AuditTrailTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 16, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_change_writes_its_audit_row_in_the_same_save()
    {
        var audit = Writer();
        audit.CurrentAction = "RegisterCase";
        using (var db = _database.NewContext(audit))
        {
            var repository = new EfRepository<EnforcementCase>(db, _database.Provider);
            repository.Add(TestData.RegisterCase());
            await repository.SaveChangesAsync(CancellationToken.None);
        }

        using var check = _database.NewContext();
        var row = await check.AuditEntries.SingleAsync();
        row.Action.ShouldBe("RegisterCase");
        row.EntityType.ShouldBe(nameof(EnforcementCase));
        row.UserName.ShouldBe("coordinator-test");
        row.Roles.ShouldBe("Coordinator");
        row.Summary.ShouldStartWith("立案 Registered: （2025）湘0681执1234号");
        row.AtUtc.ShouldBe(new DateTime(2025, 6, 16, 1, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task A_save_that_fails_rolls_its_audit_rows_back_with_it()
    {
        using (var db = _database.NewContext())
        {
            db.Cases.Add(TestData.RegisterCase(number: "（2025）湘0681执55号"));
            await db.SaveChangesAsync();
        }

        var audit = Writer();
        audit.CurrentAction = "RegisterCase";
        audit.Stage("User", "u-1", "staged beside a change that fails");
        using (var db = _database.NewContext(audit))
        {
            var repository = new EfRepository<EnforcementCase>(db, _database.Provider);
            repository.Add(TestData.RegisterCase(number: "(2025)湘0681执55号"));
            await Should.ThrowAsync<UniqueConstraintException>(() => repository.SaveChangesAsync(CancellationToken.None));
        }

        using var check = _database.NewContext();
        (await check.AuditEntries.CountAsync()).ShouldBe(0);
        (await check.Cases.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task A_search_by_days_reads_them_as_the_courts_days_in_Beijing_time()
    {
        // 2025-06-16 in Beijing runs from 06-15T16:00Z to 06-16T16:00Z.
        DateTime[] instants =
        [
            new(2025, 6, 15, 15, 59, 59, DateTimeKind.Utc), new(2025, 6, 15, 16, 0, 0, DateTimeKind.Utc),
            new(2025, 6, 16, 15, 59, 59, DateTimeKind.Utc), new(2025, 6, 16, 16, 0, 0, DateTimeKind.Utc),
        ];
        using (var db = _database.NewContext())
        {
            db.AuditEntries.AddRange(instants.Select((at, i) =>
                new AuditEntry(at, "u-1", "leader-test", "Leader", "ReadPersonalData", "EnforcementCase", $"case-{i}", "查看当事人信息", AuditOutcome.Succeeded)));
            await db.SaveChangesAsync();
        }

        using var context = _database.NewContext();
        var log = new AuditLog(context, new Time.CourtClock(_time, Microsoft.Extensions.Options.Options.Create(new Time.CourtOptions())), new AuditQueue(10));
        var day = new DateOnly(2025, 6, 16);

        var found = await log.SearchAsync(new SearchAuditQuery(From: day, To: day), 1, 20, CancellationToken.None);

        found.Items.Select(e => e.EntityId).ShouldBe(["case-2", "case-1"]);
        (await log.SearchAsync(new SearchAuditQuery(To: day.AddDays(-1)), 1, 20, CancellationToken.None)).Items.Select(e => e.EntityId).ShouldBe(["case-0"]);
        (await log.SearchAsync(new SearchAuditQuery(From: day.AddDays(1)), 1, 20, CancellationToken.None)).Items.Select(e => e.EntityId).ShouldBe(["case-3"]);
    }

    [Fact]
    public async Task Audit_rows_can_be_neither_changed_nor_deleted()
    {
        using (var db = _database.NewContext())
        {
            db.AuditEntries.Add(new AuditEntry(DateTime.UtcNow, "u-1", "leader-test", "Leader", "ReadPersonalData", "EnforcementCase", "x", "read", AuditOutcome.Succeeded));
            await db.SaveChangesAsync();
        }

        using var context = _database.NewContext();
        var row = await context.AuditEntries.SingleAsync();
        context.AuditEntries.Remove(row);
        await Should.ThrowAsync<InvalidOperationException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task A_refusal_carrying_an_overlong_id_and_a_NUL_is_still_written_cut_to_its_columns()
    {
        var id = new string('9', 200);
        using (var db = _database.NewContext())
        {
            db.AuditEntries.Add(new AuditEntry(DateTime.UtcNow, new string('u', 80), new string('名', 150), "Officer", "Read" + new string('x', 90),
                "EnforcementCase" + new string('y', 70), id, "查询\0案件", AuditOutcome.Refused));
            await db.SaveChangesAsync();
        }

        using var check = _database.NewContext();
        var row = await check.AuditEntries.AsNoTracking().SingleAsync();
        row.EntityId.ShouldBe(new string('9', AuditEntry.MaxIdLength));
        row.UserId!.Length.ShouldBe(AuditEntry.MaxIdLength);
        row.UserName.ShouldBe(new string('名', AuditEntry.MaxNameLength));
        row.Action.Length.ShouldBe(AuditEntry.MaxActionLength);
        row.EntityType.Length.ShouldBe(AuditEntry.MaxActionLength);
        row.Summary.ShouldBe("查询\uFFFD案件");
    }

    private AuditWriter Writer() =>
        new(new TestActor(), _time, new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>());

    private sealed class TestActor : ICurrentActor
    {
        public string Name => "周敏";

        public string? UserId => "u-coordinator";

        public string? UserName => "coordinator-test";

        public Guid? StaffId => null;

        public IReadOnlyList<string> Roles => ["Coordinator"];

        public bool IsInRole(string role) => Roles.Contains(role);
    }

    public void Dispose() => _database.Dispose();
}
