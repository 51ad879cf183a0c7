using Enforcement.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Infrastructure.Persistence.Configurations;

internal static class AggregateRootConfiguration
{
    /// <summary>What every aggregate root shares: its table, a client-generated key, the version as concurrency token.</summary>
    public static EntityTypeBuilder<T> IsAggregateRoot<T>(this EntityTypeBuilder<T> builder, string table)
        where T : AggregateRoot
    {
        builder.ToTable(table);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.DomainEvents);
        builder.Ignore(a => a.HasChanges);
        builder.Ignore(a => a.Changes);
        return builder;
    }
}
