using Enforcement.Domain.Cases;
using Enforcement.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Persistence.Configurations;

internal sealed class EnforcementTaskConfiguration : IEntityTypeConfiguration<EnforcementTask>
{
    private const int By = EnforcementCaseConfiguration.RecordedByLength;

    public void Configure(EntityTypeBuilder<EnforcementTask> builder)
    {
        builder.IsAggregateRoot("EnforcementTasks");
        builder.Property(t => t.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.CaseNumber).HasMaxLength(40).IsRequired();
        builder.Property(t => t.Origin).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.OriginKey).HasMaxLength(32);
        builder.Property(t => t.Reason).HasMaxLength(EnforcementTask.MaxTextLength).IsRequired();
        builder.Property(t => t.CreatedBy).HasMaxLength(By);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ClaimedByName).HasMaxLength(Domain.Staff.StaffMember.MaxNameLength);
        builder.Property(t => t.CompletedByName).HasMaxLength(Domain.Staff.StaffMember.MaxNameLength);
        builder.Property(t => t.Result).HasMaxLength(EnforcementTask.MaxTextLength);
        builder.Property(t => t.CancelReason).HasMaxLength(EnforcementTask.MaxTextLength);
        builder.Ignore(t => t.IsOpen);
        builder.Ignore(t => t.Measure);
        builder.HasOne<EnforcementCase>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Restrict);

        // An automatic task is made once per case (a null key, a task by hand, is never a duplicate). The board and
        // "claim next" read open tasks by status, type and due date; a case's tasks and a member's claims by their ids.
        builder.HasIndex(t => new { t.CaseId, t.Type, t.OriginKey }).IsUnique();
        builder.HasIndex(t => new { t.Status, t.Type, t.DueOn });
        builder.HasIndex(t => new { t.Status, t.DueOn });
        builder.HasIndex(t => t.ClaimedById);
    }
}
