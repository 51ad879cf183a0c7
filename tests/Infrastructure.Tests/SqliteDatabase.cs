using Enforcement.Domain.Common;
using Enforcement.Infrastructure.Persistence;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Tests;

/// <summary>A private in-memory SQLite database with the real migrations applied; it lives as long as the test.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteDatabase()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.Migrate();
    }

    public RecordingPublisher Publisher { get; } = new();

    public List<string> Sql { get; } = [];

    public EnforcementDbContext NewContext(Enforcement.Infrastructure.Auditing.AuditWriter? audit = null) => new(
        new DbContextOptionsBuilder<EnforcementDbContext>()
            .UseSqlite(_connection, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .LogTo(Sql.Add, [DbLoggerCategory.Database.Command.Name], Microsoft.Extensions.Logging.LogLevel.Information)
            .Options,
        Publisher,
        audit);

    public void Dispose() => _connection.Dispose();

    /// <summary>SQLite's plan for <paramref name="query"/>, one detail line per step.</summary>
    public static async Task<List<string>> QueryPlanAsync<T>(EnforcementDbContext db, IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return lines;
    }
}

public sealed class RecordingPublisher : IPublisher
{
    public List<object> Published { get; } = [];

    public ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification
    {
        Published.Add(notification);
        return ValueTask.CompletedTask;
    }

    public ValueTask Publish(object notification, CancellationToken cancellationToken = default)
    {
        Published.Add(notification);
        return ValueTask.CompletedTask;
    }
}
