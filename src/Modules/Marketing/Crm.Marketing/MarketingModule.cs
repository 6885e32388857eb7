using Crm.Marketing.Persistence;
using Crm.SharedKernel.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Marketing;

public static class MarketingModule
{
    public static IServiceCollection AddMarketingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<MarketingDbContext>(MarketingDbContext.SchemaName);
        services.AddUnitOfWork<MarketingDbContext>(typeof(MarketingModule).Assembly);
        return services;
    }

    public static IEndpointRouteBuilder MapMarketingEndpoints(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
