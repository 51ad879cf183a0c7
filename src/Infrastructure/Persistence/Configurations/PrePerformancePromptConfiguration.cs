using Enforcement.Domain.Cases;
using Enforcement.Domain.PreEnforcement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Persistence.Configurations;

internal sealed class PrePerformancePromptConfiguration : IEntityTypeConfiguration<PrePerformancePrompt>
{
    private const int ShortText = PrePerformancePrompt.MaxShortTextLength;
    private const int LongText = PrePerformancePrompt.MaxTextLength;
    private const int By = EnforcementCaseConfiguration.RecordedByLength;

    public void Configure(EntityTypeBuilder<PrePerformancePrompt> builder)
    {
        builder.IsAggregateRoot("PrePerformancePrompts");
        builder.Property(p => p.DocumentNumber).HasMaxLength(ShortText).IsRequired();
        builder.Property(p => p.Court).HasMaxLength(ShortText).IsRequired();
        builder.Property(p => p.Amount).HasConversion(MoneyConverter.Instance).HasColumnName("AmountFen");
        builder.Property(p => p.NoticeChannel).HasConversion<string>().HasMaxLength(24);
        builder.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(24);
        builder.Property(p => p.PaidAmount).HasConversion(MoneyConverter.Instance).HasColumnName("PaidFen");
        builder.Property(p => p.SettlementPlan).HasMaxLength(LongText);
        builder.Property(p => p.CaseNumber).HasMaxLength(40);
        builder.Property(p => p.SearchText).HasMaxLength(Domain.Common.SearchText.MaxLength);
        builder.Property(p => p.RecordedBy).HasMaxLength(By);
        builder.Ignore(p => p.IsFinal);
        builder.OwnsMany(p => p.Applicants, party => EnforcementCaseConfiguration.ConfigureParty(party, "PromptApplicants"));
        builder.OwnsMany(p => p.Respondents, party => EnforcementCaseConfiguration.ConfigureParty(party, "PromptRespondents"));
        builder.OwnsMany(p => p.Contacts, contact =>
        {
            contact.ToTable("PromptContacts");
            contact.WithOwner().HasForeignKey("PromptId");
            contact.HasKey(c => c.Id);
            contact.Property(c => c.Id).ValueGeneratedNever();
            contact.Property(c => c.Channel).HasConversion<string>().HasMaxLength(24);
            contact.Property(c => c.ContactPerson).HasMaxLength(ShortText).IsRequired();
            contact.Property(c => c.Note).HasMaxLength(LongText);
            contact.Property(c => c.RecordedBy).HasMaxLength(By);
        });
        builder.OwnsMany(p => p.Instalments, instalment =>
        {
            instalment.ToTable("PromptInstalments");
            instalment.WithOwner().HasForeignKey("PromptId");
            instalment.Property<int>("Id");
            instalment.HasKey("Id");
            instalment.Property(i => i.Amount).HasConversion(MoneyConverter.Instance).HasColumnName("AmountFen");
        });
        builder.HasOne<EnforcementCase>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);

        // One prompt per judgment, one per enforcement case; the period lists and the rate by effective date; the
        // worklist by deadline among those without an outcome.
        builder.HasIndex(p => p.DocumentNumber).IsUnique();
        builder.HasIndex(p => p.CaseId).IsUnique();
        builder.HasIndex(p => new { p.EffectiveOn, p.Outcome });
        builder.HasIndex(p => new { p.Outcome, p.PerformanceDueOn });
    }
}
