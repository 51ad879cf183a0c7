using System.Threading.Channels;
using Enforcement.Application.Abstractions;

namespace Enforcement.Application.Dashboard;

/// <summary>
/// The dashboards computed last, one per range and day, reused while no change has been committed since (read
/// through <see cref="IDataVersion"/>). Where other instances write to the same database, also for at most
/// <see cref="MaxAge"/>, which bounds how long their changes stay unseen; a snapshot past that age but younger than
/// <see cref="StaleFor"/> still answers while its successor is computed in the background (<see cref="DueAsync"/>,
/// read by the host's refresher), so that no reader waits for twenty aggregates over a million cases every half
/// minute. One dashboard is computed at a time: readers that arrive meanwhile wait for it and take its result, rather
/// than run the same aggregates side by side.
/// </summary>
public sealed class DashboardSnapshots(IDataVersion version, TimeProvider time)
{
    /// <summary>How long a snapshot serves when other instances may have changed the data (PostgreSQL).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Up to this age a snapshot past <see cref="MaxAge"/> (and nothing else) still answers while the refresher computes
    /// its successor; an older one is computed again before the reader is answered.
    /// </summary>
    public static readonly TimeSpan StaleFor = TimeSpan.FromMinutes(10);

    /// <summary>Ranges are the reader's choice: beyond this many the oldest are dropped, so memory stays bounded.</summary>
    public const int Capacity = 32;

    private readonly SemaphoreSlim _computing = new(1, 1);
    private readonly Lock _lock = new();
    private readonly Dictionary<Key, Snapshot> _snapshots = [];
    private readonly HashSet<Key> _due = [];
    private readonly Channel<Key> _refreshes = Channel.CreateUnbounded<Key>(new UnboundedChannelOptions { SingleReader = true });
    private volatile bool _refresherRuns;

    public async ValueTask<DashboardDto> GetAsync(DateOnly from, DateOnly to, DateOnly today, Func<CancellationToken, Task<DashboardDto>> compute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var key = new Key(from, to, today);

        // A snapshot serves this reader if its reads began once every change committed before the reader arrived had
        // been counted; changes committed while the reader waits need not be, or readers would queue behind writers.
        var arrived = version.Current;
        if (TryCurrent(key, arrived, serveStale: true) is { } current)
        {
            return current;
        }

        return await ComputeAsync(key, arrived, compute, cancellationToken);
    }

    /// <summary>
    /// Computes again, for the refresher, the snapshot of the range and court day <paramref name="dueDay"/> that
    /// <see cref="DueAsync"/> gave; null, computing nothing, when it is no longer due: a reader computed it meanwhile, it
    /// was dropped, or the court day has moved on (<paramref name="today"/>), so that nobody reads it again.
    /// </summary>
    public async Task<DashboardDto?> RefreshAsync(
        DateOnly from, DateOnly to, DateOnly dueDay, DateOnly today, Func<CancellationToken, Task<DashboardDto>> compute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var key = new Key(from, to, dueDay);
        lock (_lock)
        {
            if (dueDay != today || !_due.Contains(key))
            {
                _due.Remove(key);
                return null;
            }
        }

        return await ComputeAsync(key, version.Current, compute, cancellationToken);
    }

    /// <summary>
    /// The ranges whose snapshot a reader found past <see cref="MaxAge"/>, each once until it is computed again, for the
    /// host's refresher. Until a refresher has asked, no snapshot is served past its age: nothing would compute its successor.
    /// </summary>
    public IAsyncEnumerable<(DateOnly From, DateOnly To, DateOnly Today)> DueAsync(CancellationToken cancellationToken)
    {
        _refresherRuns = true;
        return _refreshes.Reader.ReadAllAsync(cancellationToken).Select(key => (key.From, key.To, key.Today));
    }

    private async Task<DashboardDto> ComputeAsync(Key key, long arrived, Func<CancellationToken, Task<DashboardDto>> compute, CancellationToken cancellationToken)
    {
        await _computing.WaitAsync(cancellationToken);
        try
        {
            if (TryCurrent(key, arrived, serveStale: false) is { } computedMeanwhile)
            {
                return computedMeanwhile;
            }

            // The version before the reads: a change committed while they run moves it, and the next reader recomputes.
            var (atVersion, at) = (version.Current, time.GetUtcNow());
            DashboardDto dashboard;
            try
            {
                dashboard = await compute(cancellationToken);
            }
            catch
            {
                lock (_lock)
                {
                    _due.Remove(key); // the next reader of the old snapshot puts it due again
                }

                throw;
            }

            lock (_lock)
            {
                if (_snapshots.Count >= Capacity && !_snapshots.ContainsKey(key))
                {
                    var oldest = _snapshots.MinBy(s => s.Value.At).Key;
                    _snapshots.Remove(oldest);
                    _due.Remove(oldest);
                }

                _snapshots[key] = new Snapshot(atVersion, at, dashboard);
                _due.Remove(key);
            }

            return dashboard;
        }
        finally
        {
            _computing.Release();
        }
    }

    /// <summary>
    /// The snapshot that answers a reader who arrived at <paramref name="arrived"/>: one that counts every change committed
    /// through this process by then, and is younger than <see cref="MaxAge"/> where others may write; with
    /// <paramref name="serveStale"/>, also one up to <see cref="StaleFor"/> old, whose successor is then put due.
    /// </summary>
    private DashboardDto? TryCurrent(Key key, long arrived, bool serveStale)
    {
        lock (_lock)
        {
            if (!_snapshots.TryGetValue(key, out var snapshot) || snapshot.Version < arrived)
            {
                return null;
            }

            var age = time.GetUtcNow() - snapshot.At;
            if (version.SeesEveryChange || age < MaxAge)
            {
                return snapshot.Dashboard;
            }

            if (!serveStale || !_refresherRuns || age >= StaleFor)
            {
                return null;
            }

            if (_due.Add(key))
            {
                _refreshes.Writer.TryWrite(key);
            }

            return snapshot.Dashboard;
        }
    }

    private sealed record Key(DateOnly From, DateOnly To, DateOnly Today);

    private sealed record Snapshot(long Version, DateTimeOffset At, DashboardDto Dashboard);
}
