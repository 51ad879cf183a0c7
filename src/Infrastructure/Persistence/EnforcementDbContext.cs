using Enforcement.Application.Auditing;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Preservation;
using Enforcement.Domain.Staff;
using Enforcement.Infrastructure.Auditing;
using Enforcement.Infrastructure.Identity;
using Enforcement.Infrastructure.Outbox;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence;

public sealed class EnforcementDbContext(
    DbContextOptions<EnforcementDbContext> options, OutboxSignal? outboxSignal = null, AuditWriter? audit = null, TimeProvider? time = null)
    : IdentityDbContext<AppUser>(options)
{
    public DbSet<EnforcementCase> Cases => Set<EnforcementCase>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<PreservationOrder> PreservationOrders => Set<PreservationOrder>();

    /// <summary>Append-only: a save that would change or delete a row is refused.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Domain events written with the change that raised them, delivered after the commit.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<OutboxDelivery> OutboxDeliveries => Set<OutboxDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<AppUser>().HasIndex(u => u.StaffId);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EnforcementDbContext).Assembly);
    }

    /// <summary>Instants are stored and read back as UTC (SQLite keeps no kind).</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    private sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        value => value.ToUniversalTime(), value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>
    /// Bumps the version of every added or changed aggregate (the version is the concurrency token).
    /// An aggregate counts as changed when its row changed or when a domain method marked it changed,
    /// so a change confined to an owned collection still moves the version. The domain events the aggregates
    /// raised, and their audit rows, are written in the same transaction; the outbox delivers the events after it.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var (aggregates, added) = Prepare();
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            Committed(aggregates, added);
            return written;
        }
        catch
        {
            Abandon(added);
            throw;
        }
    }

    /// <inheritdoc cref="SaveChangesAsync(bool, CancellationToken)"/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var (aggregates, added) = Prepare();
        try
        {
            var written = base.SaveChanges(acceptAllChangesOnSuccess);
            Committed(aggregates, added);
            return written;
        }
        catch
        {
            Abandon(added);
            throw;
        }
    }

    /// <summary>Versions, audit rows, appended history and outbox messages for this save; returns the rows it added.</summary>
    private (List<AggregateRoot> Aggregates, List<object> Added) Prepare()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only.");
        }

        var aggregates = ChangeTracker.Entries<AggregateRoot>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified || e.Entity.HasChanges)
            .Select(e => e.Entity)
            .ToList();
        aggregates.ForEach(a => a.IncrementVersion());
        var appended = aggregates.SelectMany(a => a.Appended).ToList();
        appended.ForEach(record => Add(record));

        if (audit is not null)
        {
            AuditEntries.AddRange(audit.TakeEntries(aggregates));
        }

        var now = (time ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var messages = aggregates.SelectMany(a => a.DomainEvents).Select(e => DomainEventTypes.ToMessage(e, now)).ToList();
        OutboxMessages.AddRange(messages);
        return (aggregates, [.. messages, .. appended]);
    }

    private void Committed(List<AggregateRoot> aggregates, List<object> added)
    {
        aggregates.ForEach(a => a.AcceptChanges());
        if (added.OfType<OutboxMessage>().Any())
        {
            outboxSignal?.Notify();
        }
    }

    /// <summary>A failed save leaves events and history on their aggregates; the rows made of them go, so a retry does not write them twice.</summary>
    private void Abandon(List<object> added)
    {
        foreach (var row in added)
        {
            Entry(row).State = EntityState.Detached;
        }
    }
}
