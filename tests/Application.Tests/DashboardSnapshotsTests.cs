using Enforcement.Application.Abstractions;
using Enforcement.Application.Dashboard;
using Microsoft.Extensions.Time.Testing;

namespace Enforcement.Application.Tests;

public sealed class DashboardSnapshotsTests
{
    private static readonly DateOnly From = new(2025, 1, 1);
    private static readonly DateOnly To = new(2025, 6, 16);
    private static readonly DateOnly Today = new(2025, 6, 16);

    private readonly Version _version = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 16, 1, 0, 0, TimeSpan.Zero));
    private readonly DashboardSnapshots _snapshots;
    private int _computed;

    public DashboardSnapshotsTests() => _snapshots = new DashboardSnapshots(_version, _time);

    [Fact]
    public async Task Where_every_change_passes_through_this_process_a_dashboard_is_reused_until_one_does()
    {
        _version.SeesEveryChange = true;
        var first = await GetAsync();
        _time.Advance(TimeSpan.FromHours(5));
        (await GetAsync()).ShouldBeSameAs(first);
        _version.Current++;
        (await GetAsync()).ShouldNotBeSameAs(first);
        _computed.ShouldBe(2);
    }

    [Fact]
    public async Task Where_other_instances_write_a_dashboard_is_reused_while_nothing_has_changed_and_it_is_younger_than_its_maximum_age()
    {
        var first = await GetAsync();
        _time.Advance(DashboardSnapshots.MaxAge - TimeSpan.FromSeconds(1));
        (await GetAsync()).ShouldBeSameAs(first);
        _computed.ShouldBe(1);

        _time.Advance(TimeSpan.FromSeconds(1)); // as old as the maximum, and no refresher runs: computed before the answer
        (await GetAsync()).ShouldNotBeSameAs(first);
        _computed.ShouldBe(2);
    }

    [Fact]
    public async Task With_a_refresher_a_dashboard_past_its_maximum_age_answers_while_the_refresher_computes_its_successor()
    {
        _snapshots.DueAsync(CancellationToken.None); // the host's refresher has started
        var first = await GetAsync();

        // As old as the maximum: another instance's changes are due to be seen. The reader is answered from the old
        // snapshot, and the range is put due once for the refresher, which computes it in the background.
        _time.Advance(DashboardSnapshots.MaxAge);
        (await GetAsync()).ShouldBeSameAs(first);
        (await GetAsync()).ShouldBeSameAs(first);
        _computed.ShouldBe(1);
        var due = await NextDueAsync();
        due.ShouldBe((From, To, Today));

        var refreshed = await _snapshots.RefreshAsync(due.From, due.To, due.Today, Today, Compute, CancellationToken.None);
        _computed.ShouldBe(2);
        (await GetAsync()).ShouldBeSameAs(refreshed);
        (await _snapshots.RefreshAsync(From, To, Today, Today, Compute, CancellationToken.None)).ShouldBeNull(); // no longer due
        _computed.ShouldBe(2);

        // Past its maximum age again: put due again, once.
        _time.Advance(DashboardSnapshots.MaxAge);
        (await GetAsync()).ShouldBeSameAs(refreshed);
        (await NextDueAsync()).ShouldBe((From, To, Today));
        (await RefreshDueCountAsync()).ShouldBe(0);

        // The court day moved on before the refresher came to it: yesterday's snapshot is not computed again.
        (await _snapshots.RefreshAsync(From, To, Today, Today.AddDays(1), Compute, CancellationToken.None)).ShouldBeNull();
        _computed.ShouldBe(2);
    }

    [Fact]
    public async Task A_snapshot_older_than_the_stale_limit_is_computed_again_before_the_reader_is_answered()
    {
        _snapshots.DueAsync(CancellationToken.None);
        var first = await GetAsync();
        _time.Advance(DashboardSnapshots.StaleFor - TimeSpan.FromSeconds(1));
        (await GetAsync()).ShouldBeSameAs(first);
        _time.Advance(TimeSpan.FromSeconds(1));
        (await GetAsync()).ShouldNotBeSameAs(first);
        _computed.ShouldBe(2);
    }

    [Fact]
    public async Task A_stale_snapshot_is_never_served_past_a_change_committed_through_this_process()
    {
        _snapshots.DueAsync(CancellationToken.None);
        var first = await GetAsync();
        _time.Advance(DashboardSnapshots.MaxAge);
        _version.Current++;
        (await GetAsync()).ShouldNotBeSameAs(first);
        _computed.ShouldBe(2);
        (await RefreshDueCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_failed_refresh_lets_the_next_reader_put_the_range_due_again()
    {
        _snapshots.DueAsync(CancellationToken.None);
        var first = await GetAsync();
        _time.Advance(DashboardSnapshots.MaxAge);
        await GetAsync(); // due
        await Should.ThrowAsync<InvalidOperationException>(() =>
            _snapshots.RefreshAsync(From, To, Today, Today, _ => throw new InvalidOperationException("database gone"), CancellationToken.None));
        (await GetAsync()).ShouldBeSameAs(first);
        (await RefreshDueCountAsync()).ShouldBe(2); // the first and, after the failure, the second
        _computed.ShouldBe(1);
    }

    [Fact]
    public async Task A_committed_change_makes_the_next_read_compute_again()
    {
        var first = await GetAsync();
        _version.Current++;
        (await GetAsync()).ShouldNotBeSameAs(first);
        (await GetAsync()).ShouldBeSameAs(await GetAsync());
        _computed.ShouldBe(2);
    }

    [Fact]
    public async Task A_change_committed_while_a_dashboard_is_computed_is_not_hidden_by_it()
    {
        await _snapshots.GetAsync(From, To, Today, _ =>
        {
            _version.Current++; // committed after the reads began: the result may miss it
            return Task.FromResult(Dashboard());
        }, CancellationToken.None);

        await GetAsync();
        _computed.ShouldBe(1); // computed again, not served from the run that may have missed the change
    }

    [Fact]
    public async Task A_reader_waiting_for_a_computation_takes_it_though_a_change_committed_after_the_reader_arrived()
    {
        var release = new TaskCompletionSource<DashboardDto>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _snapshots.GetAsync(From, To, Today, _ => { _computed++; return release.Task; }, CancellationToken.None).AsTask();
        var waiting = GetAsync().AsTask(); // arrives while the first computes, before the change below
        await Task.Delay(50);
        _version.Current++; // a clerk's save, committed while both wait

        var dashboard = Dashboard();
        release.SetResult(dashboard);
        (await first).ShouldBeSameAs(dashboard);
        (await waiting).ShouldBeSameAs(dashboard); // not computed again behind the writer
        _computed.ShouldBe(1);

        (await GetAsync()).ShouldNotBeSameAs(dashboard); // a reader arriving after the change sees it
        _computed.ShouldBe(2);
    }

    [Fact]
    public async Task Another_range_or_another_day_is_its_own_dashboard()
    {
        await GetAsync();
        await _snapshots.GetAsync(From.AddDays(1), To, Today, Compute, CancellationToken.None);
        await _snapshots.GetAsync(From, To, Today.AddDays(1), Compute, CancellationToken.None);
        _computed.ShouldBe(3);
    }

    [Fact]
    public async Task Readers_arriving_while_a_dashboard_is_computed_wait_for_it_and_share_it()
    {
        var release = new TaskCompletionSource<DashboardDto>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _snapshots.GetAsync(From, To, Today, _ => { _computed++; return release.Task; }, CancellationToken.None).AsTask();
        var others = Enumerable.Range(0, 7).Select(_ => GetAsync().AsTask()).ToList();
        await Task.Delay(50);
        others.ShouldAllBe(o => !o.IsCompleted);

        var dashboard = Dashboard();
        release.SetResult(dashboard);
        (await first).ShouldBeSameAs(dashboard);
        foreach (var other in others)
        {
            (await other).ShouldBeSameAs(dashboard);
        }

        _computed.ShouldBe(1);
    }

    [Fact]
    public async Task A_failed_computation_is_not_kept_and_the_next_reader_computes()
    {
        await Should.ThrowAsync<InvalidOperationException>(async () =>
            await _snapshots.GetAsync(From, To, Today, _ => throw new InvalidOperationException("database gone"), CancellationToken.None));
        await GetAsync();
        _computed.ShouldBe(1);
    }

    [Fact]
    public async Task Beyond_its_capacity_the_oldest_range_is_dropped()
    {
        await GetAsync();
        for (var i = 1; i <= DashboardSnapshots.Capacity; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(1));
            await _snapshots.GetAsync(From.AddDays(i), To, Today, Compute, CancellationToken.None);
        }

        _computed.ShouldBe(DashboardSnapshots.Capacity + 1);
        await GetAsync(); // the first range was the oldest
        _computed.ShouldBe(DashboardSnapshots.Capacity + 2);
        await _snapshots.GetAsync(From.AddDays(DashboardSnapshots.Capacity), To, Today, Compute, CancellationToken.None); // the newest stays
        _computed.ShouldBe(DashboardSnapshots.Capacity + 2);
    }

    private async Task<(DateOnly From, DateOnly To, DateOnly Today)> NextDueAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await foreach (var due in _snapshots.DueAsync(timeout.Token))
        {
            return due;
        }

        throw new InvalidOperationException("Nothing fell due.");
    }

    /// <summary>How many ranges are waiting for the refresher now (taken off).</summary>
    private async Task<int> RefreshDueCountAsync()
    {
        var count = 0;
        using var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        try
        {
            await foreach (var _ in _snapshots.DueAsync(soon.Token))
            {
                count++;
            }
        }
        catch (OperationCanceledException)
        {
            // nothing more
        }

        return count;
    }

    private ValueTask<DashboardDto> GetAsync() => _snapshots.GetAsync(From, To, Today, Compute, CancellationToken.None);

    private Task<DashboardDto> Compute(CancellationToken cancellationToken)
    {
        _computed++;
        return Task.FromResult(Dashboard());
    }

    private static DashboardDto Dashboard() => new(From, To, Today, [], [], []);

    private sealed class Version : IDataVersion
    {
        public long Current { get; set; }

        public bool SeesEveryChange { get; set; }
    }
}
