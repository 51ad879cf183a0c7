namespace Enforcement.Application.Behaviors;

/// <summary>
/// One change at a time per aggregate within this process. Changes to the same case arriving together then queue
/// here instead of racing to the database, where all but one would lose on the version and be read and applied again
/// (on PostgreSQL, whose writers do not wait for each other as SQLite's do, 16 clients paying into one case lost most
/// races). Changes from other instances are still caught by the version and retried (<see cref="ConcurrencyRetryBehavior{TMessage, TResponse}"/>).
/// </summary>
public sealed class AggregateGates
{
    private readonly Dictionary<Guid, Gate> _gates = [];

    /// <summary>Waits for the aggregate's turn; disposing the result gives the turn to the next change.</summary>
    public async ValueTask<IDisposable> EnterAsync(Guid aggregateId, CancellationToken cancellationToken)
    {
        Gate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(aggregateId, out gate!))
            {
                _gates[aggregateId] = gate = new Gate();
            }

            gate.Users++;
        }

        try
        {
            await gate.Turn.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(aggregateId, gate);
            throw;
        }

        return new Held(this, aggregateId, gate);
    }

    /// <summary>How many aggregates have a change running or waiting (a gate is removed with its last user).</summary>
    public int Count
    {
        get
        {
            lock (_gates)
            {
                return _gates.Count;
            }
        }
    }

    private void Leave(Guid aggregateId, Gate gate)
    {
        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(aggregateId);
                gate.Turn.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Held(AggregateGates owner, Guid aggregateId, Gate gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Turn.Release();
                owner.Leave(aggregateId, gate);
            }
        }
    }
}
