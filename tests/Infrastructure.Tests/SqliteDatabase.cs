using Enforcement.Infrastructure.Outbox;
using Enforcement.Infrastructure.Persistence;
using Enforcement.Infrastructure.Persistence.Providers;
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

    /// <summary>The production provider: its migrations and its reading of constraint errors.</summary>
    public static IDatabaseProvider Provider { get; } = new SqliteDatabaseProvider(Path.GetTempPath());

    public OutboxSignal Signal { get; } = new();

    public List<string> Sql { get; } = [];

    public EnforcementDbContext NewContext(Enforcement.Infrastructure.Auditing.AuditWriter? audit = null) => new(
        new DbContextOptionsBuilder<EnforcementDbContext>()
            .UseSqlite(_connection, sqlite => sqlite.MigrationsAssembly(Provider.MigrationsAssembly).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .LogTo(Sql.Add, [DbLoggerCategory.Database.Command.Name], Microsoft.Extensions.Logging.LogLevel.Information)
            .Options,
        Signal,
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
