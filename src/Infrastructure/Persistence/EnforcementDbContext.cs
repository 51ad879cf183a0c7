using Enforcement.Application.Auditing;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Preservation;
using Enforcement.Domain.Staff;
using Enforcement.Infrastructure.Auditing;
using Enforcement.Infrastructure.Identity;
using Enforcement.Infrastructure.Outbox;
using Enforcement.Infrastructure.Persistence.Search;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence;

/// <summary>
/// The unit of work. The application leases it from EF Core's pool (<see cref="DependencyInjection"/>): a pooled context
/// keeps its EF Core services between requests, and <see cref="Lease"/> gives it the services of the scope that takes it.
/// </summary>
public sealed class EnforcementDbContext : IdentityDbContext<AppUser>
{
    private OutboxSignal? _outboxSignal;
    private AuditWriter? _audit;
    private TimeProvider? _time;
    private DataVersion? _dataVersion;
    private bool _changesAwaitingCommit;

    /// <summary>
    /// The one constructor, as EF Core's pool requires. A context made with it adds no audit rows, wakes no outbox and
    /// moves no version until <see cref="Lease"/> gives it the services that do.
    /// </summary>
    public EnforcementDbContext(DbContextOptions<EnforcementDbContext> options)
        : base(options)
    {
    }

    /// <summary>
    /// Gives a context taken from the pool the services of the scope that took it: whom to wake when a save writes
    /// outbox messages, whose audit rows to add, the clock, and the version a committed save moves on. Nothing of the
    /// scope that used it before stays.
    /// </summary>
    internal EnforcementDbContext Lease(OutboxSignal? outboxSignal, AuditWriter? audit = null, TimeProvider? time = null, DataVersion? dataVersion = null)
    {
        (_outboxSignal, _audit, _time, _dataVersion, _changesAwaitingCommit) = (outboxSignal, audit, time, dataVersion, false);
        return this;
    }

    /// <summary>Whether aggregates were saved inside the explicit transaction now committing (see <see cref="DataVersionCommits"/>).</summary>
    internal bool TakeChangesAwaitingCommit()
    {
        var awaiting = _changesAwaitingCommit;
        _changesAwaitingCommit = false;
        return awaiting;
    }

    public DbSet<EnforcementCase> Cases => Set<EnforcementCase>();

    /// <summary>The fragment index's rows, one per case (see <see cref="CaseSearchEntry"/>).</summary>
    public DbSet<CaseSearchEntry> CaseSearchEntries => Set<CaseSearchEntry>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<PreservationOrder> PreservationOrders => Set<PreservationOrder>();

    public DbSet<Domain.LinkedUnits.LinkedUnit> LinkedUnits => Set<Domain.LinkedUnits.LinkedUnit>();

    public DbSet<Domain.Obligations.Obligation> Obligations => Set<Domain.Obligations.Obligation>();

    public DbSet<Domain.Petitions.Petition> Petitions => Set<Domain.Petitions.Petition>();

    public DbSet<Domain.PreEnforcement.PrePerformancePrompt> PrePerformancePrompts => Set<Domain.PreEnforcement.PrePerformancePrompt>();

    public DbSet<Domain.Tasks.EnforcementTask> EnforcementTasks => Set<Domain.Tasks.EnforcementTask>();

    public DbSet<Domain.Assistance.AssistanceRequest> AssistanceRequests => Set<Domain.Assistance.AssistanceRequest>();

    public DbSet<Domain.Supervision.KeyCase> KeyCases => Set<Domain.Supervision.KeyCase>();

    public DbSet<Domain.Supervision.SupervisionOrder> SupervisionOrders => Set<Domain.Supervision.SupervisionOrder>();

    /// <summary>Append-only: a save that would change or delete a row is refused.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Domain events written with the change that raised them, delivered after the commit.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<OutboxDelivery> OutboxDeliveries => Set<OutboxDelivery>();

    /// <summary>What the system keeps about itself between starts.</summary>
    public DbSet<StoredSetting> Settings => Set<StoredSetting>();

    /// <summary>Logins and their refresh-token families.</summary>
    public DbSet<LoginSession> LoginSessions => Set<LoginSession>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // One login per staff member: the check before the insert cannot see a login another request is creating.
        modelBuilder.Entity<AppUser>().HasIndex(u => u.StaffId).IsUnique();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EnforcementDbContext).Assembly);
    }

    /// <summary>Instants are stored and read back as UTC (SQLite keeps no kind).</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    internal sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        value => value.ToUniversalTime(), value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>
    /// Bumps the version of every added or changed aggregate (the version is the concurrency token).
    /// An aggregate counts as changed when its row changed or when a domain method marked it changed,
    /// so a change confined to an owned collection still moves the version. The domain events the aggregates
    /// raised, and their audit rows, are written in the same transaction; the outbox delivers the events after it.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var save = new PendingSave();
        try
        {
            Prepare(save);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            Committed(save);
            return written;
        }
        catch
        {
            Abandon(save);
            throw;
        }
    }

    /// <inheritdoc cref="SaveChangesAsync(bool, CancellationToken)"/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var save = new PendingSave();
        try
        {
            Prepare(save);
            var written = base.SaveChanges(acceptAllChangesOnSuccess);
            Committed(save);
            return written;
        }
        catch
        {
            Abandon(save);
            throw;
        }
    }

    /// <summary>Bumps versions, and adds the audit rows, appended history and outbox messages of this save.</summary>
    private void Prepare(PendingSave save)
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only.");
        }

        save.Aggregates.AddRange(ChangeTracker.Entries<AggregateRoot>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified || e.Entity.HasChanges)
            .Select(e => e.Entity));
        foreach (var aggregate in save.Aggregates)
        {
            aggregate.IncrementVersion();
            save.Bumped.Add(aggregate);
        }

        // A case's search text and filing date are set when it is registered, so its row in the fragment index is written then.
        var searchEntries = ChangeTracker.Entries<EnforcementCase>().Where(e => e.State == EntityState.Added)
            .Select(object (e) => new CaseSearchEntry(e.Entity.Id, e.Entity.SearchText, e.Entity.FiledOn)).ToList();
        var now = (_time ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var rows = searchEntries.Concat(save.Aggregates.SelectMany(a => a.Appended))
            .Concat(_audit?.TakeEntries(save.Aggregates) ?? [])
            .Concat(save.Aggregates.SelectMany(a => a.DomainEvents).Select(e => DomainEventTypes.ToMessage(e, now)));
        foreach (var row in rows)
        {
            Add(row);
            save.Added.Add(row);
        }
    }

    private void Committed(PendingSave save)
    {
        save.Aggregates.ForEach(a => a.AcceptChanges());
        if (save.Aggregates.Count > 0)
        {
            _dataVersion?.Advance();
            _changesAwaitingCommit |= Database.CurrentTransaction is not null; // moved again when that transaction commits
        }

        if (save.Added.OfType<OutboxMessage>().Any())
        {
            _outboxSignal?.Notify();
        }
    }

    /// <summary>
    /// A failed save leaves the context as it found it: versions back where they were, and the rows this save added
    /// detached (events and history stay on their aggregates), so that a retry writes everything exactly once.
    /// </summary>
    private void Abandon(PendingSave save)
    {
        save.Bumped.ForEach(a => a.RevertVersion());
        foreach (var row in save.Added)
        {
            Entry(row).State = EntityState.Detached;
        }
    }

    private sealed class PendingSave
    {
        public List<AggregateRoot> Aggregates { get; } = [];

        public List<AggregateRoot> Bumped { get; } = [];

        public List<object> Added { get; } = [];
    }
}
