using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Persistence.Configurations;

internal sealed class EnforcementCaseConfiguration : IEntityTypeConfiguration<EnforcementCase>
{
    public void Configure(EntityTypeBuilder<EnforcementCase> builder)
    {
        builder.IsAggregateRoot("Cases");
        builder.Ignore(c => c.LimitMonths);
        builder.Ignore(c => c.IsClosed);
        builder.Ignore(c => c.Surplus);

        builder.Property(c => c.Number)
            .HasColumnName("CaseNumber")
            .HasMaxLength(40)
            .HasConversion(number => number.Value, text => CaseNumber.FromStored(text))
            .IsRequired();
        builder.HasIndex(c => c.Number).IsUnique();

        builder.Property(c => c.CaseType).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.ClaimedAmount).HasConversion(MoneyConverter.Instance).HasColumnName("ClaimedFen");
        builder.Property(c => c.RecoveredAmount).HasConversion(MoneyConverter.Instance).HasColumnName("RecoveredFen");
        builder.Property(c => c.Summary).HasMaxLength(EnforcementCase.MaxSummaryLength);
        builder.Property(c => c.SearchText).HasMaxLength(SearchText.MaxLength).IsRequired();

        builder.OwnsOne(c => c.Basis, basis =>
        {
            basis.Property(b => b.Issuer).HasColumnName("BasisIssuer").HasMaxLength(EnforcementBasis.MaxLength).IsRequired();
            basis.Property(b => b.DocumentNumber).HasColumnName("BasisDocumentNumber").HasMaxLength(EnforcementBasis.MaxLength).IsRequired();
            basis.Property(b => b.EffectiveOn).HasColumnName("BasisEffectiveOn");
        });
        builder.Navigation(c => c.Basis).IsRequired();

        builder.OwnsMany(c => c.Applicants, party => ConfigureParty(party, "CaseApplicants"));
        builder.OwnsMany(c => c.Respondents, party => ConfigureParty(party, "CaseRespondents"));
        builder.OwnsMany(c => c.UnitLinks, link =>
        {
            link.ToTable("CaseUnitLinks");
            link.WithOwner().HasForeignKey("CaseId");
            link.Property<int>("Id");
            link.HasKey("Id");
            link.Property(l => l.RespondentName).HasMaxLength(Party.MaxNameLength).IsRequired();
            link.Property(l => l.UnitName).HasMaxLength(LinkedUnit.MaxNameLength).IsRequired();
            link.Property(l => l.LinkedBy).HasMaxLength(RecordedByLength);
            link.HasIndex(l => l.LinkedUnitId);
        });

        builder.Property(c => c.HandlerName).HasMaxLength(StaffMember.MaxNameLength);
        builder.Property(c => c.OriginalCaseNumber).HasMaxLength(40);
        builder.Property(c => c.ResumedAsCaseNumber).HasMaxLength(40);

        builder.OwnsMany(c => c.Measures, measure =>
        {
            measure.ToTable("CaseMeasures");
            measure.WithOwner().HasForeignKey("CaseId");
            measure.HasKey(m => m.Id);
            measure.Property(m => m.Id).ValueGeneratedNever();
            measure.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
            measure.Property(m => m.Description).HasMaxLength(EnforcementCase.MaxTextLength);
            measure.Property(m => m.Amount).HasConversion(MoneyConverter.Instance).HasColumnName("AmountFen");
            measure.Property(m => m.Asset).HasMaxLength(200);
            measure.Property(m => m.InquiryResult).HasConversion<string>().HasMaxLength(16);
            measure.Property(m => m.ListingGround).HasMaxLength(200);
            measure.Property(m => m.RecordedBy).HasMaxLength(RecordedByLength);
            measure.OwnsOne(m => m.Hold, hold => AssetHoldConfiguration.ConfigureHold(hold, "CaseMeasureRenewals"));
            measure.Ignore(m => m.IsVoided);
            // A case's live measures of a kind taken by a date (终本's conditions, the worklists), from the index alone.
            measure.HasIndex("CaseId", nameof(CaseMeasure.Kind), nameof(CaseMeasure.TakenOn), nameof(CaseMeasure.VoidedOn));
        });

        builder.OwnsMany(c => c.Pauses, pause =>
        {
            pause.ToTable("CasePauses");
            pause.WithOwner().HasForeignKey("CaseId");
            pause.HasKey(p => p.Id);
            pause.Property(p => p.Id).ValueGeneratedNever();
            pause.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
            pause.Property(p => p.Reason).HasMaxLength(EnforcementCase.MaxTextLength);
            pause.Ignore(p => p.IsVoided);
        });

        builder.OwnsMany(c => c.Extensions, extension =>
        {
            extension.ToTable("CaseExtensions");
            extension.WithOwner().HasForeignKey("CaseId");
            extension.HasKey(e => e.Id);
            extension.Property(e => e.Id).ValueGeneratedNever();
            extension.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
            extension.HasIndex(e => e.Status); // the leaders' worklist reads the pending requests
            extension.Property(e => e.Reason).HasMaxLength(EnforcementCase.MaxTextLength);
            extension.Property(e => e.DecisionNote).HasMaxLength(EnforcementCase.MaxTextLength);
        });

        builder.OwnsOne(c => c.Settlement, settlement =>
        {
            settlement.Property(s => s.AgreedOn).HasColumnName("SettlementAgreedOn");
            settlement.Property(s => s.Terms).HasColumnName("SettlementTerms").HasMaxLength(EnforcementCase.MaxTextLength);
            settlement.Property(s => s.Status).HasColumnName("SettlementStatus").HasConversion<string>().HasMaxLength(16);
            settlement.Property(s => s.EndedOn).HasColumnName("SettlementEndedOn");
            settlement.Property(s => s.Paid).HasColumnName("SettlementPaidFen").HasConversion(MoneyConverter.Instance);
            settlement.Ignore(s => s.Total);
            settlement.OwnsMany(s => s.Instalments, instalment =>
            {
                instalment.ToTable("CaseSettlementInstalments");
                instalment.WithOwner().HasForeignKey("CaseId");
                instalment.Property<int>("Id");
                instalment.HasKey("Id");
                instalment.Property(i => i.Amount).HasConversion(MoneyConverter.Instance).HasColumnName("AmountFen");
            });
        });

        builder.OwnsOne(c => c.Closure, closure =>
        {
            closure.Property(c => c.Mode).HasColumnName("ClosureMode").HasConversion<string>().HasMaxLength(32);
            closure.Property(c => c.ClosedOn).HasColumnName("ClosedOn");
            // Closures in a range (the dashboard, its trend, the case list's closedFrom/closedTo) are served by two
            // covering indexes that span the owner's columns, which an owned type's index cannot name: see the
            // ClosureCoveringIndexes migration.
            closure.Property(c => c.Note).HasColumnName("ClosureNote").HasMaxLength(EnforcementCase.MaxTextLength);
        });

        // One index per filter the case list offers. (Status, Deadline, Id) serves the status filter and the overdue
        // and within-5-days worklists in their own order, the deadline's (Id breaks its ties, so nothing is sorted);
        // (Deadline, Id) serves the deadline sort of the whole list.
        builder.HasIndex(c => new { c.Status, c.Deadline, c.Id });
        // A status filter in the list's default order, without sorting; with Deadline, the overdue and near-deadline
        // worklists in that order are checked in the index alone, however many recent cases come before the first match.
        builder.HasIndex(c => new { c.Status, c.FiledOn, c.Id, c.Deadline });
        builder.HasIndex(c => c.CaseType);
        builder.HasIndex(c => c.EnterpriseRelated);
        builder.HasIndex(c => c.PublicBodyDebtor);
        // FiledOn first, for the filing-date filters and the list's default order (with Id, its tie-break, so no sort);
        // with CaseType, the dashboard's intake by type reads the index alone; with the re-inquiry dates, the
        // re-inquiry worklist is read in the list's order and counted from the index alone.
        builder.HasIndex(c => new { c.FiledOn, c.Id, c.CaseType, c.NextReinquiryDueOn, c.ReinquiryEndsOn });
        builder.HasIndex(c => new { c.Deadline, c.Id });
        // The re-inquiry worklist in its own order (the due date, then Id), its end date checked in the index.
        builder.HasIndex(c => new { c.NextReinquiryDueOn, c.Id, c.ReinquiryEndsOn });
        // A handler's cases (and the cases without one) in the list's order, the open ones told apart in the index.
        builder.HasIndex(c => new { c.HandlerId, c.FiledOn, c.Id, c.Status });
        builder.HasIndex(c => c.OriginalCaseId);
    }

    internal const int RecordedByLength = 100;

    internal static void ConfigureParty<TOwner>(OwnedNavigationBuilder<TOwner, Party> party, string table)
        where TOwner : class
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

/// <summary>The case's append-only history: rows that reads query and writes insert, never loaded with the case.</summary>
internal sealed class CaseHistoryConfiguration :
    IEntityTypeConfiguration<TimelineEntry>, IEntityTypeConfiguration<CasePayment>, IEntityTypeConfiguration<HandlerAssignment>,
    IEntityTypeConfiguration<CaseCorrection>
{
    public void Configure(EntityTypeBuilder<CaseCorrection> correction)
    {
        correction.ToTable("CaseCorrections");
        correction.HasKey(c => c.Id);
        correction.Property(c => c.Id).ValueGeneratedNever();
        correction.HasOne<EnforcementCase>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        correction.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        correction.Property(c => c.Reason).HasMaxLength(CaseCorrection.MaxReasonLength);
        correction.Property(c => c.VoidedBy).HasMaxLength(EnforcementCaseConfiguration.RecordedByLength);

        // One correction per entry: a second, even from a racing request, is refused by the index.
        correction.HasIndex(c => c.RecordId).IsUnique();
        correction.HasIndex(c => new { c.CaseId, c.Kind });
    }

    public void Configure(EntityTypeBuilder<TimelineEntry> entry)
    {
        entry.ToTable("CaseTimeline");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.HasOne<EnforcementCase>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        entry.Property(e => e.Summary).HasMaxLength(TimelineEntry.MaxSummaryLength);
        entry.Property(e => e.RecordedBy).HasMaxLength(EnforcementCaseConfiguration.RecordedByLength);
        entry.HasIndex(e => new { e.CaseId, e.OccurredOn });
    }

    public void Configure(EntityTypeBuilder<CasePayment> payment)
    {
        payment.ToTable("CasePayments");
        payment.HasKey(p => p.Id);
        payment.Property(p => p.Id).ValueGeneratedNever();
        payment.HasOne<EnforcementCase>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        payment.Property(p => p.Amount).HasConversion(MoneyConverter.Instance).HasColumnName("AmountFen");
        payment.Property(p => p.Source).HasConversion<string>().HasMaxLength(32);
        payment.Property(p => p.Note).HasMaxLength(EnforcementCase.MaxTextLength);
        payment.Property(p => p.RecordedBy).HasMaxLength(EnforcementCaseConfiguration.RecordedByLength);
        payment.HasIndex(p => p.ObligationId);
    }

    public void Configure(EntityTypeBuilder<HandlerAssignment> assignment)
    {
        assignment.ToTable("CaseAssignments");
        assignment.HasKey(a => a.Id);
        assignment.Property(a => a.Id).ValueGeneratedNever();
        assignment.HasOne<EnforcementCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        assignment.Property(a => a.StaffName).HasMaxLength(StaffMember.MaxNameLength);
        assignment.Property(a => a.RecordedBy).HasMaxLength(EnforcementCaseConfiguration.RecordedByLength);
        assignment.HasIndex(a => a.StaffId);
    }
}

internal sealed class MoneyConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<Money, long>(
    money => money.Fen, fen => Money.FromFen(fen))
{
    public static MoneyConverter Instance { get; } = new();
}
