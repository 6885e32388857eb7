using Crm.Sales.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Sales.Persistence.Configurations;

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> b)
    {
        b.ToTable("leads");
        b.Property(l => l.Version).IsRowVersion();
        b.Property(l => l.FullName).HasMaxLength(200);
        b.Property(l => l.Company).HasMaxLength(200);
        b.Property(l => l.JobTitle).HasMaxLength(100);
        b.Property(l => l.Email).HasMaxLength(254);
        b.Property(l => l.Phone).HasMaxLength(50);
        b.Property(l => l.Source).HasMaxLength(100);
        b.Property(l => l.Notes).HasMaxLength(10_000);
        b.Property(l => l.DisqualifyReason).HasMaxLength(500);
        b.Property(l => l.Status).HasConversion<string>().HasMaxLength(15);
        // The lead list: newest first, for everyone, per owner and per team; filtered by status.
        b.HasIndex(l => new { l.CreatedAt, l.Id });
        b.HasIndex(l => new { l.OwnerId, l.CreatedAt, l.Id });
        b.HasIndex(l => new { l.TeamId, l.CreatedAt, l.Id });
        b.HasIndex(l => new { l.Status, l.CreatedAt, l.Id });
        b.HasIndex(l => l.Email);
    }
}

internal sealed class LeadStatusChangeConfiguration : IEntityTypeConfiguration<LeadStatusChange>
{
    public void Configure(EntityTypeBuilder<LeadStatusChange> b)
    {
        b.ToTable("lead_status_changes");
        b.Property(c => c.From).HasConversion<string>().HasMaxLength(15);
        b.Property(c => c.To).HasConversion<string>().HasMaxLength(15);
        b.Property(c => c.Reason).HasMaxLength(500);
        b.Ignore(c => c.Title);
        b.HasIndex(c => new { c.LeadId, c.ChangedAt });
        b.HasOne<Lead>().WithMany().HasForeignKey(c => c.LeadId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> b)
    {
        b.ToTable("opportunities");
        b.Property(o => o.Version).IsRowVersion();
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.Amount).Money();
        b.Property(o => o.Currency).Currency();
        b.Property(o => o.Probability).HasPrecision(5, 2);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(o => o.ForecastCategory).HasConversion<string>().HasMaxLength(10);
        b.Property(o => o.NextStep).HasMaxLength(500);
        b.Property(o => o.Description).HasMaxLength(10_000);
        b.Property(o => o.CloseReason).HasMaxLength(500);
        b.Property(o => o.CycleDays).HasPrecision(9, 2);
        b.Ignore(o => o.IsClosed);
        b.HasOne<Pipeline>().WithMany().HasForeignKey(o => o.PipelineId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PipelineStage>().WithMany().HasForeignKey(o => o.StageId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        // Lists and the forecast: by close date, per owner / team / stage; the board by stage.
        // The forecast sums a period's deals straight from this index (index-only): it carries what the forecast groups and adds.
        b.HasIndex(o => new { o.CloseDate, o.Id })
            .IncludeProperties(o => new { o.Status, o.OwnerId, o.TeamId, o.ForecastCategory, o.Currency, o.Amount, o.Probability, o.PipelineId });
        // A team's board: per stage, its deals in close-date order from where the stage's cards start (all open deals,
        // or those closed since a day), and what the stage totals add, without reading the table.
        b.HasIndex(o => new { o.TeamId, o.StageId, o.CloseDate, o.Id })
            .IncludeProperties(o => new { o.PipelineId, o.Status, o.Currency, o.Amount, o.Probability });
        b.HasIndex(o => new { o.OwnerId, o.CloseDate, o.Id });
        b.HasIndex(o => new { o.TeamId, o.CloseDate, o.Id });
        b.HasIndex(o => new { o.StageId, o.CloseDate, o.Id });
        b.HasIndex(o => new { o.Status, o.CloseDate });
        b.HasIndex(o => new { o.OwnerId, o.ClosedAt }).HasFilter("closed_at IS NOT NULL");
        b.HasIndex(o => o.AccountId);
        b.HasIndex(o => o.ContactId);
    }
}

internal sealed class OpportunityLineConfiguration : IEntityTypeConfiguration<OpportunityLine>
{
    public void Configure(EntityTypeBuilder<OpportunityLine> b)
    {
        b.ToTable("opportunity_lines");
        b.Property(l => l.ProductName).HasMaxLength(200);
        b.Property(l => l.Quantity).Quantity();
        b.Property(l => l.UnitPrice).Money();
        b.Property(l => l.DiscountPercent).Percent();
        b.Property(l => l.NetAmount).Money();
        b.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OpportunityStageChangeConfiguration : IEntityTypeConfiguration<OpportunityStageChange>
{
    public void Configure(EntityTypeBuilder<OpportunityStageChange> b)
    {
        b.ToTable("opportunity_stage_changes");
        b.Property(c => c.StageName).HasMaxLength(100);
        b.Property(c => c.DaysInStage).HasPrecision(9, 2);
        b.Property(c => c.Category).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(c => new { c.OpportunityId, c.EnteredAt });
        b.HasIndex(c => new { c.StageId, c.EnteredAt });
        // The board's average days in stage: the finished stays of each deal on it, read from the index alone.
        b.HasIndex(c => c.OpportunityId).IncludeProperties(c => new { c.StageId, c.DaysInStage }).HasFilter("days_in_stage IS NOT NULL");
        b.HasOne<Opportunity>().WithMany().HasForeignKey(c => c.OpportunityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> b)
    {
        b.ToTable("quotes");
        b.Property(q => q.Version).IsRowVersion();
        b.Property(q => q.Number).HasDefaultValueSql($"nextval('{SalesDbContext.SchemaName}.{SalesDbContext.QuoteNumbers}')");
        b.Property(q => q.Currency).Currency();
        b.Property(q => q.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(q => q.Notes).HasMaxLength(4000);
        b.Property(q => q.RejectReason).HasMaxLength(500);
        b.Property(q => q.Subtotal).Money();
        b.Property(q => q.DiscountTotal).Money();
        b.Property(q => q.TaxTotal).Money();
        b.Property(q => q.Total).Money();
        b.Ignore(q => q.DisplayNumber);
        b.HasIndex(q => new { q.Number, q.Revision }).IsUnique();
        b.HasIndex(q => new { q.OpportunityId, q.Number, q.Revision });
        b.HasIndex(q => new { q.CreatedAt, q.Id });
        b.HasIndex(q => new { q.OwnerId, q.CreatedAt, q.Id });
        b.HasOne<Opportunity>().WithMany().HasForeignKey(q => q.OpportunityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PriceList>().WithMany().HasForeignKey(q => q.PriceListId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(q => q.Lines).WithOne().HasForeignKey(l => l.QuoteId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QuoteLineConfiguration : IEntityTypeConfiguration<QuoteLine>
{
    public void Configure(EntityTypeBuilder<QuoteLine> b)
    {
        b.ToTable("quote_lines");
        b.MapLine(l => l.ProductCode, l => l.Description, l => l.Unit);
        b.Property(l => l.Quantity).Quantity();
        b.Property(l => l.UnitPrice).Money();
        b.Property(l => l.DiscountPercent).Percent();
        b.Property(l => l.TaxPercent).Percent();
        b.Property(l => l.GrossAmount).Money();
        b.Property(l => l.DiscountAmount).Money();
        b.Property(l => l.NetAmount).Money();
        b.Property(l => l.TaxAmount).Money();
        b.Property(l => l.TotalAmount).Money();
        b.Ignore(l => l.Amounts);
        b.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.ToTable("orders");
        b.Property(o => o.Version).IsRowVersion();
        b.Property(o => o.Number).HasDefaultValueSql($"nextval('{SalesDbContext.SchemaName}.{SalesDbContext.OrderNumbers}')");
        b.Property(o => o.Currency).Currency();
        b.Property(o => o.CompanyCurrency).Currency();
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(o => o.CancelReason).HasMaxLength(500);
        b.Property(o => o.Subtotal).Money();
        b.Property(o => o.DiscountTotal).Money();
        b.Property(o => o.TaxTotal).Money();
        b.Property(o => o.Total).Money();
        b.Property(o => o.CompanyTotal).Money();
        b.Property(o => o.ExchangeRate).HasPrecision(18, 8);
        b.Ignore(o => o.DisplayNumber);
        b.HasIndex(o => o.Number).IsUnique();
        // One order per quote.
        b.HasIndex(o => o.QuoteId).IsUnique().HasFilter("quote_id IS NOT NULL");
        b.HasIndex(o => new { o.PlacedAt, o.Id });
        b.HasIndex(o => new { o.OwnerId, o.PlacedAt, o.Id });
        b.HasIndex(o => new { o.TeamId, o.PlacedAt, o.Id });
        b.HasIndex(o => o.AccountId);
        b.HasIndex(o => o.ContactId);
        b.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> b)
    {
        b.ToTable("order_lines");
        b.MapLine(l => l.ProductCode, l => l.Description, l => l.Unit);
        b.Property(l => l.Quantity).Quantity();
        b.Property(l => l.UnitPrice).Money();
        b.Property(l => l.DiscountPercent).Percent();
        b.Property(l => l.TaxPercent).Percent();
        b.Property(l => l.GrossAmount).Money();
        b.Property(l => l.DiscountAmount).Money();
        b.Property(l => l.NetAmount).Money();
        b.Property(l => l.TaxAmount).Money();
        b.Property(l => l.TotalAmount).Money();
        b.Property(l => l.CompanyNetAmount).Money();
        b.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal static class LineMapping
{
    public static void MapLine<T>(this EntityTypeBuilder<T> b, System.Linq.Expressions.Expression<Func<T, string>> code,
        System.Linq.Expressions.Expression<Func<T, string>> description, System.Linq.Expressions.Expression<Func<T, string>> unit) where T : class
    {
        b.Property(code).HasMaxLength(40);
        b.Property(description).HasMaxLength(500);
        b.Property(unit).HasMaxLength(30);
    }
}

internal sealed class QuotaConfiguration : IEntityTypeConfiguration<Quota>
{
    public void Configure(EntityTypeBuilder<Quota> b)
    {
        b.ToTable("quotas");
        b.Property(q => q.Version).IsRowVersion();
        b.Property(q => q.PeriodKind).HasConversion<string>().HasMaxLength(10);
        b.Property(q => q.Amount).Money();
        b.Ignore(q => q.Period);
        b.HasIndex(q => new { q.UserId, q.TeamId, q.PeriodKind, q.PeriodStart }).IsUnique().AreNullsDistinct(false);
        b.HasIndex(q => q.PeriodStart);
        b.ToTable(t => t.HasCheckConstraint("ck_quotas_one_holder", "(user_id IS NULL) <> (team_id IS NULL)"));
    }
}

internal sealed class CommissionRuleConfiguration : IEntityTypeConfiguration<CommissionRule>
{
    public void Configure(EntityTypeBuilder<CommissionRule> b)
    {
        b.ToTable("commission_rules");
        b.Property(r => r.Version).IsRowVersion();
        b.Property(r => r.Name).HasMaxLength(100);
        b.Property(r => r.BaseRatePercent).Percent();
        b.HasMany(r => r.Tiers).WithOne().HasForeignKey(t => t.RuleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommissionTierConfiguration : IEntityTypeConfiguration<CommissionTier>
{
    public void Configure(EntityTypeBuilder<CommissionTier> b)
    {
        b.ToTable("commission_tiers");
        b.Property(t => t.ThresholdPercent).HasPrecision(9, 2);
        b.Property(t => t.RatePercent).Percent();
    }
}
