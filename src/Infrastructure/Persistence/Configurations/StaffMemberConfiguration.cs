using Enforcement.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Persistence.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.IsAggregateRoot("Staff");
        builder.Ignore(s => s.CanHandleCases);
        builder.Ignore(s => s.CanApproveExtensions);
        builder.Property(s => s.Name).HasMaxLength(StaffMember.MaxNameLength).IsRequired();
        builder.Property(s => s.SearchName).HasMaxLength(StaffMember.MaxNameLength).IsRequired();
        builder.Property(s => s.Position).HasMaxLength(StaffMember.MaxPositionLength).IsRequired();
        builder.Property(s => s.Unit).HasConversion<string>().HasMaxLength(32);

        // The staff list filters by unit and active flag and sorts by unit, then name.
        builder.HasIndex(s => new { s.Unit, s.Name });
        builder.HasIndex(s => s.Active);
    }
}
