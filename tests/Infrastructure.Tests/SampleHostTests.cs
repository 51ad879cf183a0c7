using Enforcement.Sample;

namespace Enforcement.Infrastructure.Tests;

public sealed class SampleHostTests
{
    [Fact]
    public async Task A_host_without_the_api_registers_and_reads_a_case_with_one_AddEnforcement_call()
    {
        var directory = Path.Combine(Path.GetTempPath(), "enforcement-sample-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            using var output = new StringWriter();
            var read = await SampleHost.RunAsync(Path.Combine(directory, "sample.db"), output);

            read.Version.ShouldBe(1);
            read.ClaimedAmount.ShouldBe(256_000.50m);
            (read.Deadline.DayNumber - read.FiledOn.AddMonths(6).DayNumber).ShouldBeInRange(0, 10); // six months, moved off rest days
            output.ToString().ShouldContain("registered by the library");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
