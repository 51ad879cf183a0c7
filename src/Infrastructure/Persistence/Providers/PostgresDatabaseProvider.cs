using Enforcement.Infrastructure.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Enforcement.Infrastructure.Persistence.Providers;

/// <summary>
/// The production engine for more than one machine: PostgreSQL through Npgsql, several API instances on one database.
/// Background work is kept to one instance at a time by advisory locks (<see cref="TryLockAsync"/>).
/// </summary>
public sealed class PostgresDatabaseProvider : IDatabaseProvider
{
    public const string ProviderName = "Postgres";

    public string Name => ProviderName;

    public string MigrationsAssembly => "Enforcement.Migrations.Postgres";

    /// <inheritdoc/>
    public bool OneHost => false;

    public void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(MigrationsAssembly)
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)
            .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
        CompiledModel.Use(options, CompiledModels.Postgres.EnforcementDbContextModel.Instance);
    }

    public bool IsUniqueViolation(DbUpdateException exception) =>
        exception?.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>Class 22 (data exception: too long, invalid text) or 23 (integrity constraint violation).</summary>
    public bool IsDataError(DbUpdateException exception) =>
        exception?.InnerException is PostgresException { SqlState: [('2'), ('2' or '3'), ..] };

    /// <summary>
    /// Through the GIN index on the entry's pairs as an array (migration <c>InitialSchema</c>): the cases whose entry holds
    /// every pair of every word. The index does not know the pairs' order, so it may give a few more candidates than
    /// SQLite's phrases; the LIKE on the entry's text that checks the candidates decides, and the results are the same.
    /// </summary>
    public IQueryable<CaseSearchEntry> EntriesWith(EnforcementDbContext db, Domain.Common.IndexTerms terms)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(terms);
        var pairs = terms.Numbers.Concat(terms.Words.SelectMany(w => w)).Distinct(StringComparer.Ordinal).ToArray();
        return db.CaseSearchEntries.FromSqlRaw(
            """
            SELECT e.* FROM "CaseSearchEntries" AS e
            WHERE string_to_array(e."Grams", ' ') @> {0}
            """,
            new NpgsqlParameter<string[]> { TypedValue = pairs });
    }

    public string MonthOf(string dateColumn) => $"to_char(\"{dateColumn}\", 'YYYY-MM')";

    /// <summary>The GIN index follows each row; the planner's statistics are refreshed (VACUUM is left to autovacuum or the operator).</summary>
    public Task TidyTextIndexAsync(EnforcementDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("""ANALYZE "CaseSearchEntries" """, cancellationToken);

    /// <summary>Refreshes the planner's statistics of tables that have none yet, e.g. after a bulk load.</summary>
    public async Task PrepareAsync(EnforcementDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlRawAsync(
            """
            DO $$ DECLARE t record; BEGIN
              FOR t IN SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NULL AND last_autoanalyze IS NULL AND n_live_tup > 0 LOOP
                EXECUTE format('ANALYZE %I', t.relname);
              END LOOP;
            END $$;
            """,
            cancellationToken);
    }

    /// <summary>
    /// A session advisory lock on a connection of its own, held until the returned handle is disposed: only one
    /// instance at a time runs the work it guards. With <paramref name="wait"/> false, another instance holding it
    /// gives <see langword="null"/> at once.
    /// </summary>
    public async Task<IAsyncDisposable?> TryLockAsync(EnforcementDbContext db, string name, bool wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        try
        {
            try
            {
                await connection.OpenAsync(cancellationToken);
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InvalidCatalogName)
            {
                // A first start: the lock lives in the database, so create it (an empty one; the migrations fill it).
                await CreateDatabaseAsync(db, cancellationToken);
                await connection.OpenAsync(cancellationToken);
            }

            await using var command = connection.CreateCommand();
            command.CommandText = wait ? "SELECT pg_advisory_lock(hashtext($1)), true" : "SELECT 0, pg_try_advisory_lock(hashtext($1))";
            command.CommandTimeout = 0; // a waiting instance waits out the holder's work (migrations may take minutes); the token cancels it
            command.Parameters.Add(new NpgsqlParameter { Value = "enforcement:" + name });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            if (reader.GetBoolean(1))
            {
                return new AdvisoryLock(connection);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>A transaction-level advisory lock on the transaction's own connection: released by its commit or rollback.</summary>
    public Task LockForTransactionAsync(EnforcementDbContext db, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext({0}))", ["enforcement:" + name], cancellationToken);
    }

    private static async Task CreateDatabaseAsync(EnforcementDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance created it first.
        }
    }

    /// <summary>Closing the session releases its advisory locks.</summary>
    private sealed class AdvisoryLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            // Back to the pool: release the locks first, so that they do not travel with the pooled connection. A
            // broken connection is not returned to the pool, and its session's end releases them on the server.
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT pg_advisory_unlock_all()";
                await command.ExecuteNonQueryAsync();
            }
            catch (NpgsqlException)
            {
                NpgsqlConnection.ClearPool(connection);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
