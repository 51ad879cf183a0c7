using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence.Providers;

/// <summary>
/// Everything that differs between database engines, in one place: how to connect, where the engine's migrations
/// live, how it reports a unique or concurrency violation, and what it needs after migrating. A new engine
/// (PostgreSQL) is a new implementation and a migrations assembly of its own.
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>The value of <c>Database:Provider</c> that selects this engine.</summary>
    string Name { get; }

    /// <summary>The assembly that holds this engine's migrations; a host references it.</summary>
    string MigrationsAssembly { get; }

    /// <summary>Whether one host serves the database, so every change to it is committed through this process (SQLite).</summary>
    bool OneHost { get; }

    void Configure(DbContextOptionsBuilder options, string connectionString);

    /// <summary>Whether the save failed on a unique index or primary key.</summary>
    bool IsUniqueViolation(DbUpdateException exception);

    /// <summary>Whether the database refused the data itself (a constraint, a value too long or malformed), so that saving it again cannot succeed.</summary>
    bool IsDataError(DbUpdateException exception);

    /// <summary>
    /// The rows of the fragment index (<see cref="Search.CaseSearchEntry"/>) that hold each word's pairs of characters
    /// one after another and every number token, through the engine's text index: candidates, which the caller checks
    /// against their text.
    /// </summary>
    IQueryable<Search.CaseSearchEntry> EntriesWith(EnforcementDbContext db, Domain.Common.IndexTerms terms);

    /// <summary>The SQL for the month (yyyy-MM) of a date column, for grouping by month.</summary>
    string MonthOf(string dateColumn);

    /// <summary>Engine settings applied after the migrations, e.g. SQLite's journal mode.</summary>
    Task PrepareAsync(EnforcementDbContext db, CancellationToken cancellationToken);

    /// <summary>After every row of the fragment index was rewritten: its text index merged, or its statistics refreshed.</summary>
    Task TidyTextIndexAsync(EnforcementDbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// A lock named <paramref name="name"/> across every instance on this database, held until the handle is disposed,
    /// so that background work runs on one instance at a time; <see langword="null"/> when another holds it and
    /// <paramref name="wait"/> is false. One SQLite file is served by one host, so SQLite's lock is always granted.
    /// </summary>
    Task<IAsyncDisposable?> TryLockAsync(EnforcementDbContext db, string name, bool wait, CancellationToken cancellationToken);

    /// <summary>
    /// Makes the transaction <paramref name="db"/> has begun wait for, then hold until it commits or rolls back, the lock
    /// named <paramref name="name"/>, so that such transactions run one at a time across instances. On SQLite a
    /// transaction already holds the file's only writer turn from its begin.
    /// </summary>
    Task LockForTransactionAsync(EnforcementDbContext db, string name, CancellationToken cancellationToken);
}
