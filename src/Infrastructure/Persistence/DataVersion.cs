using Enforcement.Application.Abstractions;

namespace Enforcement.Infrastructure.Persistence;

/// <summary>Moved on by <see cref="EnforcementDbContext"/> after each committed save of an aggregate.</summary>
public sealed class DataVersion(bool seesEveryChange) : IDataVersion
{
    private long _current;

    public long Current => Interlocked.Read(ref _current);

    public bool SeesEveryChange { get; } = seesEveryChange;

    public void Advance() => Interlocked.Increment(ref _current);
}

/// <summary>
/// Moves the version on again when an explicit transaction commits after a save of aggregates inside it: that save
/// moved the version before the commit, and a dashboard computed in between must not pass for current once the
/// commit lands. (A save's own transaction has committed by the time the save moves the version.)
/// </summary>
public sealed class DataVersionCommits(DataVersion version) : Microsoft.EntityFrameworkCore.Diagnostics.DbTransactionInterceptor
{
    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, Microsoft.EntityFrameworkCore.Diagnostics.TransactionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is EnforcementDbContext db && db.TakeChangesAwaitingCommit())
        {
            version.Advance();
        }
    }

    public override Task TransactionCommittedAsync(
        System.Data.Common.DbTransaction transaction, Microsoft.EntityFrameworkCore.Diagnostics.TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }
}
