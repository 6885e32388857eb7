using Crm.Sales.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Sales.Persistence.Configurations;

/// <summary>Column types every Sales table uses for money and rates.</summary>
internal static class SalesColumns
{
    public static PropertyBuilder<decimal> Money(this PropertyBuilder<decimal> p) => p.HasPrecision(18, 2);
    public static PropertyBuilder<decimal> Quantity(this PropertyBuilder<decimal> p) => p.HasPrecision(18, 4);
    public static PropertyBuilder<decimal> Percent(this PropertyBuilder<decimal> p) => p.HasPrecision(9, 4);
    public static PropertyBuilder<string> Currency(this PropertyBuilder<string> p) => p.HasMaxLength(3).IsFixedLength();
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.ToTable("products");
        b.Property(p => p.Version).IsRowVersion();
        b.Property(p => p.Code).HasMaxLength(40);
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Description).HasMaxLength(4000);
        b.Property(p => p.Unit).HasMaxLength(30);
        b.HasIndex(p => p.Code).IsUnique();
        b.HasIndex(p => new { p.Name, p.Id });
    }
}

internal sealed class PriceListConfiguration : IEntityTypeConfiguration<PriceList>
{
    public void Configure(EntityTypeBuilder<PriceList> b)
    {
        b.ToTable("price_lists");
        b.Property(p => p.Version).IsRowVersion();
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Currency).Currency();
        b.HasIndex(p => p.Name).IsUnique();
        // At most one default list.
        b.HasIndex(p => p.IsDefault).IsUnique().HasFilter("is_default");
        b.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PriceListId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Items).AutoInclude(false);
    }
}

internal sealed class PriceListItemConfiguration : IEntityTypeConfiguration<PriceListItem>
{
    public void Configure(EntityTypeBuilder<PriceListItem> b)
    {
        b.ToTable("price_list_items");
        b.Property(i => i.UnitPrice).Money();
        b.HasIndex(i => new { i.PriceListId, i.ProductId }).IsUnique();
        b.HasOne<Product>().WithMany().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> b)
    {
        b.ToTable("exchange_rates");
        b.Property(r => r.Version).IsRowVersion();
        b.Property(r => r.Currency).Currency();
        b.Property(r => r.Rate).HasPrecision(18, 8);
        b.HasIndex(r => new { r.Currency, r.ValidFrom }).IsUnique();
    }
}

internal sealed class PipelineConfiguration : IEntityTypeConfiguration<Pipeline>
{
    public void Configure(EntityTypeBuilder<Pipeline> b)
    {
        b.ToTable("pipelines");
        b.Property(p => p.Version).IsRowVersion();
        b.Property(p => p.Name).HasMaxLength(100);
        b.HasIndex(p => p.Name).IsUnique();
        b.HasIndex(p => p.IsDefault).IsUnique().HasFilter("is_default");
        b.Ignore(p => p.Ordered);
        b.Ignore(p => p.FirstOpenStage);
        b.HasMany(p => p.Stages).WithOne().HasForeignKey(s => s.PipelineId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PipelineStageConfiguration : IEntityTypeConfiguration<PipelineStage>
{
    public void Configure(EntityTypeBuilder<PipelineStage> b)
    {
        b.ToTable("pipeline_stages");
        b.Property(s => s.Name).HasMaxLength(100);
        b.Property(s => s.Probability).HasPrecision(5, 2);
        b.Property(s => s.Category).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(s => new { s.PipelineId, s.Position });
    }
}
