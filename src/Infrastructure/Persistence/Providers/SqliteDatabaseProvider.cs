using Enforcement.Infrastructure.Persistence.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence.Providers;

/// <summary>
/// The embedded default: one SQLite file, in WAL mode, whose writers take turns in a queue
/// (<see cref="SqliteWriterQueue"/>) with SQLite's own busy timeout behind it (<see cref="SqliteConnectionSettings"/>),
/// and the planner's statistics refreshed at start-up.
/// </summary>
public sealed class SqliteDatabaseProvider(string contentRootPath) : IDatabaseProvider
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    private const int SqliteTooBig = 18;
    private const int SqliteMismatch = 20;

    public const string ProviderName = "Sqlite";

    // Resolved once per configured string: options are built for every scope, the folder need not be made each time.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _resolved = new(StringComparer.Ordinal);

    // One queue of writers per file (a test host may open several files).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SqliteWriterQueue> _writers = new(StringComparer.Ordinal);

    public string Name => ProviderName;

    public string MigrationsAssembly => "Enforcement.Migrations.Sqlite";

    /// <inheritdoc/>
    public bool OneHost => true;

    public void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        var resolved = _resolved.GetOrAdd(connectionString, ConnectionString);
        options.UseSqlite(resolved, sqlite => sqlite
            .MigrationsAssembly(MigrationsAssembly)
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)
            .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(SqliteConnectionSettings.Instance);
        if (WritersOf(resolved) is { } writers)
        {
            options.AddInterceptors(writers);
        }

        CompiledModel.Use(options, CompiledModels.Sqlite.EnforcementDbContextModel.Instance);
    }

    public bool IsUniqueViolation(DbUpdateException exception) =>
        exception?.InnerException is SqliteException
        {
            SqliteErrorCode: SqliteConstraint,
            SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        };

    public bool IsDataError(DbUpdateException exception) =>
        exception?.InnerException is SqliteException { SqliteErrorCode: SqliteConstraint or SqliteTooBig or SqliteMismatch };

    /// <summary>
    /// Through the FTS5 table <c>CaseGrams</c> (migration <c>CaseBigramIndex</c>): each word is a phrase of its pairs, so
    /// the pairs must stand one after another, and each number token a term. The pairs and tokens hold only letters and
    /// digits, so the MATCH expression needs no escaping, and it is sent as a parameter.
    /// </summary>
    public IQueryable<CaseSearchEntry> EntriesWith(EnforcementDbContext db, Domain.Common.IndexTerms terms)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(terms);
        var match = string.Join(" AND ", terms.Numbers.Concat(terms.Words.Select(pairs => "\"" + string.Join(' ', pairs) + "\"")));
        return db.CaseSearchEntries.FromSqlRaw(
            """
            SELECT e.* FROM "CaseGrams" AS g JOIN "CaseSearchEntries" AS e ON e."Id" = g.rowid
            WHERE "CaseGrams" MATCH {0}
            """,
            match);
    }

    /// <summary>A date is stored as ISO text (yyyy-MM-dd), so its first seven characters are its month.</summary>
    public string MonthOf(string dateColumn) => $"substr(\"{dateColumn}\", 1, 7)";

    public Task<IAsyncDisposable?> TryLockAsync(EnforcementDbContext db, string name, bool wait, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable?>(NoLock.Instance);

    public Task LockForTransactionAsync(EnforcementDbContext db, string name, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// FTS5 keeps a rewritten row's tokens in new segments; after a million rewrites a lookup reads many. 'optimize'
    /// merges them into one (about 4 s at a million cases).
    /// </summary>
    public Task TidyTextIndexAsync(EnforcementDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("""INSERT INTO "CaseGrams"("CaseGrams") VALUES ('optimize')""", cancellationToken);

    public async Task PrepareAsync(EnforcementDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // WAL lets readers run beside the writer; the mode is stored in the file.
        // synchronous stays FULL (the default): court records favour durability over write speed.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

        // Refresh the planner's statistics where they are missing or stale (ANALYZE within a bounded effort), so that a
        // database loaded in bulk, or grown since the last start, is planned from its real shape.
        await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
    }

    /// <summary>
    /// The queue of this process's writers to the file (<see cref="SqliteWriterQueue"/>); none for an in-memory
    /// database, where each connection has a database of its own unless it names a shared one.
    /// </summary>
    internal SqliteWriterQueue? WritersOf(string resolvedConnectionString)
    {
        var builder = new SqliteConnectionStringBuilder(resolvedConnectionString);
        return builder.DataSource is not { Length: > 0 } path || path == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            ? null
            : _writers.GetOrAdd(path, _ => new SqliteWriterQueue());
    }

    /// <summary>A relative file is resolved against the content root and its folder created; writers wait for each other.</summary>
    private string ConnectionString(string configured)
    {
        var builder = new SqliteConnectionStringBuilder(configured);
        if (builder.DataSource is { Length: > 0 } path && path != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(path, contentRootPath);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        // Wait for a competing writer instead of failing at once with "database is locked".
        if (builder.DefaultTimeout < 10)
        {
            builder.DefaultTimeout = 10;
        }

        return builder.ToString();
    }

    /// <summary>A lock that is always granted: one host serves the file.</summary>
    internal sealed class NoLock : IAsyncDisposable
    {
        public static NoLock Instance { get; } = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
