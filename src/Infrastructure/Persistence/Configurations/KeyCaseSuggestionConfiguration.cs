using Enforcement.Domain.Cases;
using Enforcement.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Persistence.Configurations;

internal sealed class KeyCaseSuggestionConfiguration : IEntityTypeConfiguration<KeyCaseSuggestion>
{
    public void Configure(EntityTypeBuilder<KeyCaseSuggestion> builder)
    {
        builder.IsAggregateRoot("KeyCaseSuggestions");
        builder.HasOne<EnforcementCase>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.CaseNumber).HasMaxLength(40).IsRequired();
        builder.Property(s => s.Reason).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Detail).HasMaxLength(KeyCaseSuggestion.MaxDetailLength);
        // One suggestion per case, reason and source: a redelivered signal finds it.
        builder.HasIndex(s => new { s.CaseId, s.Reason, s.PetitionId }).IsUnique();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.DecidedBy).HasMaxLength(100);
        builder.Property(s => s.DecisionReason).HasMaxLength(KeyCaseSuggestion.MaxDetailLength);
        // The suggested key cases list: pending first, newest first.
        builder.HasIndex(s => new { s.Status, s.SuggestedOn });
    }
}
