using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Preservation;
using Enforcement.Domain.Staff;
using Enforcement.Application.Auditing;
using Enforcement.Infrastructure.Auditing;
using Enforcement.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence;

public sealed class EnforcementDbContext(
    DbContextOptions<EnforcementDbContext> options, IPublisher? publisher = null, AuditWriter? audit = null)
    : IdentityDbContext<AppUser>(options)
{
    public DbSet<EnforcementCase> Cases => Set<EnforcementCase>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<PreservationOrder> PreservationOrders => Set<PreservationOrder>();

    /// <summary>Append-only: a save that would change or delete a row is refused.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

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
    /// so a change confined to an owned collection still moves the version.
    /// Commits, and only then publishes the domain events the aggregates raised.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var aggregates = BumpVersions();
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await PublishAsync(aggregates, cancellationToken);
        return written;
    }

    /// <inheritdoc cref="SaveChangesAsync(bool, CancellationToken)"/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var aggregates = BumpVersions();
        var written = base.SaveChanges(acceptAllChangesOnSuccess);
        PublishAsync(aggregates, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return written;
    }

    private List<AggregateRoot> BumpVersions()
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
        if (audit is not null)
        {
            AuditEntries.AddRange(audit.TakeEntries(aggregates));
        }

        return aggregates;
    }

    private async ValueTask PublishAsync(List<AggregateRoot> aggregates, CancellationToken cancellationToken)
    {
        var events = aggregates.SelectMany(a => a.DomainEvents).ToList();
        aggregates.ForEach(a => a.AcceptChanges());
        if (publisher is null)
        {
            return;
        }

        foreach (var domainEvent in events)
        {
            await publisher.Publish(domainEvent, cancellationToken);
        }
    }
}
