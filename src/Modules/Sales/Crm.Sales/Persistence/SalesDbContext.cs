using Crm.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Sales.Persistence;

internal sealed class SalesDbContext(DbContextOptions<SalesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "sales";
    public override string Schema => SchemaName;
}

/// <summary>Used by <c>dotnet ef migrations add X --context SalesDbContext</c>.</summary>
internal sealed class SalesDbContextFactory : IDesignTimeDbContextFactory<SalesDbContext>
{
    public SalesDbContext CreateDbContext(string[] args) =>
        new(ModuleRegistration.DesignTimeOptions<SalesDbContext>(SalesDbContext.SchemaName));
}
