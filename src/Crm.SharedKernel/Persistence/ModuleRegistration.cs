using System.Reflection;
using Crm.SharedKernel.Behaviors;
using Crm.SharedKernel.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Crm.SharedKernel.Persistence;

public static class ModuleRegistration
{
    public const string ConnectionStringName = "Crm";

    /// <summary>
    /// Registers a module's DbContext on the shared Npgsql data source (one pool for the host), with snake_case
    /// names, the module's own migrations history table, the unit-of-work interceptor and an outbox dispatcher.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : ModuleDbContext
    {
        services.AddDbContext<TContext>((sp, options) =>
            options.UseModuleNpgsql<TContext>(sp.GetRequiredService<NpgsqlDataSource>(), schema)
                .AddInterceptors(sp.GetRequiredService<UnitOfWorkInterceptor>()));
        services.AddSingleton<IHostedModuleDispatcher, HostedModuleDispatcher<TContext>>();
        services.AddSingleton<OutboxDispatcher<TContext>>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher<TContext>>());
        services.AddSingleton<IModuleMigrator, ModuleMigrator<TContext>>();
        return services;
    }

    /// <summary>Makes <typeparamref name="TContext"/> the unit of work of the commands defined in <paramref name="module"/>.</summary>
    public static IServiceCollection AddUnitOfWork<TContext>(this IServiceCollection services, Assembly module)
        where TContext : ModuleDbContext
    {
        var registry = (UnitOfWorkRegistry?)services.FirstOrDefault(d => d.ServiceType == typeof(UnitOfWorkRegistry))?.ImplementationInstance;
        if (registry is null)
        {
            registry = new UnitOfWorkRegistry();
            services.AddSingleton(registry);
        }
        registry.Register(module, typeof(TContext));
        return services;
    }

    /// <summary>The provider settings every module context uses, at run time and at design time (migrations).</summary>
    public static DbContextOptionsBuilder UseModuleNpgsql<TContext>(this DbContextOptionsBuilder options, NpgsqlDataSource dataSource, string schema)
        where TContext : ModuleDbContext =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history", schema)
                .MigrationsAssembly(typeof(TContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention();

    /// <summary>Options for <c>dotnet ef</c>: no database is contacted to add a migration.</summary>
    public static DbContextOptions<TContext> DesignTimeOptions<TContext>(string schema) where TContext : ModuleDbContext =>
        (DbContextOptions<TContext>)new DbContextOptionsBuilder<TContext>()
            .UseModuleNpgsql<TContext>(new NpgsqlDataSourceBuilder("Host=localhost;Database=crm_design").Build(), schema).Options;

    /// <summary>
    /// The connection string with the pool settings the host is measured with (tests/Crm.Benchmarks), unless it sets
    /// them itself: <c>Max Auto Prepare</c> — statements run twice become server-side prepared statements, so PostgreSQL
    /// parses and plans each query once per connection instead of on every request; <c>No Reset On Close</c> — a pooled
    /// connection is not reset (<c>DISCARD ALL</c>) each time a request returns it, which would also drop those
    /// statements. Safe here because no code leaves session state behind: settings are <c>SET LOCAL</c> in a transaction.
    /// </summary>
    public static string WithPerformanceDefaults(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var csb = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare")) csb.MaxAutoPrepare = 256;
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose")) csb.NoResetOnClose = true;
        return csb.ConnectionString;
    }

    public static NpgsqlDataSource BuildDataSource(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"No connection string '{ConnectionStringName}'. Set ConnectionStrings__{ConnectionStringName}, or start with ./build.sh run.");
        return new NpgsqlDataSourceBuilder(WithPerformanceDefaults(connectionString)).EnableDynamicJson().Build();
    }
}

/// <summary>Applies one module's migrations; the host runs all of them at start-up in development.</summary>
public interface IModuleMigrator
{
    string Module { get; }
    Task MigrateAsync(IServiceProvider services, CancellationToken ct);
}

internal sealed class ModuleMigrator<TContext> : IModuleMigrator where TContext : ModuleDbContext
{
    public string Module => typeof(TContext).Name.Replace("DbContext", "");

    public async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>().Database;
        // A migration rewrites or indexes whole tables (a stored column on millions of rows takes minutes), far
        // longer than the 30 s a request's command may take.
        db.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.MigrateAsync(ct);
    }
}

/// <summary>Lets tests reach each module's outbox dispatcher without knowing the (internal) context types.</summary>
public interface IHostedModuleDispatcher
{
    Task<int> DispatchBatchAsync(CancellationToken ct);
}

internal sealed class HostedModuleDispatcher<TContext>(OutboxDispatcher<TContext> dispatcher) : IHostedModuleDispatcher
    where TContext : ModuleDbContext
{
    public Task<int> DispatchBatchAsync(CancellationToken ct) => dispatcher.DispatchBatchAsync(ct);
}
