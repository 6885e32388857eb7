using Crm.Customers.Contracts.Facade;
using Crm.Customers.Facade;
using Crm.Customers.Features.Accounts;
using Crm.Customers.Features.Contacts;
using Crm.Customers.Features.Import;
using Crm.Customers.Features.Interactions;
using Crm.Customers.Features.Search;
using Crm.Customers.Features.Shared;
using Crm.Customers.Features.Tasks;
using Crm.Customers.Features.Timeline;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Customers;

/// <summary>Accounts, contacts, their classification, interactions, tasks and the shared 360° timeline.</summary>
public static class CustomersModule
{
    public static IServiceCollection AddCustomersModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CustomersDbContext>(CustomersDbContext.SchemaName);
        services.AddUnitOfWork<CustomersDbContext>(typeof(CustomersModule).Assembly);
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<RecordOwnership>();
        services.AddScoped<ICustomerRegistry, CustomerRegistry>();
        services.AddScoped<ICustomerDirectory, CustomerDirectory>();
        services.AddScoped<IInteractionStatistics, InteractionStatistics>();
        return services;
    }

    public static IEndpointRouteBuilder MapCustomersEndpoints(this IEndpointRouteBuilder app)
    {
        var customers = app.MapGroup("/api/v1/customers");
        customers.MapContactsEndpoints();
        customers.MapAccountsEndpoints();
        customers.MapInteractionsEndpoints();
        customers.MapTasksEndpoints();
        customers.MapTimelineEndpoints();
        customers.MapImportEndpoints();
        customers.MapSearchEndpoints();
        return app;
    }
}
