using Enforcement.Application.Auditing;
using Enforcement.Infrastructure.Auditing;
using Enforcement.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Enforcement.Infrastructure.Tests;

/// <summary>Rows of reads go through a bounded queue, written in batches, none lost on a clean shutdown.</summary>
public sealed class AuditQueueTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly ServiceProvider _services;

    public AuditQueueTests()
    {
        var services = new ServiceCollection();
        services.AddScoped<EnforcementDbContext>(_ => _database.NewContext());
        _services = services.BuildServiceProvider();
    }

    [Fact]
    public async Task A_queued_row_is_in_the_trail_once_flushed()
    {
        var queue = new AuditQueue(100);
        using var writer = Writer(queue, delayMilliseconds: 0);
        await writer.StartAsync(CancellationToken.None);

        (await queue.TryEnqueueAsync(Row("ReadPersonalData", "周敏"), CancellationToken.None)).ShouldBeTrue();
        await queue.FlushAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        using var db = _database.NewContext();
        (await db.AuditEntries.SingleAsync()).UserName.ShouldBe("周敏");
        await writer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_clean_shutdown_writes_every_queued_row_and_later_rows_are_written_directly()
    {
        var queue = new AuditQueue(1_000);
        using var writer = Writer(queue, delayMilliseconds: 60_000); // nothing would be written for a minute
        await writer.StartAsync(CancellationToken.None);
        for (var i = 0; i < 250; i++)
        {
            (await queue.TryEnqueueAsync(Row("ReadPersonalData", $"用户{i}"), CancellationToken.None)).ShouldBeTrue();
        }

        await writer.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        using (var db = _database.NewContext())
        {
            (await db.AuditEntries.CountAsync()).ShouldBe(250);
        }

        (await queue.TryEnqueueAsync(Row("Logout", "王丽娟"), CancellationToken.None)).ShouldBeFalse();
        var audit = new AuditWriter(new FixedActor(), TimeProvider.System, _services.GetRequiredService<IServiceScopeFactory>(), queue);
        await audit.WriteLoginAsync("王丽娟", null, "Logout", "退出", AuditOutcome.Succeeded, CancellationToken.None);
        using var check = _database.NewContext();
        (await check.AuditEntries.CountAsync()).ShouldBe(251);
    }

    [Fact]
    public async Task A_writer_stopped_before_its_loop_ran_still_writes_what_is_queued()
    {
        var queue = new AuditQueue(10);
        using var writer = Writer(queue, delayMilliseconds: 0);
        queue.Open(); // as StartAsync does, before its loop is scheduled
        (await queue.TryEnqueueAsync(Row("ExportCases", "黄德明"), CancellationToken.None)).ShouldBeTrue();

        await writer.StopAsync(CancellationToken.None);

        using var db = _database.NewContext();
        (await db.AuditEntries.SingleAsync()).UserName.ShouldBe("黄德明");
    }

    [Fact]
    public async Task Without_a_started_writer_the_queue_takes_no_rows_and_the_row_is_written_at_once()
    {
        var queue = new AuditQueue(10); // a bare service provider: hosted services never start
        (await queue.TryEnqueueAsync(Row("ReadPersonalData", "陈志刚"), CancellationToken.None)).ShouldBeFalse();

        var audit = new AuditWriter(new FixedActor(), TimeProvider.System, _services.GetRequiredService<IServiceScopeFactory>(), queue);
        await audit.WriteNowAsync("ReadPersonalData", "EnforcementCase", Guid.NewGuid().ToString(), "查看当事人信息", AuditOutcome.Succeeded, CancellationToken.None);

        using var db = _database.NewContext();
        (await db.AuditEntries.SingleAsync()).Action.ShouldBe("ReadPersonalData");
    }

    [Fact]
    public async Task A_full_queue_makes_the_reader_wait_for_room_instead_of_dropping_its_row()
    {
        var queue = new AuditQueue(2);
        queue.Open(); // as the writer does when it starts; its loop starts below
        (await queue.TryEnqueueAsync(Row("ReadPersonalData", "甲"), CancellationToken.None)).ShouldBeTrue();
        (await queue.TryEnqueueAsync(Row("ReadPersonalData", "乙"), CancellationToken.None)).ShouldBeTrue();
        var third = queue.TryEnqueueAsync(Row("ReadPersonalData", "丙"), CancellationToken.None).AsTask();
        await Task.Delay(100);
        third.IsCompleted.ShouldBeFalse();

        using var writer = Writer(queue, delayMilliseconds: 0);
        await writer.StartAsync(CancellationToken.None);
        (await third.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBeTrue();
        await queue.FlushAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        await writer.StopAsync(CancellationToken.None);

        using var db = _database.NewContext();
        (await db.AuditEntries.Select(e => e.UserName).ToListAsync()).Order().ShouldBe(new[] { "丙", "乙", "甲" }.Order());
    }

    [Fact]
    public async Task A_row_the_database_refuses_is_reported_and_the_rows_beside_and_behind_it_are_written()
    {
        using (var db = _database.NewContext())
        {
            // A rule the database holds and the row breaks, as a stand-in for any row it cannot store.
            await db.Database.ExecuteSqlRawAsync(_database.IsSqlite
                ? """CREATE TRIGGER "NoPoison" BEFORE INSERT ON "AuditTrail" WHEN NEW."Action" = 'Poison' BEGIN SELECT RAISE(ABORT, 'refused'); END;"""
                : """ALTER TABLE "AuditTrail" ADD CONSTRAINT "NoPoison" CHECK ("Action" <> 'Poison');""");
        }

        var queue = new AuditQueue(100);
        using var writer = Writer(queue, delayMilliseconds: 200); // the three rows make one batch
        await writer.StartAsync(CancellationToken.None);
        foreach (var (action, user) in new[] { ("ReadPersonalData", "甲"), ("Poison", "乙"), ("ReadPersonalData", "丙") })
        {
            (await queue.TryEnqueueAsync(Row(action, user), CancellationToken.None)).ShouldBeTrue();
        }

        await queue.FlushAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        (await queue.TryEnqueueAsync(Row("ReadPersonalData", "丁"), CancellationToken.None)).ShouldBeTrue();
        await queue.FlushAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        await writer.StopAsync(CancellationToken.None);

        using var check = _database.NewContext();
        (await check.AuditEntries.Select(e => e.UserName).ToListAsync()).Order().ShouldBe(new[] { "甲", "丙", "丁" }.Order());
    }

    private AuditQueueWriter Writer(AuditQueue queue, int delayMilliseconds) => new(
        queue, _services.GetRequiredService<IServiceScopeFactory>(),
        _database.Provider, Options.Create(new AuditQueueOptions { DelayMilliseconds = delayMilliseconds }), NullLogger<AuditQueueWriter>.Instance);

    private static AuditEntry Row(string action, string user) =>
        new(DateTime.UtcNow, null, user, "Leader", action, "EnforcementCase", Guid.NewGuid().ToString(), "查看当事人信息", AuditOutcome.Succeeded);

    private sealed class FixedActor : Application.Abstractions.ICurrentActor
    {
        public string Name => "系统";

        public string? UserId => null;

        public string? UserName => null;

        public Guid? StaffId => null;

        public IReadOnlyList<string> Roles => [];

        public bool IsInRole(string role) => false;
    }

    public void Dispose()
    {
        _services.Dispose();
        _database.Dispose();
    }
}
