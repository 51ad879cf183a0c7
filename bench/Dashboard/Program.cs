using System.Diagnostics;
using BenchmarkDotNet.Running;
using Enforcement.Benchmarks;

// dotnet run -c Release --project bench/Dashboard             the BenchmarkDotNet runs: pick the dashboard or the domain benchmarks
// dotnet run -c Release --project bench/Dashboard -- --check  a quick check: medians against the targets, and the export's memory
// ... -- --seed 100000 /path/cases-100000.db                   a database for bench/run, with its request lists beside it
// ... -- --seed 100000 "Host=…;Database=x" /path/pg-100000.db   the same on PostgreSQL, its request lists named after the last path
// ... -- --reference /path/reference.db 10                      SQLite's own rate for a registration's transaction, per second
// ... -- --grow 1000000 /path/cases-100000.db /path/cases-1000000.db   a copy grown to 1,000,000 cases in SQL (GrownDatabase)
// ... -- --grow 1000000 "Host=…;Database=a" "Host=…;Database=b"          the same on PostgreSQL
// ... -- --settle /path/run.db                                 plans what the hourly planner plans, and marks the events delivered
if (args is ["--seed", var size, var path, .. var rest])
{
    var database = ScaleDatabase.IsPostgres(path) ? path : Path.GetFullPath(path);
    await LoadFixtures.SeedAsync(database, int.Parse(size, System.Globalization.CultureInfo.InvariantCulture), Path.GetFullPath(rest is [var fixtures] ? fixtures : path));
    return 0;
}

if (args is ["--grow", var grownSize, var from, var to])
{
    static string Where(string database) => ScaleDatabase.IsPostgres(database) ? database : Path.GetFullPath(database);
    await GrownDatabase.GrowAsync(Where(from), Where(to), int.Parse(grownSize, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
    return 0;
}

if (args is ["--settle", var settled])
{
    await ScaleDatabase.SettleAsync(ScaleDatabase.IsPostgres(settled) ? settled : Path.GetFullPath(settled));
    return 0;
}

if (args is ["--reference", var referencePath, var seconds])
{
    var rate = LoadFixtures.Reference(Path.GetFullPath(referencePath), TimeSpan.FromSeconds(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)));
    Console.WriteLine(rate.ToString("F0", System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args.Contains("--check"))
{
    var bench = new DashboardBenchmarks { Cases = 100_000 };
    bench.Setup();
    try
    {
        var dashboard = await MedianAsync(bench.Dashboard);
        var computed = await MedianAsync(bench.DashboardComputed);
        var worklist = await MedianAsync(bench.Worklist);
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        var exportTime = Stopwatch.StartNew();
        var bytes = await bench.ExportEveryCase();
        exportTime.Stop();
        var after = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"dashboard median {dashboard:N1} ms (target < 100 ms): {(dashboard < 100 ? "met" : "NOT MET")}; computed after a change: {computed:N1} ms");
        Console.WriteLine($"worklist median {worklist:N1} ms");
        Console.WriteLine($"export of every case: {bytes / 1_048_576.0:N1} MB in {exportTime.Elapsed.TotalSeconds:N1} s; peak working set {before / 1_048_576} MB before, {after / 1_048_576} MB after");
        return dashboard < 100 ? 0 : 1;
    }
    finally
    {
        bench.Cleanup();
    }
}

BenchmarkSwitcher.FromAssembly(typeof(DashboardBenchmarks).Assembly).Run(args);
return 0;

static async Task<double> MedianAsync(Func<Task<int>> run)
{
    await run(); // warm-up: compiles the queries
    var times = new List<double>();
    for (var i = 0; i < 15; i++)
    {
        var watch = Stopwatch.StartNew();
        await run();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return times[times.Count / 2];
}
