using Crm.Customers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Customers.Persistence.Configurations;

internal sealed class PurchaseConfiguration : IEntityTypeConfiguration<Purchase>
{
    public void Configure(EntityTypeBuilder<Purchase> b)
    {
        b.ToTable("purchases");
        b.Property(p => p.Number).HasMaxLength(30);
        b.Property(p => p.Value).HasPrecision(18, 2);
        b.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        b.HasIndex(p => p.OrderId).IsUnique();
        // Purchase facts are read per contact and per account, over their live orders.
        b.HasIndex(p => new { p.ContactId, p.PlacedAt }).HasFilter("cancelled_at IS NULL");
        b.HasIndex(p => new { p.AccountId, p.PlacedAt }).HasFilter("cancelled_at IS NULL");
    }
}
