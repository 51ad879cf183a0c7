using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Auditing;
using Enforcement.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Infrastructure.Tests;

/// <summary>The unit of work comes from EF Core's pool; a context taken again keeps nothing of the scope that had it.</summary>
public sealed class PooledContextTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync();

    [Fact]
    public async Task A_context_taken_again_from_the_pool_writes_the_audit_rows_of_its_new_scope_only()
    {
        EnforcementDbContext first;
        await using (var before = _host.Services.CreateAsyncScope())
        {
            first = before.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            before.ServiceProvider.GetRequiredService<AuditWriter>().Stage("Case", "1", "上一请求暂存、未保存的审计记录");
        }

        await using (var after = _host.Services.CreateAsyncScope())
        {
            var db = after.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            db.ShouldBeSameAs(first); // the pool gave the same context back
            after.ServiceProvider.GetRequiredService<AuditWriter>().Stage("Case", "2", "本请求的审计记录");
            db.Staff.Add(TestData.Leader("彭志远"));
            await db.SaveChangesAsync();
        }

        await using var check = _host.Services.CreateAsyncScope();
        var summaries = await check.ServiceProvider.GetRequiredService<EnforcementDbContext>().AuditEntries.Select(e => e.Summary).ToListAsync();
        summaries.ShouldContain("本请求的审计记录");
        summaries.ShouldNotContain("上一请求暂存、未保存的审计记录");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
