using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Persistence;
using Enforcement.Infrastructure.Persistence.Providers;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Enforcement.Infrastructure.Tests;

/// <summary>Writers to one SQLite file take turns in the process's queue, in order, and every ending passes the turn on.</summary>
public sealed class SqliteWriterQueueTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"enforcement-writers-{Guid.NewGuid():N}.db");
    private readonly SqliteDatabaseProvider _provider = new(Path.GetTempPath());

    public SqliteWriterQueueTests()
    {
        using var db = NewContext();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL"); // as the application runs it
        db.Database.ExecuteSqlRaw("CREATE TABLE \"Arrivals\" (\"Writer\" TEXT NOT NULL)");
    }

    private string ConnectionString => $"Data Source={_file}";

    private SqliteWriterQueue Writers => _provider.WritersOf(ConnectionString)!;

    [Fact]
    public async Task Waiting_writers_begin_in_the_order_they_came_once_the_holder_commits()
    {
        await using var holder = NewContext();
        var holding = await holder.Database.BeginTransactionAsync();
        Writers.IsTaken.ShouldBeTrue();

        string[] names = ["第一书记员", "第二书记员", "第三书记员", "第四书记员", "第五书记员"];
        var writers = new List<Task>();
        foreach (var name in names)
        {
            writers.Add(WriteAsync(name));
            await Task.Delay(100); // each is waiting before the next comes
        }

        writers.ShouldAllBe(w => !w.IsCompleted);
        await holding.CommitAsync();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(30));

        await using var db = NewContext();
        var order = await db.Database.SqlQueryRaw<string>("SELECT \"Writer\" AS \"Value\" FROM \"Arrivals\" ORDER BY rowid").ToListAsync();
        order.ShouldBe(names);
        Writers.IsTaken.ShouldBeFalse();
    }

    [Fact]
    public async Task A_commit_and_a_rollback_each_pass_the_turn_on_while_the_connection_stays_open()
    {
        await using var db = NewContext();
        await db.Database.OpenConnectionAsync(); // so that no close of the connection passes the turn on instead

        await using (var committed = await db.Database.BeginTransactionAsync())
        {
            Writers.IsTaken.ShouldBeTrue();
            await committed.CommitAsync();
            Writers.IsTaken.ShouldBeFalse();
        }

        await using var rolledBack = await db.Database.BeginTransactionAsync();
        Writers.IsTaken.ShouldBeTrue();
        await rolledBack.RollbackAsync();
        Writers.IsTaken.ShouldBeFalse();
    }

    [Fact]
    public async Task A_transaction_disposed_without_commit_or_rollback_passes_the_turn_on()
    {
        await using var db = NewContext();
        await using (await db.Database.BeginTransactionAsync())
        {
            Writers.IsTaken.ShouldBeTrue();
        }

        Writers.IsTaken.ShouldBeFalse();
        await WriteAsync("书记员").WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_context_disposed_inside_its_transaction_passes_the_turn_on()
    {
        var db = NewContext();
        await db.Database.OpenConnectionAsync();
        await db.Database.BeginTransactionAsync();
        Writers.IsTaken.ShouldBeTrue();

        await db.DisposeAsync();

        Writers.IsTaken.ShouldBeFalse();
    }

    [Fact]
    public async Task Saves_and_a_statement_outside_a_transaction_wait_their_turns_and_give_them_back()
    {
        await using (var schema = NewContext())
        {
            await schema.Database.MigrateAsync();
        }

        await using var holder = NewContext();
        var holding = await holder.Database.BeginTransactionAsync();
        await using var saver = NewContext();
        saver.Staff.AddRange(TestData.Leader("彭志远"), TestData.Leader("易红梅"));
        var save = saver.SaveChangesAsync();
        await using var single = NewContext();
        single.Staff.Add(TestData.Leader("李建华")); // one statement: EF Core would send it without a transaction
        var singleSave = single.SaveChangesAsync();
        await using var updater = NewContext();
        var update = updater.Database.ExecuteSqlAsync($"INSERT INTO \"Arrivals\" (\"Writer\") VALUES ({"书记员"})");
        await Task.Delay(100);
        save.IsCompleted.ShouldBeFalse();
        singleSave.IsCompleted.ShouldBeFalse();
        update.IsCompleted.ShouldBeFalse();

        await holding.CommitAsync();

        (await save.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe(2);
        (await singleSave.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe(1);
        (await update.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe(1);
        Writers.IsTaken.ShouldBeFalse();
    }

    [Fact]
    public async Task A_begin_that_fails_passes_the_turn_on()
    {
        await using var db = NewContext();
        await Should.ThrowAsync<ArgumentException>(() => db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Snapshot)); // not SQLite's

        Writers.IsTaken.ShouldBeFalse();
        await WriteAsync("书记员").WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void An_in_memory_database_has_no_queue() =>
        _provider.WritersOf("Data Source=:memory:").ShouldBeNull();

    private async Task WriteAsync(string name)
    {
        await using var db = NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"Arrivals\" (\"Writer\") VALUES ({name})");
        await transaction.CommitAsync();
    }

    private EnforcementDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<EnforcementDbContext>();
        _provider.Configure(options, ConnectionString);
        return new EnforcementDbContext(options.Options);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
