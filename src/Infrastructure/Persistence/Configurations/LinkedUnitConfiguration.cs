using Enforcement.Domain.LinkedUnits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Persistence.Configurations;

internal sealed class LinkedUnitConfiguration : IEntityTypeConfiguration<LinkedUnit>
{
    public void Configure(EntityTypeBuilder<LinkedUnit> builder)
    {
        builder.IsAggregateRoot("LinkedUnits");
        builder.Ignore(u => u.IsPublicBody);
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(u => u.FullName).HasMaxLength(LinkedUnit.MaxNameLength).IsRequired();
        builder.Property(u => u.ShortName).HasMaxLength(LinkedUnit.MaxShortNameLength).IsRequired();
        builder.Property(u => u.CreditCode).HasMaxLength(18);
        builder.Property(u => u.ContactPerson).HasMaxLength(LinkedUnit.MaxContactLength);
        builder.Property(u => u.ContactPhone).HasMaxLength(20);
        builder.Property(u => u.SearchText).HasMaxLength(LinkedUnit.MaxNameLength + LinkedUnit.MaxShortNameLength + 1).IsRequired();
        builder.Property(u => u.MatchName).HasMaxLength(LinkedUnit.MaxNameLength).IsRequired();

        // A unit is registered once: by its name and by its credit code. Matching respondents looks both up.
        builder.HasIndex(u => u.MatchName).IsUnique();
        builder.HasIndex(u => u.CreditCode).IsUnique().HasFilter("\"CreditCode\" IS NOT NULL");
        // The registry list filters by kind and active flag and sorts by kind, then name; a unit's page lists its subordinates.
        builder.HasIndex(u => new { u.Kind, u.FullName });
        builder.HasIndex(u => u.Active);
        builder.HasIndex(u => u.SuperiorUnitId);
    }
}
