using Enforcement.Infrastructure.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Infrastructure.Tests;

/// <summary>
/// The composition library's services on a database of their own, brought up to date as the host does: a SQLite file,
/// or a fresh PostgreSQL database when the run names a server. Background dispatching is off; tests call it themselves.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "enforcement-host-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _postgres = Enforcement.Tests.Shared.PostgresTestServer.ConnectionString is null ? null : Enforcement.Tests.Shared.PostgresTestServer.NewDatabase();

    private TestHost()
    {
    }

    public ServiceProvider Services { get; private set; } = null!;

    /// <summary>Starts the host with <paramref name="settings"/> beside the database's, and <paramref name="configure"/>'s services after the library's.</summary>
    public static async Task<TestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var host = new TestHost();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Enforcement"] = host._postgres ?? $"Data Source={Path.Combine(host._directory, "host.db")}",
            ["Database:Provider"] = host._postgres is null ? "Sqlite" : "Postgres",
            ["Outbox:DispatchInBackground"] = "false",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddEnforcement(configuration, host._directory);
        configure?.Invoke(services); // after: a later registration of a single service (the clock) wins
        host.Services = services.BuildServiceProvider();
        await host.Services.InitializeEnforcementAsync();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (Services is not null)
        {
            await Services.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_postgres is not null)
        {
            Enforcement.Tests.Shared.PostgresTestServer.Drop(_postgres);
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
