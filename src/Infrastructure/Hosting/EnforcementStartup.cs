using Enforcement.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Enforcement.Infrastructure.Hosting;

/// <summary>Brings the database up to date when the host starts, before the outbox dispatcher runs.</summary>
public sealed class EnforcementStartup(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) => await scopes.InitializeEnforcementAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class EnforcementInitialization
{
    /// <summary>
    /// Migrates the database, ensures the roles, recounts stored deadlines and seeds demo data when asked to: once
    /// per process, however often it is called. A host that has no generic host calls it itself before the first request.
    /// </summary>
    public static async Task InitializeEnforcementAsync(this IServiceScopeFactory scopes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        await using var scope = scopes.CreateAsyncScope();
        var once = scope.ServiceProvider.GetRequiredService<InitializedOnce>();
        await once.Gate.WaitAsync(cancellationToken);
        try
        {
            if (!once.Done)
            {
                // Several instances on one database start one after another: the first migrates, the rest find it done.
                await using (await scope.ServiceProvider.GetRequiredService<InstanceLock>().AcquireAsync(InstanceLock.Startup, wait: true, cancellationToken))
                {
                    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
                }

                once.Done = true;
            }
        }
        finally
        {
            once.Gate.Release();
        }
    }

    /// <inheritdoc cref="InitializeEnforcementAsync(IServiceScopeFactory, CancellationToken)"/>
    public static Task InitializeEnforcementAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<IServiceScopeFactory>().InitializeEnforcementAsync(cancellationToken);

    internal sealed class InitializedOnce
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public bool Done { get; set; }
    }
}
