using Enforcement.Application.Abstractions;

namespace Enforcement.Application.Dashboard;

/// <summary>
/// The dashboards computed last, one per range and day, reused while no change has been committed since (read
/// through <see cref="IDataVersion"/>). Where other instances write to the same database, also for at most
/// <see cref="MaxAge"/>, which bounds how long their changes stay unseen. One dashboard is computed at a time: readers
/// that arrive meanwhile wait for it and take its result, rather than run the same twenty aggregates over a million
/// cases side by side.
/// </summary>
public sealed class DashboardSnapshots(IDataVersion version, TimeProvider time)
{
    /// <summary>How long a snapshot serves when other instances may have changed the data (PostgreSQL).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    /// <summary>Ranges are the reader's choice: beyond this many the oldest are dropped, so memory stays bounded.</summary>
    public const int Capacity = 32;

    private readonly SemaphoreSlim _computing = new(1, 1);
    private readonly Lock _lock = new();
    private readonly Dictionary<Key, Snapshot> _snapshots = [];

    public async ValueTask<DashboardDto> GetAsync(DateOnly from, DateOnly to, DateOnly today, Func<CancellationToken, Task<DashboardDto>> compute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var key = new Key(from, to, today);

        // A snapshot serves this reader if its reads began once every change committed before the reader arrived had
        // been counted; changes committed while the reader waits need not be, or readers would queue behind writers.
        var arrived = version.Current;
        if (TryCurrent(key, arrived) is { } current)
        {
            return current;
        }

        await _computing.WaitAsync(cancellationToken);
        try
        {
            if (TryCurrent(key, arrived) is { } computedMeanwhile)
            {
                return computedMeanwhile;
            }

            // The version before the reads: a change committed while they run moves it, and the next reader recomputes.
            var (atVersion, at) = (version.Current, time.GetUtcNow());
            var dashboard = await compute(cancellationToken);
            lock (_lock)
            {
                if (_snapshots.Count >= Capacity && !_snapshots.ContainsKey(key))
                {
                    _snapshots.Remove(_snapshots.MinBy(s => s.Value.At).Key);
                }

                _snapshots[key] = new Snapshot(atVersion, at, dashboard);
            }

            return dashboard;
        }
        finally
        {
            _computing.Release();
        }
    }

    private DashboardDto? TryCurrent(Key key, long arrived)
    {
        lock (_lock)
        {
            return _snapshots.TryGetValue(key, out var snapshot) && snapshot.Version >= arrived
                   && (version.SeesEveryChange || time.GetUtcNow() - snapshot.At < MaxAge)
                ? snapshot.Dashboard
                : null;
        }
    }

    private sealed record Key(DateOnly From, DateOnly To, DateOnly Today);

    private sealed record Snapshot(long Version, DateTimeOffset At, DashboardDto Dashboard);
}
