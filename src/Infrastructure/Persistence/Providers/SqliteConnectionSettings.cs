using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Enforcement.Infrastructure.Persistence.Providers;

/// <summary>
/// Settings SQLite keeps per connection, applied each time a pooled connection is opened. <c>busy_timeout</c> lets
/// SQLite itself wait for a competing writer, retrying within milliseconds of the lock's release; without it the
/// driver sleeps 150 ms between its own retries, and a write queue turns into seconds of waiting at the tail. It is set
/// through SQLite's own call (what <c>PRAGMA busy_timeout</c> runs), not a statement prepared on every open.
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    /// <summary>How long a write waits for another before it fails with "database is locked".</summary>
    public const int BusyTimeoutMilliseconds = 10_000;

    public static SqliteConnectionSettings Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        var handle = ((SqliteConnection)connection).Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        SqliteException.ThrowExceptionForRC(SQLitePCL.raw.sqlite3_busy_timeout(handle, BusyTimeoutMilliseconds), handle);
    }
}
