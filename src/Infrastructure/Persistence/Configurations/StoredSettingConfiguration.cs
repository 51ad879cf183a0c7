using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Persistence.Configurations;

public sealed class StoredSettingConfiguration : IEntityTypeConfiguration<StoredSetting>
{
    public void Configure(EntityTypeBuilder<StoredSetting> builder)
    {
        builder.ToTable("Settings");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(StoredSetting.MaxKeyLength);
        builder.Property(s => s.Value).HasMaxLength(StoredSetting.MaxValueLength).IsRequired();
    }
}
