using Enforcement.Infrastructure.Outbox;
using Enforcement.Infrastructure.Persistence;
using Enforcement.Infrastructure.Persistence.Providers;
using Enforcement.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Tests;

/// <summary>
/// A private database with the real migrations applied; it lives as long as the test. It is an in-memory SQLite
/// database, or a fresh PostgreSQL database when the run names a server (<see cref="PostgresTestServer"/>), so that
/// the same tests check both engines. <see cref="Sqlite"/> gives SQLite always, for tests of SQLite's own plans.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly SqliteConnection? _connection;
    private readonly string? _postgres;

    public TestDatabase()
        : this(PostgresTestServer.ConnectionString is null)
    {
    }

    private TestDatabase(bool sqlite)
    {
        if (sqlite)
        {
            _connection = new SqliteConnection("Data Source=:memory:");
            _connection.Open();
            Provider = SqliteProvider;
        }
        else
        {
            _postgres = PostgresTestServer.NewDatabase();
            Provider = new PostgresDatabaseProvider();
        }

        using var db = NewContext();
        db.Database.Migrate();
    }

    /// <summary>An in-memory SQLite database, whatever the run's engine.</summary>
    public static TestDatabase Sqlite() => new(sqlite: true);

    /// <summary>The SQLite provider: its migrations and its reading of constraint errors.</summary>
    public static IDatabaseProvider SqliteProvider { get; } = new SqliteDatabaseProvider(Path.GetTempPath());

    /// <summary>This database's provider.</summary>
    public IDatabaseProvider Provider { get; }

    public bool IsSqlite => _connection is not null;

    public OutboxSignal Signal { get; } = new();

    public List<string> Sql { get; } = [];

    public EnforcementDbContext NewContext(Enforcement.Infrastructure.Auditing.AuditWriter? audit = null, DataVersion? version = null)
    {
        var options = new DbContextOptionsBuilder<EnforcementDbContext>();
        if (version is not null)
        {
            options.AddInterceptors(new DataVersionCommits(version));
        }

        if (_connection is not null)
        {
            options.UseSqlite(_connection, sqlite => sqlite.MigrationsAssembly(Provider.MigrationsAssembly).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
        }
        else
        {
            Provider.Configure(options, _postgres!);
        }

        options.LogTo(Sql.Add, [DbLoggerCategory.Database.Command.Name], Microsoft.Extensions.Logging.LogLevel.Information);
        return new EnforcementDbContext(options.Options).Lease(Signal, audit, dataVersion: version);
    }

    public void Dispose()
    {
        _connection?.Dispose();
        if (_postgres is not null)
        {
            PostgresTestServer.Drop(_postgres);
        }
    }

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
