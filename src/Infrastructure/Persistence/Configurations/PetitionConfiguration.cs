using Enforcement.Domain.Cases;
using Enforcement.Domain.Petitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Persistence.Configurations;

internal sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    private const int ShortText = Petition.MaxShortTextLength;
    private const int LongText = Petition.MaxTextLength;
    private const int By = EnforcementCaseConfiguration.RecordedByLength;

    public void Configure(EntityTypeBuilder<Petition> builder)
    {
        builder.IsAggregateRoot("Petitions");
        builder.Property(p => p.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.ForwardedBy).HasMaxLength(ShortText);
        builder.Property(p => p.ForwardedDocumentNumber).HasMaxLength(ShortText);
        builder.Property(p => p.ReceivedBy).HasMaxLength(By);
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Track).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Content).HasMaxLength(LongText).IsRequired();
        builder.Property(p => p.Request).HasMaxLength(LongText).IsRequired();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.NotAcceptedReason).HasMaxLength(LongText);
        builder.Property(p => p.AssigneeKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.AssigneeName).HasMaxLength(Domain.LinkedUnits.LinkedUnit.MaxNameLength);
        builder.Property(p => p.ExtensionReason).HasMaxLength(LongText);
        builder.Property(p => p.ExtendedBy).HasMaxLength(By);
        builder.Property(p => p.Satisfaction).HasConversion<string>().HasMaxLength(24);
        builder.Property(p => p.SearchText).HasMaxLength(Domain.Common.SearchText.MaxLength);

        builder.OwnsMany(p => p.Petitioners, petitioner =>
        {
            petitioner.ToTable("PetitionPetitioners");
            petitioner.WithOwner().HasForeignKey("PetitionId");
            petitioner.HasKey(x => x.Id);
            petitioner.Property(x => x.Id).ValueGeneratedNever();
            petitioner.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
            petitioner.Property(x => x.Name).HasMaxLength(Domain.Parties.Party.MaxNameLength).IsRequired();
            petitioner.Property(x => x.SearchName).HasMaxLength(Domain.Parties.Party.MaxNameLength * 2);
            petitioner.Property(x => x.IdNumber).HasMaxLength(18);
            petitioner.Property(x => x.CreditCode).HasMaxLength(18);
            petitioner.Property(x => x.Phone).HasMaxLength(20);
            petitioner.Property(x => x.Address).HasMaxLength(Petitioner.MaxAddressLength);
            petitioner.Property(x => x.IdentityCode).HasMaxLength(18);
            petitioner.Property(x => x.NamePhone).HasMaxLength(Domain.Parties.Party.MaxNameLength + 21);
            // A petitioner's history and the repeat rule find earlier petitions by ID or credit code, or by name and phone.
            petitioner.HasIndex(x => x.IdentityCode);
            petitioner.HasIndex(x => x.NamePhone);
        });
        builder.OwnsMany(p => p.Cases, link =>
        {
            link.ToTable("PetitionCases");
            link.WithOwner().HasForeignKey("PetitionId");
            link.HasKey(c => c.Id);
            link.Property(c => c.Id).ValueGeneratedNever();
            link.Property(c => c.CaseNumber).HasMaxLength(PetitionCase.MaxNumberLength).IsRequired();
            link.Ignore(c => c.Resolved);
            link.HasOne<EnforcementCase>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
            // Petitions by case, and the repeat rule by case number.
            link.HasIndex(c => c.CaseId);
            link.HasIndex(c => c.CaseNumber);
        });
        builder.OwnsMany(p => p.Rounds, round =>
        {
            round.ToTable("PetitionRounds");
            round.WithOwner().HasForeignKey("PetitionId");
            round.HasKey(r => r.Id);
            round.Property(r => r.Id).ValueGeneratedNever();
            round.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
            round.Property(r => r.Reply).HasMaxLength(LongText);
            round.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
            round.Property(r => r.AnsweredBy).HasMaxLength(By);
        });
        builder.OwnsMany(p => p.Steps, step =>
        {
            step.ToTable("PetitionSteps");
            step.WithOwner().HasForeignKey("PetitionId");
            step.HasKey(s => s.Id);
            step.Property(s => s.Id).ValueGeneratedNever();
            step.Property(s => s.Kind).HasConversion<string>().HasMaxLength(24);
            step.Property(s => s.Summary).HasMaxLength(PetitionStep.MaxSummaryLength);
            step.Property(s => s.RecordedBy).HasMaxLength(By);
        });

        // Today's visits and the period lists by receipt date; the due and overdue lists by the next deadline; the flags by period.
        builder.HasIndex(p => new { p.ReceivedOn, p.Channel });
        builder.HasIndex(p => new { p.DueOn, p.Status });
        builder.HasIndex(p => new { p.Status, p.ReceivedOn });
        builder.HasIndex(p => new { p.Repeat, p.ReceivedOn });
        builder.HasIndex(p => new { p.Collective, p.ReceivedOn });
        builder.HasIndex(p => p.UnresolvedCases);
        builder.HasIndex(p => new { p.AssigneeId, p.AssigneeKind });
    }
}
