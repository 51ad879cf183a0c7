using Enforcement.Domain.Cases;
using Enforcement.Domain.Staff;
using Enforcement.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Persistence.Configurations;

internal sealed class KeyCaseConfiguration : IEntityTypeConfiguration<KeyCase>
{
    public void Configure(EntityTypeBuilder<KeyCase> builder)
    {
        builder.IsAggregateRoot("KeyCases");
        builder.Ignore(k => k.Active);
        builder.HasOne<EnforcementCase>().WithMany().HasForeignKey(k => k.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(k => k.CaseNumber).HasMaxLength(40).IsRequired();
        builder.Property(k => k.Reason).HasConversion<string>().HasMaxLength(32);
        builder.Property(k => k.ReasonText).HasMaxLength(KeyCase.MaxReasonLength).IsRequired();
        builder.Property(k => k.LeaderInChargeName).HasMaxLength(StaffMember.MaxNameLength).IsRequired();
        builder.Property(k => k.DesignatedBy).HasMaxLength(100);
        builder.Property(k => k.UndesignationReason).HasMaxLength(KeyCase.MaxReasonLength);
        builder.Property(k => k.UndesignatedBy).HasMaxLength(100);
        builder.OwnsMany(k => k.Notes, note =>
        {
            note.ToTable("KeyCaseNotes");
            note.WithOwner().HasForeignKey("KeyCaseId");
            note.HasKey(n => n.Id);
            note.Property(n => n.Id).ValueGeneratedNever();
            note.Property(n => n.Text).HasMaxLength(KeyCase.MaxTextLength).IsRequired();
            note.Property(n => n.WrittenBy).HasMaxLength(100);
        });

        // At most one active designation of a case; the lists filter by leader and by whether it is active.
        builder.HasIndex(k => k.CaseId).IsUnique().HasFilter("\"UndesignatedOn\" IS NULL");
        builder.HasIndex(k => new { k.LeaderInChargeId, k.UndesignatedOn });
        builder.HasIndex(k => new { k.UndesignatedOn, k.DesignatedOn });
    }
}

internal sealed class SupervisionOrderConfiguration : IEntityTypeConfiguration<SupervisionOrder>
{
    public void Configure(EntityTypeBuilder<SupervisionOrder> builder)
    {
        builder.IsAggregateRoot("SupervisionOrders");
        builder.Ignore(o => o.CaseIds);
        builder.Ignore(o => o.LastStep);
        builder.Property(o => o.SubjectKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.SubjectLabel).HasMaxLength(SupervisionOrder.MaxLabelLength).IsRequired();
        builder.Property(o => o.Instruction).HasMaxLength(SupervisionOrder.MaxTextLength).IsRequired();
        builder.Property(o => o.IssuedBy).HasMaxLength(100);
        builder.Property(o => o.AddresseeName).HasMaxLength(StaffMember.MaxNameLength).IsRequired();
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.OwnsMany(o => o.Cases, link =>
        {
            link.ToTable("SupervisionOrderCases");
            link.WithOwner().HasForeignKey("OrderId");
            link.Property<int>("Id");
            link.HasKey("Id");
            link.HasIndex(c => c.CaseId);
        });
        builder.OwnsMany(o => o.Reports, report =>
        {
            report.ToTable("SupervisionReports");
            report.WithOwner().HasForeignKey("OrderId");
            report.HasKey(r => r.Id);
            report.Property(r => r.Id).ValueGeneratedNever();
            report.Ignore(r => r.Late);
            report.Property(r => r.Progress).HasMaxLength(SupervisionOrder.MaxTextLength).IsRequired();
            report.Property(r => r.ReportedBy).HasMaxLength(100);
            report.Property(r => r.Decision).HasConversion<string>().HasMaxLength(16);
            report.Property(r => r.DecidedBy).HasMaxLength(100);
            report.Property(r => r.Comment).HasMaxLength(SupervisionOrder.MaxTextLength);
        });

        // The overdue list and the dashboard (status, deadline); a user's orders; a subject's orders.
        builder.HasIndex(o => new { o.Status, o.DueOn });
        builder.HasIndex(o => new { o.AddresseeId, o.Status, o.DueOn });
        builder.HasIndex(o => new { o.SubjectKind, o.SubjectId });
        builder.HasIndex(o => o.CaseId);
        builder.HasIndex(o => o.IssuedOn);
    }
}
