using Crm.Platform.Bootstrap;
using Crm.Platform.Domain;
using Crm.Platform.Facade;
using Crm.Platform.Features.Audit;
using Crm.Platform.Features.Auth;
using Crm.Platform.Features.Directory;
using Crm.Platform.Features.Roles;
using Crm.Platform.Features.Teams;
using Crm.Platform.Features.Users;
using Crm.Platform.Contracts;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Persistence;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.Platform;

/// <summary>Identity and access (users, roles, teams, sign-in) and the audit log.</summary>
public static class PlatformModule
{
    public static IServiceCollection AddPlatformModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PlatformDbContext>(PlatformDbContext.SchemaName);
        services.AddUnitOfWork<PlatformDbContext>(typeof(PlatformModule).Assembly);

        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section))
            .Validate(o => o.SigningKey.Length >= 32, "Auth:SigningKey must be set to a secret of at least 32 characters.")
            .ValidateOnStart();
        services.AddOptions<BootstrapOptions>().Bind(configuration.GetSection(BootstrapOptions.Section));
        services.AddScoped<TokenIssuer>();
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddScoped<PlatformSeeder>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<ITeamDirectory, TeamDirectory>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((jwt, auth) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = TokenIssuer.ValidationParameters(auth.Value);
            });
        return services;
    }

    public static IEndpointRouteBuilder MapPlatformEndpoints(this IEndpointRouteBuilder app)
    {
        var platform = app.MapGroup("/api/v1/platform");
        platform.MapAuthEndpoints();
        platform.MapAuditEndpoints();
        platform.MapUsersEndpoints();
        platform.MapRolesEndpoints();
        platform.MapTeamsEndpoints();
        platform.MapDirectoryEndpoints();
        return app;
    }

    /// <summary>Creates the built-in roles and the first administrator on an empty database.</summary>
    public static async Task SeedPlatformAsync(this IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PlatformSeeder>().EnsureAdministratorAsync(ct);
    }
}
