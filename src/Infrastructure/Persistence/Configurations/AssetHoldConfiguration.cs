using Enforcement.Domain.Preservation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Persistence.Configurations;

internal static class AssetHoldConfiguration
{
    /// <summary>One mapping of a period-limited hold, for case measures and preservation measures alike.</summary>
    public static void ConfigureHold<TOwner>(OwnedNavigationBuilder<TOwner, AssetHold> hold, string renewalsTable)
        where TOwner : class
    {
        hold.Property(h => h.AssetKind).HasColumnName("HoldAssetKind").HasConversion<string>().HasMaxLength(32);
        hold.Property(h => h.StartOn).HasColumnName("HoldStartOn");
        hold.Property(h => h.ExpiresOn).HasColumnName("HoldExpiresOn");
        hold.Property(h => h.ReleasedOn).HasColumnName("HoldReleasedOn");
        hold.Property(h => h.ReleaseReason).HasColumnName("HoldReleaseReason").HasMaxLength(AssetHold.MaxReasonLength);
        hold.Ignore(h => h.RenewalRequestDueOn);

        // The expiring-measures warning reads live holds by expiry.
        hold.HasIndex(h => new { h.ExpiresOn, h.ReleasedOn });

        hold.OwnsMany(h => h.Renewals, renewal =>
        {
            renewal.ToTable(renewalsTable);
            renewal.WithOwner().HasForeignKey("MeasureId");
            renewal.Property<int>("Id");
            renewal.HasKey("Id");
        });
    }
}
