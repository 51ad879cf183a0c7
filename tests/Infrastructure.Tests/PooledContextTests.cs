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

    /// <summary>
    /// A scope disposes what each registration handed out. Were two registrations to hand out one disposable (the
    /// unit of work answered with the context itself), the scope would dispose it twice; a pooled context would go back
    /// to the pool twice, the second time while another request holds it, whose query then fails on a disposed context.
    /// </summary>
    [Fact]
    public async Task No_two_scoped_services_are_one_disposable_so_a_scope_gives_its_context_back_once()
    {
        List<ServiceDescriptor> registered = [];
        await using var host = await TestHost.StartAsync(configure: registered.AddRange);
        await using var scope = host.Services.CreateAsyncScope();

        var shared = registered
            .Where(d => d.Lifetime == ServiceLifetime.Scoped && !d.IsKeyedService && !d.ServiceType.IsGenericTypeDefinition)
            .Select(d => d.ServiceType).Distinct()
            .Select(type => (Type: type, Instance: Resolve(scope.ServiceProvider, type)))
            .Where(s => s.Instance is IDisposable or IAsyncDisposable)
            .GroupBy(s => s.Instance!, ReferenceEqualityComparer.Instance)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" = ", g.Select(s => s.Type.Name)))
            .ToList();

        shared.ShouldBeEmpty();
        scope.ServiceProvider.GetRequiredService<Application.Abstractions.IUnitOfWork>().ShouldNotBeAssignableTo<IDisposable>();
    }

    private static object? Resolve(IServiceProvider services, Type type)
    {
        try
        {
            return services.GetService(type);
        }
        catch (InvalidOperationException)
        {
            return null; // a service this host cannot build (one that needs a request) shares nothing
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
