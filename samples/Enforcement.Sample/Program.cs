using Enforcement.Sample;

// dotnet run --project samples/Enforcement.Sample [database file]
var path = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "enforcement-sample.db");
await SampleHost.RunAsync(path, Console.Out);
