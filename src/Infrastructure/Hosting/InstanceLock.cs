using Enforcement.Infrastructure.Persistence;
using Enforcement.Infrastructure.Persistence.Providers;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Infrastructure.Hosting;

/// <summary>
/// Keeps background work to one instance at a time when several hosts share one database (PostgreSQL's advisory
/// locks; see <see cref="IDatabaseProvider.TryLockAsync"/>): start-up waits its turn, a periodic run is skipped while
/// another instance does it.
/// </summary>
public sealed class InstanceLock(IServiceScopeFactory scopes, IDatabaseProvider provider)
{
    public const string Startup = "startup";
    public const string Outbox = "outbox";
    public const string Planner = "planner";

    /// <summary>The lock, held until disposed; <see langword="null"/> when another instance holds it and <paramref name="wait"/> is false.</summary>
    public async Task<IAsyncDisposable?> AcquireAsync(string name, bool wait, CancellationToken cancellationToken)
    {
        if (provider.OneHost)
        {
            return SqliteDatabaseProvider.NoLock.Instance; // no other instance to keep out, so no connection to open for it
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        return await provider.TryLockAsync(db, name, wait, cancellationToken);
    }
}
