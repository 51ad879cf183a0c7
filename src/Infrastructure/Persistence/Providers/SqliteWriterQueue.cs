using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Enforcement.Infrastructure.Persistence.Providers;

/// <summary>
/// Lets this process's writers of one SQLite file take turns in a queue instead of in SQLite's busy handler.
/// <para>
/// Every transaction EF Core begins on SQLite is <c>BEGIN IMMEDIATE</c>: it takes the file's one write lock. A writer
/// that finds it taken waits in <c>busy_timeout</c>, which sleeps 1, 2, 5 … up to 100 ms between tries and keeps no
/// order: at 8 concurrent registrations a write waited up to 0.7 s while the lock stood free between sleeps. Here a
/// transaction first waits its turn in a semaphore, which hands the turn on the moment the previous one ends, in order
/// of arrival. The turn ends when the transaction commits, rolls back or fails, or at the latest when its connection
/// closes (a transaction disposed without either).
/// </para>
/// <para>
/// A turn not granted within <see cref="SqliteConnectionSettings.BusyTimeoutMilliseconds"/> goes ahead without one,
/// to SQLite's own wait, so the queue can slow a writer that waits for itself (two contexts' transactions nested in
/// one flow) but never stop it. Writes outside a transaction do not queue: <c>ExecuteUpdate</c>, raw SQL, and a save
/// of a single row, which EF Core sends without one.
/// </para>
/// </summary>
public sealed class SqliteWriterQueue : DbTransactionInterceptor, IDbConnectionInterceptor
{
    private static readonly TimeSpan MostWait = TimeSpan.FromMilliseconds(SqliteConnectionSettings.BusyTimeoutMilliseconds);

    private readonly SemaphoreSlim _turn = new(1, 1);

    // The EF Core connections (one per context) whose transaction holds the turn.
    private readonly ConcurrentDictionary<Guid, byte> _holders = new();

    /// <summary>Whether a transaction holds the turn now.</summary>
    internal bool IsTaken => _turn.CurrentCount == 0;

    public override InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (_turn.Wait(MostWait))
        {
            Hold(eventData.ConnectionId);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (await _turn.WaitAsync(MostWait, cancellationToken))
        {
            Hold(eventData.ConnectionId);
        }

        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => End(eventData);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        End(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => End(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        End(eventData);
        return Task.CompletedTask;
    }

    // A failed begin, commit or rollback: the turn passes on; if the transaction still stands, the next writer meets it
    // in SQLite's own wait, as it would without the queue.
    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => End(eventData);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        End(eventData);
        return Task.CompletedTask;
    }

    // Closing or disposing the connection ends a transaction that was disposed without commit or rollback.
    void IDbConnectionInterceptor.ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(eventData.ConnectionId);

    Task IDbConnectionInterceptor.ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    void IDbConnectionInterceptor.ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => Release(eventData.ConnectionId);

    Task IDbConnectionInterceptor.ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    private void Hold(Guid connectionId)
    {
        if (!_holders.TryAdd(connectionId, 0))
        {
            _turn.Release(); // cannot happen: one connection has one transaction at a time
        }
    }

    private void End(TransactionEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Release(eventData.ConnectionId);
    }

    private void Release(Guid connectionId)
    {
        if (_holders.TryRemove(connectionId, out _))
        {
            _turn.Release();
        }
    }
}
