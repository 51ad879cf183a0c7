using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Enforcement.Infrastructure.Persistence.Providers;

/// <summary>
/// Lets this process's writers of one SQLite file take turns in a queue instead of in SQLite's busy handler.
/// <para>
/// Every transaction EF Core begins on SQLite is <c>BEGIN IMMEDIATE</c>: it takes the file's one write lock. A writer
/// that finds it taken waits in <c>busy_timeout</c>, which sleeps 1, 2, 5 … up to 100 ms between tries and keeps no
/// order: at 8 concurrent registrations a write waited up to 0.7 s while the lock stood free between sleeps. Here a
/// writer first waits its turn in a semaphore, which hands the turn on the moment the previous writer ends, in order of
/// arrival among the asynchronous waiters (a synchronous one goes first).
/// </para>
/// <para>
/// Every write takes a turn, so that none polls in SQLite's handler while the queue hands the lock from one writer to the
/// next: a transaction from its begin to its commit, rollback or failure (or at the latest its connection's close or
/// disposal, for a transaction disposed without either); a save, which always runs in a transaction here, even of one
/// statement; and a statement run outside a transaction (<c>ExecuteUpdate</c>, raw SQL) for its own execution. Reads
/// do not queue: in WAL mode they never wait for the writer.
/// </para>
/// <para>
/// A turn not granted within <see cref="SqliteConnectionSettings.BusyTimeoutMilliseconds"/> goes ahead without one,
/// to SQLite's own wait, so the queue can slow a writer that waits for itself (two contexts' writes nested in one flow)
/// but never stop it.
/// </para>
/// </summary>
public sealed class SqliteWriterQueue : DbTransactionInterceptor, IDbConnectionInterceptor, IDbCommandInterceptor, ISaveChangesInterceptor
{
    private static readonly TimeSpan MostWait = TimeSpan.FromMilliseconds(SqliteConnectionSettings.BusyTimeoutMilliseconds);

    private readonly SemaphoreSlim _turn = new(1, 1);

    // Who holds the turn: an EF Core connection (one per context) in a transaction, or a command outside one.
    private readonly ConcurrentDictionary<Guid, byte> _holders = new();

    /// <summary>Whether a writer holds the turn now.</summary>
    internal bool IsTaken => _turn.CurrentCount == 0;

    // The transaction is begun here, after the turn, so that a begin that fails gives the turn back: EF Core reports no
    // failure of a begin to interceptors.
    public override InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(eventData);
        if (result.HasResult || !_turn.Wait(MostWait))
        {
            return result;
        }

        Hold(eventData.ConnectionId);
        try
        {
            return InterceptionResult<DbTransaction>.SuppressWithResult(connection.BeginTransaction(eventData.IsolationLevel));
        }
        catch
        {
            Release(eventData.ConnectionId);
            throw;
        }
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(eventData);
        if (result.HasResult || !await _turn.WaitAsync(MostWait, cancellationToken))
        {
            return result;
        }

        Hold(eventData.ConnectionId);
        try
        {
            return InterceptionResult<DbTransaction>.SuppressWithResult(
                await connection.BeginTransactionAsync(eventData.IsolationLevel, cancellationToken));
        }
        catch
        {
            Release(eventData.ConnectionId);
            throw;
        }
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

    // A failed commit or rollback: the turn passes on; if the transaction still stands, the next writer meets it in
    // SQLite's own wait, as it would without the queue.
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

    // EF Core sends a save of one statement without a transaction; here every save has one, and so its turn.
    InterceptionResult<int> ISaveChangesInterceptor.SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AlwaysInTransaction(eventData);
        return result;
    }

    ValueTask<InterceptionResult<int>> ISaveChangesInterceptor.SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken)
    {
        AlwaysInTransaction(eventData);
        return ValueTask.FromResult(result);
    }

    // A statement that writes outside a transaction (ExecuteUpdate, ExecuteDelete, raw SQL) takes a turn for itself.
    InterceptionResult<int> IDbCommandInterceptor.NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(eventData);
        if (command.Transaction is null && _turn.Wait(MostWait))
        {
            Hold(eventData.CommandId);
        }

        return result;
    }

    async ValueTask<InterceptionResult<int>> IDbCommandInterceptor.NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(eventData);
        if (command.Transaction is null && await _turn.WaitAsync(MostWait, cancellationToken))
        {
            Hold(eventData.CommandId);
        }

        return result;
    }

    int IDbCommandInterceptor.NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        EndCommand(eventData);
        return result;
    }

    ValueTask<int> IDbCommandInterceptor.NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken)
    {
        EndCommand(eventData);
        return ValueTask.FromResult(result);
    }

    void IDbCommandInterceptor.CommandFailed(DbCommand command, CommandErrorEventData eventData) => EndCommand(eventData);

    Task IDbCommandInterceptor.CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken)
    {
        EndCommand(eventData);
        return Task.CompletedTask;
    }

    void IDbCommandInterceptor.CommandCanceled(DbCommand command, CommandEndEventData eventData) => EndCommand(eventData);

    Task IDbCommandInterceptor.CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken)
    {
        EndCommand(eventData);
        return Task.CompletedTask;
    }

    private static void AlwaysInTransaction(DbContextEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        }
    }

    private void Hold(Guid holder)
    {
        if (!_holders.TryAdd(holder, 0))
        {
            _turn.Release(); // cannot happen: one connection has one transaction at a time, and a command runs once
        }
    }

    private void EndCommand(CommandEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Release(eventData.CommandId);
    }

    private void End(TransactionEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Release(eventData.ConnectionId);
    }

    private void Release(Guid holder)
    {
        if (_holders.TryRemove(holder, out _))
        {
            _turn.Release();
        }
    }
}
