using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Enforcement.Infrastructure.Persistence.Providers;

/// <summary>
/// Settings SQLite keeps per connection, applied each time a pooled connection is opened. <c>busy_timeout</c> lets
/// SQLite itself wait for a competing writer, retrying within milliseconds of the lock's release; without it the
/// driver sleeps 150 ms between its own retries, and a write queue turns into seconds of waiting at the tail.
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    /// <summary>How long a write waits for another before it fails with "database is locked".</summary>
    public const int BusyTimeoutMilliseconds = 10_000;

    private static readonly string Pragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};");

    public static SqliteConnectionSettings Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
