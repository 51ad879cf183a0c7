using Enforcement.Domain.Cases;
using Enforcement.Domain.Preservation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Persistence.Configurations;

internal sealed class PreservationOrderConfiguration : IEntityTypeConfiguration<PreservationOrder>
{
    public void Configure(EntityTypeBuilder<PreservationOrder> builder)
    {
        builder.IsAggregateRoot("PreservationOrders");
        builder.Ignore(o => o.DisplayNumber);

        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Number)
            .HasColumnName("CaseNumber")
            .HasMaxLength(40)
            .HasConversion(number => number!.Value, text => CaseNumber.FromStored(text));
        builder.HasIndex(o => o.Number).IsUnique();
        builder.Property(o => o.LitigationCaseNumber).HasMaxLength(40);
        builder.Property(o => o.AmountToPreserve).HasConversion(MoneyConverter.Instance).HasColumnName("AmountFen");
        builder.Property(o => o.SecurityForm).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.SecurityAmount).HasConversion(MoneyConverter.Instance).HasColumnName("SecurityFen");
        builder.Property(o => o.LawsuitCaseNumber).HasMaxLength(40);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.ConvertedToCaseNumber).HasMaxLength(40);
        builder.Property(o => o.HeldAmount).HasConversion(MoneyConverter.Instance).HasColumnName("HeldFen");
        builder.Ignore(o => o.FirstMeasureOn);

        builder.OwnsMany(o => o.Applicants, party => EnforcementCaseConfiguration.ConfigureParty(party, "PreservationApplicants"));
        builder.OwnsMany(o => o.Respondents, party => EnforcementCaseConfiguration.ConfigureParty(party, "PreservationRespondents"));

        builder.OwnsMany(o => o.Measures, measure =>
        {
            measure.ToTable("PreservationMeasures");
            measure.WithOwner().HasForeignKey("OrderId");
            measure.HasKey(m => m.Id);
            measure.Property(m => m.Id).ValueGeneratedNever();
            measure.Property(m => m.Description).HasMaxLength(PreservationOrder.MaxTextLength);
            measure.Property(m => m.Amount).HasConversion(MoneyConverter.Instance).HasColumnName("AmountFen");
            measure.Property(m => m.HolderOrRegistry).HasMaxLength(PreservationOrder.MaxTextLength);
            measure.Property(m => m.RecordedBy).HasMaxLength(100);
            measure.OwnsOne(m => m.Hold, hold => AssetHoldConfiguration.ConfigureHold(hold, "PreservationMeasureRenewals"));
            measure.Navigation(m => m.Hold).IsRequired();
        });

        builder.OwnsMany(o => o.Corrections, correction =>
        {
            correction.ToTable("PreservationCorrections");
            correction.WithOwner().HasForeignKey("OrderId");
            correction.HasKey(c => c.Id);
            correction.Property(c => c.Id).ValueGeneratedNever();
            correction.Property(c => c.Voided).HasMaxLength(200);
            correction.Property(c => c.Reason).HasMaxLength(PreservationOrder.MaxTextLength);
            correction.Property(c => c.VoidedBy).HasMaxLength(100);
        });

        // The order list filters by status and lift-due date.
        builder.HasIndex(o => new { o.Status, o.LiftDueOn });
        builder.HasIndex(o => o.ConvertedToCaseId);
        builder.HasIndex(o => new { o.Status, o.HeldBasisPoints });
    }
}
