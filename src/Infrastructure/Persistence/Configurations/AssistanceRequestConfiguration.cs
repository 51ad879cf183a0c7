using Enforcement.Domain.Assistance;
using Enforcement.Domain.Cases;
using Enforcement.Domain.LinkedUnits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Persistence.Configurations;

internal sealed class AssistanceRequestConfiguration : IEntityTypeConfiguration<AssistanceRequest>
{
    public void Configure(EntityTypeBuilder<AssistanceRequest> builder)
    {
        builder.IsAggregateRoot("AssistanceRequests");
        builder.Property(r => r.CaseNumber).HasMaxLength(40).IsRequired();
        builder.Property(r => r.UnitName).HasMaxLength(LinkedUnit.MaxNameLength).IsRequired();
        builder.Property(r => r.UnitKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.DocumentNumber).HasMaxLength(AssistanceRequest.MaxShortTextLength).IsRequired();
        builder.Property(r => r.Content).HasMaxLength(AssistanceRequest.MaxTextLength).IsRequired();
        builder.Property(r => r.Result).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Reply).HasMaxLength(AssistanceRequest.MaxTextLength);
        builder.Property(r => r.RecordedBy).HasMaxLength(EnforcementCaseConfiguration.RecordedByLength);
        builder.Ignore(r => r.AnsweredOnTime);
        builder.HasOne<EnforcementCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LinkedUnit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);

        // A case's requests; the per-unit figures by unit and sent date; the overdue list by due date among the unanswered.
        builder.HasIndex(r => new { r.CaseId, r.SentOn });
        builder.HasIndex(r => new { r.UnitId, r.SentOn });
        builder.HasIndex(r => new { r.SentOn, r.UnitId });
        builder.HasIndex(r => new { r.RepliedOn, r.ReplyDueOn });
    }
}
