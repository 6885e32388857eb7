using Crm.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Marketing.Persistence;

internal sealed class MarketingDbContext(DbContextOptions<MarketingDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "marketing";
    public override string Schema => SchemaName;
}

/// <summary>Used by <c>dotnet ef migrations add X --context MarketingDbContext</c>.</summary>
internal sealed class MarketingDbContextFactory : IDesignTimeDbContextFactory<MarketingDbContext>
{
    public MarketingDbContext CreateDbContext(string[] args) =>
        new(ModuleRegistration.DesignTimeOptions<MarketingDbContext>(MarketingDbContext.SchemaName));
}
