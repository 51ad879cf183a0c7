using Enforcement.Application.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditTrail");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.UserId).HasMaxLength(AuditEntry.MaxIdLength);
        builder.Property(e => e.UserName).HasMaxLength(AuditEntry.MaxNameLength).IsRequired();
        builder.Property(e => e.Roles).HasMaxLength(AuditEntry.MaxNameLength).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.MaxActionLength).IsRequired();
        builder.Property(e => e.EntityType).HasMaxLength(AuditEntry.MaxActionLength).IsRequired();
        builder.Property(e => e.EntityId).HasMaxLength(AuditEntry.MaxIdLength);
        builder.Property(e => e.Summary).HasMaxLength(AuditEntry.MaxSummaryLength).IsRequired();
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(16);

        // The audit query filters by entity, by user and by time, newest first.
        builder.HasIndex(e => new { e.EntityType, e.EntityId, e.AtUtc });
        builder.HasIndex(e => new { e.UserName, e.AtUtc });
        builder.HasIndex(e => e.AtUtc);
    }
}
