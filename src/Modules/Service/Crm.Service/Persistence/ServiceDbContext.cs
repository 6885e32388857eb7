using Crm.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Service.Persistence;

internal sealed class ServiceDbContext(DbContextOptions<ServiceDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "service";
    public override string Schema => SchemaName;
}

/// <summary>Used by <c>dotnet ef migrations add X --context ServiceDbContext</c>.</summary>
internal sealed class ServiceDbContextFactory : IDesignTimeDbContextFactory<ServiceDbContext>
{
    public ServiceDbContext CreateDbContext(string[] args) =>
        new(ModuleRegistration.DesignTimeOptions<ServiceDbContext>(ServiceDbContext.SchemaName));
}
