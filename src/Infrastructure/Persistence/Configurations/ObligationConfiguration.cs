using Enforcement.Domain.Cases;
using Enforcement.Domain.Obligations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Persistence.Configurations;

internal sealed class ObligationConfiguration : IEntityTypeConfiguration<Obligation>
{
    private const int ShortText = Obligation.MaxShortTextLength;
    private const int LongText = Obligation.MaxTextLength;
    private const int By = EnforcementCaseConfiguration.RecordedByLength;

    public void Configure(EntityTypeBuilder<Obligation> builder)
    {
        builder.IsAggregateRoot("Obligations");
        builder.Ignore(o => o.Amount);
        builder.Ignore(o => o.PaidAmount);
        builder.Ignore(o => o.Outstanding);
        builder.Property(o => o.EndedWith).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(o => o.CurrentInstalments);
        builder.Ignore(o => o.NextLevel);
        builder.HasOne<EnforcementCase>().WithMany().HasForeignKey(o => o.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.LinkedUnits.LinkedUnit>().WithMany().HasForeignKey(o => o.LinkedUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.CaseNumber).HasMaxLength(40).IsRequired();
        builder.Property(o => o.UnitName).HasMaxLength(Domain.LinkedUnits.LinkedUnit.MaxNameLength).IsRequired();
        builder.Property(o => o.Basis).HasMaxLength(LongText).IsRequired();
        builder.Property(o => o.RecordedBy).HasMaxLength(By);

        builder.OwnsMany(o => o.Letters, letter =>
        {
            letter.ToTable("ObligationLetters");
            letter.WithOwner().HasForeignKey("ObligationId");
            letter.HasKey(l => l.Id);
            letter.Property(l => l.Id).ValueGeneratedNever();
            letter.Property(l => l.DocumentNumber).HasMaxLength(ShortText).IsRequired();
            letter.Property(l => l.Reply).HasMaxLength(LongText);
            letter.Property(l => l.RecordedBy).HasMaxLength(By);
        });
        builder.OwnsMany(o => o.Revisions, revision =>
        {
            revision.ToTable("ObligationPlanRevisions");
            revision.WithOwner().HasForeignKey("ObligationId");
            revision.HasKey(r => r.Id);
            revision.Property(r => r.Id).ValueGeneratedNever();
            revision.Property(r => r.Source).HasConversion<string>().HasMaxLength(16);
            revision.Property(r => r.Total).HasConversion(MoneyConverter.Instance).HasColumnName("TotalFen");
            revision.Property(r => r.Note).HasMaxLength(LongText);
            revision.Property(r => r.RecordedBy).HasMaxLength(By);
        });
        builder.OwnsMany(o => o.Instalments, instalment =>
        {
            instalment.ToTable("ObligationInstalments");
            instalment.WithOwner().HasForeignKey("ObligationId");
            instalment.HasKey(i => i.Id);
            instalment.Property(i => i.Id).ValueGeneratedNever();
            instalment.Property(i => i.Amount).HasConversion(MoneyConverter.Instance).HasColumnName("AmountFen");
        });
        builder.OwnsMany(o => o.Payments, payment =>
        {
            payment.ToTable("ObligationPayments");
            payment.WithOwner().HasForeignKey("ObligationId");
            payment.HasKey(p => p.CasePaymentId);
            payment.Property(p => p.CasePaymentId).ValueGeneratedNever();
            payment.Ignore(p => p.Amount);
        });
        builder.OwnsMany(o => o.Mediations, mediation =>
        {
            mediation.ToTable("ObligationMediations");
            mediation.WithOwner().HasForeignKey("ObligationId");
            mediation.HasKey(m => m.Id);
            mediation.Property(m => m.Id).ValueGeneratedNever();
            mediation.Property(m => m.Place).HasMaxLength(ShortText).IsRequired();
            mediation.Property(m => m.Participants)
                .HasConversion(
                    list => string.Join(',', list),
                    text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(name => Enum.Parse<MediationParticipant>(name)).ToList(),
                    new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<IReadOnlyList<MediationParticipant>>(
                        (a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (hash, p) => HashCode.Combine(hash, p)), list => list.ToList()))
                .HasMaxLength(80);
            mediation.Property(m => m.ParticipantNames).HasMaxLength(LongText);
            mediation.Property(m => m.Outcome).HasConversion<string>().HasMaxLength(16);
            mediation.Property(m => m.Note).HasMaxLength(LongText);
            mediation.Property(m => m.RecordedBy).HasMaxLength(By);
        });
        builder.OwnsMany(o => o.Suggestions, suggestion =>
        {
            suggestion.ToTable("ObligationSuggestions");
            suggestion.WithOwner().HasForeignKey("ObligationId");
            suggestion.HasKey(s => s.Id);
            suggestion.Property(s => s.Id).ValueGeneratedNever();
            suggestion.Property(s => s.Recipient).HasConversion<string>().HasMaxLength(16);
            suggestion.Property(s => s.RecipientName).HasMaxLength(Domain.LinkedUnits.LinkedUnit.MaxNameLength);
            suggestion.Property(s => s.DocumentNumber).HasMaxLength(ShortText).IsRequired();
            suggestion.Property(s => s.Summary).HasMaxLength(LongText);
            suggestion.Property(s => s.Reply).HasMaxLength(LongText);
            suggestion.Property(s => s.RecordedBy).HasMaxLength(By);
        });
        builder.OwnsMany(o => o.Escalations, escalation =>
        {
            escalation.ToTable("ObligationEscalations");
            escalation.WithOwner().HasForeignKey("ObligationId");
            escalation.HasKey(e => e.Id);
            escalation.Property(e => e.Id).ValueGeneratedNever();
            escalation.Property(e => e.ReportNumber).HasMaxLength(ShortText).IsRequired();
            escalation.Property(e => e.Recipients).HasMaxLength(ShortText * 2);
            escalation.Property(e => e.OverrideReason).HasMaxLength(LongText);
            escalation.Property(e => e.OverriddenBy).HasMaxLength(By);
            escalation.Property(e => e.InstructionBy).HasMaxLength(ShortText);
            escalation.Property(e => e.Instruction).HasMaxLength(LongText);
            escalation.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(16);
            escalation.Property(e => e.OutcomeNote).HasMaxLength(LongText);
            escalation.Property(e => e.RecordedBy).HasMaxLength(By);
            // The escalation list reads the open ones, oldest follow-up first.
            escalation.HasIndex(e => new { e.Outcome, e.FollowUpDueOn });
        });

        // One obligation per unit and case; the list filters by unit, by case, and by the summary columns of the status and flags.
        builder.HasIndex(o => new { o.CaseId, o.LinkedUnitId }).IsUnique();
        builder.HasIndex(o => new { o.LinkedUnitId, o.Owing });
        builder.HasIndex(o => new { o.Owing, o.PlanRevision, o.OpenInstalmentDueOn });
        builder.HasIndex(o => new { o.Owing, o.StatutoryDueOn });
        builder.HasIndex(o => new { o.Owing, o.EscalationLevel, o.OpenLetterReplyDueOn });
        builder.HasIndex(o => o.OpenEscalations);
        // The worklist's 报告跟进: the owing debts by their open report's follow-up deadline.
        builder.HasIndex(o => new { o.Owing, o.OpenEscalationFollowUpDueOn });
        builder.HasIndex(o => o.SinceOn);
    }
}
