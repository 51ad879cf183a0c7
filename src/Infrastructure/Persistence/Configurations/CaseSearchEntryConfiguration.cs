using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Infrastructure.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Persistence.Configurations;

/// <summary>The fragment index's rows; each engine's migrations add its own text index over <c>Grams</c>.</summary>
public sealed class CaseSearchEntryConfiguration : IEntityTypeConfiguration<CaseSearchEntry>
{
    public void Configure(EntityTypeBuilder<CaseSearchEntry> builder)
    {
        builder.ToTable("CaseSearchEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.Grams).IsRequired();
        builder.Property(e => e.Text).IsRequired().HasMaxLength(SearchText.MaxLength);
        builder.HasIndex(e => e.CaseId).IsUnique();
        builder.HasOne<EnforcementCase>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
