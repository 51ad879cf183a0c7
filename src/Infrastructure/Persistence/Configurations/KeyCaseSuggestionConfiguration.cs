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
        builder.HasIndex(s => s.SuggestedOn);
    }
}
