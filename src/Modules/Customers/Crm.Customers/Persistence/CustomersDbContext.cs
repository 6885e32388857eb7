using Crm.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Customers.Persistence;

internal sealed class CustomersDbContext(DbContextOptions<CustomersDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "customers";
    public override string Schema => SchemaName;
}

/// <summary>Used by <c>dotnet ef migrations add X --context CustomersDbContext</c>.</summary>
internal sealed class CustomersDbContextFactory : IDesignTimeDbContextFactory<CustomersDbContext>
{
    public CustomersDbContext CreateDbContext(string[] args) =>
        new(ModuleRegistration.DesignTimeOptions<CustomersDbContext>(CustomersDbContext.SchemaName));
}
