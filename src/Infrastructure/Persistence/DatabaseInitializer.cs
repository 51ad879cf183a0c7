using Enforcement.Infrastructure.Identity;
using Enforcement.Infrastructure.Persistence.Providers;
using Enforcement.Infrastructure.Persistence.Search;
using Enforcement.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enforcement.Infrastructure.Persistence;

/// <summary>Brings the database to the current schema at start-up, and seeds demo data when asked to.</summary>
public sealed partial class DatabaseInitializer(
    EnforcementDbContext db,
    DemoDataSeeder seeder,
    IdentitySeeder identity,
    DeadlineRefresher deadlines,
    SearchTextRefresher searchText,
    CaseSearchBackfill searchIndex,
    FragmentIndexRefresher fragmentIndex,
    IDatabaseProvider provider,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    /// <summary>How long one migration's statement may run on PostgreSQL.</summary>
    public static readonly TimeSpan MigrationTimeout = TimeSpan.FromMinutes(30);

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // The history table first: reading a missing one (EF does, on PostgreSQL) logs a failed query at start-up.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        var pending = await PendingMigrationsAsync(cancellationToken);

        // Nothing to apply, nothing to run: MigrateAsync would still build the model from its configurations to compare
        // it with the last migration's snapshot (about 0.6 s), which the tests do instead (MigrationTests).
        if (pending.Count > 0)
        {
            // A migration may rewrite a table of every case (an index, a copied column), which takes minutes on a large
            // database; PostgreSQL would cancel it at the 30-second default. (SQLite cancels no statement: its command
            // timeout bounds only the wait for another writer, which stays short.)
            if (!provider.OneHost)
            {
                db.Database.SetCommandTimeout(MigrationTimeout);
            }

            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                db.Database.SetCommandTimeout(null);
            }
        }

        await provider.PrepareAsync(db, cancellationToken);
        if (pending.Any(m => m.EndsWith("_" + SearchTextRefresher.Migration, StringComparison.Ordinal)))
        {
            await searchText.RefreshAsync(cancellationToken);
        }

        if (pending.Any(m => m.EndsWith("_" + CaseSearchBackfill.Migration, StringComparison.Ordinal)))
        {
            await searchIndex.FillAsync(cancellationToken);
        }

        // Rows the backfill wrote just now already have the number tokens: the refresh then changes nothing.
        if (pending.Any(m => m.EndsWith("_" + FragmentIndexRefresher.Migration, StringComparison.Ordinal)))
        {
            await fragmentIndex.RefreshAsync(cancellationToken);
        }

        await identity.EnsureRolesAsync();

        var refreshed = await deadlines.RefreshAsync(cancellationToken);
        if (refreshed > 0)
        {
            LogRefreshed(refreshed);
        }

        if (options.Value.SeedDemoData)
        {
            var seeded = await seeder.SeedAsync(cancellationToken);
            var users = await identity.SeedDemoUsersAsync(cancellationToken);
            if (seeded + users > 0)
            {
                LogSeeded(seeded, users);
            }
        }
    }

    /// <summary>The migrations still to apply; refuses to start, with a clear message, when the host lacks the engine's migrations.</summary>
    private async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (db.Database.GetMigrations().Any())
            {
                return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            }
        }
        catch (FileNotFoundException)
        {
            // The migrations assembly is not deployed with the host.
        }

        throw new InvalidOperationException(
            $"No migrations found for the {provider.Name} database: the host must reference {provider.MigrationsAssembly}.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recomputed {Count} stored deadlines (open cases, preservation orders, prompts, assistance requests): the holiday lists changed")]
    private partial void LogRefreshed(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} demo cases and {Users} demo users")]
    private partial void LogSeeded(int count, int users);
}
