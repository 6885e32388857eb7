using Crm.Sales.Domain;
using Crm.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Sales.Persistence;

internal sealed class SalesDbContext(DbContextOptions<SalesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "sales";
    public override string Schema => SchemaName;

    public const string QuoteNumbers = "quote_numbers";
    public const string OrderNumbers = "order_numbers";

    public DbSet<Product> Products => Set<Product>();
    public DbSet<PriceList> PriceLists => Set<PriceList>();
    public DbSet<PriceListItem> PriceListItems => Set<PriceListItem>();
    public DbSet<ExchangeRate> ExchangeRates => Set<ExchangeRate>();
    public DbSet<Pipeline> Pipelines => Set<Pipeline>();
    public DbSet<PipelineStage> Stages => Set<PipelineStage>();
    public DbSet<Lead> Leads => Set<Lead>();
    public DbSet<LeadStatusChange> LeadStatusChanges => Set<LeadStatusChange>();
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();
    public DbSet<OpportunityLine> OpportunityLines => Set<OpportunityLine>();
    public DbSet<OpportunityStageChange> StageChanges => Set<OpportunityStageChange>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<QuoteLine> QuoteLines => Set<QuoteLine>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<Quota> Quotas => Set<Quota>();
    public DbSet<CommissionRule> CommissionRules => Set<CommissionRule>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasSequence<long>(QuoteNumbers);
        modelBuilder.HasSequence<long>(OrderNumbers);
        base.OnModelCreating(modelBuilder);
        // Ids are made in code (Entity), never by the database: a new line added to a loaded aggregate's collection
        // is then inserted, not mistaken for an existing row to update.
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(Crm.SharedKernel.Domain.Entity).IsAssignableFrom(e.ClrType)))
            entity.FindProperty(nameof(Crm.SharedKernel.Domain.Entity.Id))!.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
    }
}

/// <summary>Used by <c>dotnet ef migrations add X --context SalesDbContext</c>.</summary>
internal sealed class SalesDbContextFactory : IDesignTimeDbContextFactory<SalesDbContext>
{
    public SalesDbContext CreateDbContext(string[] args) =>
        new(ModuleRegistration.DesignTimeOptions<SalesDbContext>(SalesDbContext.SchemaName));
}
