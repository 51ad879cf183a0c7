using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Auditing;
using Enforcement.Infrastructure.Hosting;
using Enforcement.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Infrastructure.Tests;

/// <summary>The unit of work comes from EF Core's pool; a context taken again keeps nothing of the scope that had it.</summary>
public sealed class PooledContextTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "enforcement-pool-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _postgres = Enforcement.Tests.Shared.PostgresTestServer.ConnectionString is null ? null : Enforcement.Tests.Shared.PostgresTestServer.NewDatabase();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Enforcement"] = _postgres ?? $"Data Source={Path.Combine(_directory, "pool.db")}",
            ["Database:Provider"] = _postgres is null ? "Sqlite" : "Postgres",
            ["Outbox:DispatchInBackground"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddEnforcement(configuration, _directory);
        _services = services.BuildServiceProvider();
        await _services.InitializeEnforcementAsync();
    }

    [Fact]
    public async Task A_context_taken_again_from_the_pool_writes_the_audit_rows_of_its_new_scope_only()
    {
        EnforcementDbContext first;
        await using (var before = _services.CreateAsyncScope())
        {
            first = before.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            before.ServiceProvider.GetRequiredService<AuditWriter>().Stage("Case", "1", "上一请求暂存、未保存的审计记录");
        }

        await using (var after = _services.CreateAsyncScope())
        {
            var db = after.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            db.ShouldBeSameAs(first); // the pool gave the same context back
            after.ServiceProvider.GetRequiredService<AuditWriter>().Stage("Case", "2", "本请求的审计记录");
            db.Staff.Add(TestData.Leader("彭志远"));
            await db.SaveChangesAsync();
        }

        await using var check = _services.CreateAsyncScope();
        var summaries = await check.ServiceProvider.GetRequiredService<EnforcementDbContext>().AuditEntries.Select(e => e.Summary).ToListAsync();
        summaries.ShouldContain("本请求的审计记录");
        summaries.ShouldNotContain("上一请求暂存、未保存的审计记录");
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
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
