using BenchmarkDotNet.Attributes;
using Enforcement.Api.Endpoints;
using Enforcement.Application.Cases.SearchCases;
using Enforcement.Application.Dashboard;
using Enforcement.Application.Worklist;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Benchmarks;

/// <summary>
/// The leadership's reads at 100,000 cases, through the Mediator pipeline as the API sends them: the dashboard (target:
/// under 100 ms), a leader's worklist, and the export of every case as .xlsx (constant memory: see the allocation and
/// the peak working set that <c>--check</c> prints).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class DashboardBenchmarks
{
    private ServiceProvider _services = null!;

    [Params(100_000)]
    public int Cases { get; set; }

    public static string DatabasePath(int cases) => Path.Combine(Path.GetTempPath(), $"enforcement-bench-{cases}.db");

    [GlobalSetup]
    public void Setup()
    {
        ScaleDatabase.EnsureAsync(DatabasePath(Cases), Cases, Console.Out).GetAwaiter().GetResult();
        _services = ScaleDatabase.Services(DatabasePath(Cases));
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    /// <summary>What a leader waits for while nothing has changed: the snapshot (<see cref="DashboardSnapshots"/>).</summary>
    [Benchmark(Description = "GET /api/dashboard (this year, a snapshot)")]
    public async Task<int> Dashboard()
    {
        await using var scope = _services.CreateAsyncScope();
        var dashboard = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new DashboardQuery());
        return dashboard.Figures.Count;
    }

    /// <summary>What the first reader after a change waits for: every figure computed.</summary>
    [Benchmark(Description = "GET /api/dashboard (this year, computed after a change)")]
    public async Task<int> DashboardComputed()
    {
        _services.GetRequiredService<Enforcement.Infrastructure.Persistence.DataVersion>().Advance();
        return await Dashboard();
    }

    [Benchmark(Description = "GET /api/me/worklist")]
    public async Task<int> Worklist()
    {
        await using var scope = _services.CreateAsyncScope();
        var worklist = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new MyWorklistQuery());
        return worklist.Items.Count;
    }

    [Benchmark(Description = "GET /api/cases/export.xlsx (every case)")]
    public async Task<long> ExportEveryCase()
    {
        await using var scope = _services.CreateAsyncScope();
        var file = await ExportFile.SendAsync(scope.ServiceProvider.GetRequiredService<ISender>(), "xlsx", f => new ExportCasesQuery(new SearchCasesQuery(), f), CancellationToken.None);
        await using var stream = file.FileStream;
        return stream.Length;
    }
}
