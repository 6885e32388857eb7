using Crm.Sales.Persistence;
using Crm.SharedKernel.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Sales;

public static class SalesModule
{
    public static IServiceCollection AddSalesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SalesDbContext>(SalesDbContext.SchemaName);
        services.AddUnitOfWork<SalesDbContext>(typeof(SalesModule).Assembly);
        return services;
    }

    public static IEndpointRouteBuilder MapSalesEndpoints(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
