using Crm.Sales.Features.Commissions;
using Crm.Sales.Features.ExchangeRates;
using Crm.Sales.Features.Forecast;
using Crm.Sales.Features.Leads;
using Crm.Sales.Features.Opportunities;
using Crm.Sales.Features.Orders;
using Crm.Sales.Features.Quotas;
using Crm.Sales.Features.Quotes;
using Crm.Sales.Features.Reports;
using Crm.Sales.Features.Pipelines;
using Crm.Sales.Features.PriceLists;
using Crm.Sales.Features.Products;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Sales;

/// <summary>Sales force automation: leads, pipelines and opportunities, products and price lists, quotes, orders, forecast, quotas and commissions.</summary>
public static class SalesModule
{
    public static IServiceCollection AddSalesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SalesDbContext>(SalesDbContext.SchemaName);
        services.AddUnitOfWork<SalesDbContext>(typeof(SalesModule).Assembly);
        services.Configure<SalesOptions>(configuration.GetSection(SalesOptions.Section));
        services.AddScoped<SalesOwnership>();
        services.AddScoped<Rates>();
        return services;
    }

    public static IEndpointRouteBuilder MapSalesEndpoints(this IEndpointRouteBuilder app)
    {
        var sales = app.MapGroup("/api/v1/sales");
        sales.MapProductsEndpoints();
        sales.MapPriceListsEndpoints();
        sales.MapExchangeRatesEndpoints();
        sales.MapPipelinesEndpoints();
        sales.MapLeadsEndpoints();
        sales.MapOpportunitiesEndpoints();
        sales.MapQuotesEndpoints();
        sales.MapOrdersEndpoints();
        sales.MapForecastEndpoints();
        sales.MapQuotasEndpoints();
        sales.MapCommissionsEndpoints();
        sales.MapReportsEndpoints();
        return app;
    }
}
