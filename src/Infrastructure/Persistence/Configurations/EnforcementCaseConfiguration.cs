using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Persistence.Configurations;

internal sealed class EnforcementCaseConfiguration : IEntityTypeConfiguration<EnforcementCase>
{
    public void Configure(EntityTypeBuilder<EnforcementCase> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.DomainEvents);
        builder.Ignore(c => c.LimitInMonths);

        builder.Property(c => c.Number)
            .HasColumnName("CaseNumber")
            .HasMaxLength(40)
            .HasConversion(number => number.Value, text => CaseNumber.Parse(text))
            .IsRequired();
        builder.HasIndex(c => c.Number).IsUnique();

        builder.Property(c => c.CaseType).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.ClaimedAmount).HasConversion(MoneyConverter.Instance).HasColumnName("ClaimedFen");
        builder.Property(c => c.RecoveredAmount).HasConversion(MoneyConverter.Instance).HasColumnName("RecoveredFen");
        builder.Property(c => c.Summary).HasMaxLength(EnforcementCase.MaxSummaryLength);
        builder.Property(c => c.SearchText).HasMaxLength(4000).IsRequired();

        builder.OwnsOne(c => c.Basis, basis =>
        {
            basis.Property(b => b.Issuer).HasColumnName("BasisIssuer").HasMaxLength(EnforcementBasis.MaxLength).IsRequired();
            basis.Property(b => b.DocumentNumber).HasColumnName("BasisDocumentNumber").HasMaxLength(EnforcementBasis.MaxLength).IsRequired();
            basis.Property(b => b.EffectiveOn).HasColumnName("BasisEffectiveOn");
        });
        builder.Navigation(c => c.Basis).IsRequired();

        builder.OwnsMany(c => c.Applicants, party => ConfigureParty(party, "CaseApplicants"));
        builder.OwnsMany(c => c.Respondents, party => ConfigureParty(party, "CaseRespondents"));

        // One index per filter the case list offers; the deadline index also serves the deadline sort.
        builder.HasIndex(c => c.Status);
        builder.HasIndex(c => c.CaseType);
        builder.HasIndex(c => c.EnterpriseRelated);
        builder.HasIndex(c => c.PublicBodyDebtor);
        builder.HasIndex(c => c.FiledOn);
        builder.HasIndex(c => c.Deadline);
    }

    private static void ConfigureParty(OwnedNavigationBuilder<EnforcementCase, Party> party, string table)
    {
        party.ToTable(table);
        party.WithOwner().HasForeignKey("CaseId");
        party.Property<int>("Id");
        party.HasKey("Id");
        party.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
        party.Property(p => p.Name).HasMaxLength(Party.MaxNameLength).IsRequired();
        party.Property(p => p.IdNumber).HasMaxLength(18);
        party.Property(p => p.CreditCode).HasMaxLength(18);
        party.Property(p => p.Phone).HasMaxLength(20);
        party.HasIndex(p => p.Name);
    }
}

internal sealed class MoneyConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<Money, long>(
    money => money.Fen, fen => Money.FromFen(fen))
{
    public static MoneyConverter Instance { get; } = new();
}
