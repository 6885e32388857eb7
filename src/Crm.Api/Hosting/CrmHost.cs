using System.Reflection;
using System.Text.Json.Serialization;
using Crm.Api.Demo;
using Crm.Customers;
using Crm.Marketing;
using Crm.Platform;
using Crm.Sales;
using Crm.Service;
using Crm.SharedKernel.Behaviors;
using Crm.SharedKernel.Messaging;
using Crm.SharedKernel.Persistence;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Api.Hosting;

/// <summary>Composes the modules and the cross-cutting parts of the host. Program.cs stays three lines.</summary>
internal static class CrmHost
{
    /// <summary>One marker type per module assembly: Mediator, validators, event types and the architecture tests read this list.</summary>
    public static readonly Type[] ModuleMarkers =
        [typeof(PlatformModule), typeof(CustomersModule), typeof(SalesModule), typeof(MarketingModule), typeof(ServiceModule)];

    public static WebApplicationBuilder AddCrm(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        // The system clock; demo data may set a past moment for its own async flow (see HistoricClock).
        services.AddSingleton<TimeProvider>(new HistoricClock());
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUserScope>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUserScope>().Current);
        services.AddSingleton(_ => ModuleRegistration.BuildDataSource(configuration));
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<UnitOfWorkInterceptor>();
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));

        services.AddPlatformModule(configuration);
        services.AddCustomersModule(configuration);
        services.AddSalesModule(configuration);
        services.AddMarketingModule(configuration);
        services.AddServiceModule(configuration);

        var assemblies = ModuleMarkers.Select(t => t.Assembly).ToList();
        foreach (var assembly in assemblies)
            services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        // Event types live in the modules' Contracts (and the kernel): load them by reference, not by what
        // happens to be loaded already, or a not-yet-loaded Contracts assembly's events could not be read back.
        services.AddSingleton(new IntegrationEventTypes(assemblies
            .SelectMany(a => a.GetReferencedAssemblies().Where(r => r.Name?.StartsWith("Crm.", StringComparison.Ordinal) == true).Select(Assembly.Load))
            .Concat(assemblies)
            .Append(typeof(IntegrationEvent).Assembly)));

        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            // Every assembly that defines messages or handlers (the generator rejects one that has none):
            // add a module here, and its Contracts once they define events, when they gain their first use case.
            options.Assemblies =
            [
                typeof(IntegrationEvent),
                typeof(PlatformModule),
                typeof(CustomersModule), typeof(Crm.Customers.Contracts.CustomersPermissions),
                typeof(SalesModule), typeof(Crm.Sales.Contracts.SalesPermissions),
            ];
            // Outermost first: log everything, reject invalid input, then run the command in one transaction.
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
        });

        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.AddCrmProblemDetails();
        // Let malformed bodies reach the exception handler, which explains them (request.malformed) instead of a bare 400.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddCrmOpenApi();
        services.AddCrmRateLimiting(configuration);
        services.AddAuthorization();
        services.AddCrmHealthChecks();
        // JSON pages and the SPA's scripts travel compressed when the client asks (browsers do; the benchmark does not).
        // Over HTTPS it stays off (the default): compressing secrets beside attacker-chosen text invites BREACH.
        services.AddResponseCompression();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 2 * 1024 * 1024);
        return builder;
    }

    public static WebApplication UseCrm(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Client mistakes are answered, not logged as server errors.
            SuppressDiagnosticsCallback = ctx => ctx.Exception is BadHttpRequestException,
        });
        app.UseStatusCodePages();
        app.UseResponseCompression();
        app.UseCrmSpa();
        app.UseCrmOpenApi();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapCrmHealth();
        app.MapPlatformEndpoints();
        app.MapCustomersEndpoints();
        app.MapSalesEndpoints();
        app.MapMarketingEndpoints();
        app.MapServiceEndpoints();
        app.MapCrmSpaFallback();
        return app;
    }

    /// <summary>
    /// Applies every module's migrations when <c>Database:MigrateOnStartup</c> is on (development and
    /// <c>./build.sh run</c>), then makes sure an administrator exists and, on a fresh database, loads demo data.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var ct = app.Lifetime.ApplicationStopping;
        if (app.Configuration.GetValue("Database:MigrateOnStartup", app.Environment.IsDevelopment()))
            foreach (var migrator in app.Services.GetServices<IModuleMigrator>())
                await migrator.MigrateAsync(app.Services, ct);
        await app.Services.SeedPlatformAsync(ct);
        if (app.Configuration.GetValue("Demo:Seed", false))
            await DemoData.SeedAsync(app.Services, ct);
    }
}
