using System.Security.Cryptography;
using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Platform.Bootstrap;

public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";
    public string AdminEmail { get; set; } = "admin@crm.local";
    /// <summary>The first administrator's password. When unset, a random one is generated and logged once.</summary>
    public string? AdminPassword { get; set; }
}

/// <summary>The built-in roles every installation starts with; administrators can add more.</summary>
internal static class BuiltInRoles
{
    public const string Administrator = Role.AdministratorName;
    public const string SalesManager = "Sales Manager";
    public const string SalesRep = "Sales Rep";
    public const string Marketer = "Marketer";
    public const string ServiceAgent = "Service Agent";

    public static IEnumerable<Role> Create() =>
    [
        Role.Create(Administrator, "Everything, every record.", PermissionCatalog.All, DataScope.All, isSystem: true),
        Role.Create(SalesManager, "Runs a sales team: its customers, deals, forecast and quotas.",
            ["customers.read", "customers.write", "sales.read", "sales.write", "sales.manage", "marketing.read", "service.read"], DataScope.Team),
        Role.Create(SalesRep, "Works their own customers and deals.",
            ["customers.read", "customers.write", "sales.read", "sales.write", "service.read"], DataScope.Own),
        Role.Create(Marketer, "Campaigns, segments and leads across all customers.",
            ["customers.read", "marketing.read", "marketing.write", "marketing.manage", "sales.read"], DataScope.All),
        Role.Create(ServiceAgent, "Service requests and the knowledge base for the team's customers.",
            ["customers.read", "customers.write", "service.read", "service.write"], DataScope.Team),
    ];
}

/// <summary>On an empty database: the built-in roles, a first team and the first administrator.</summary>
internal sealed class PlatformSeeder(PlatformDbContext db, IPasswordHasher<User> hasher, IOptions<BootstrapOptions> options, ILogger<PlatformSeeder> log)
{
    public async Task EnsureAdministratorAsync(CancellationToken ct)
    {
        if (await db.Users.AnyAsync(ct)) return;

        var roles = await db.Roles.ToListAsync(ct);
        foreach (var role in BuiltInRoles.Create().Where(r => roles.All(x => x.Name != r.Name)))
        {
            db.Roles.Add(role);
            roles.Add(role);
        }
        var team = await db.Teams.OrderBy(t => t.CreatedAt).FirstOrDefaultAsync(ct) ?? db.Teams.Add(Team.Create("Head Office", "The first team.")).Entity;

        var generated = string.IsNullOrWhiteSpace(options.Value.AdminPassword);
        var password = generated ? RandomPassword() : options.Value.AdminPassword!;
        var admin = User.Create(options.Value.AdminEmail, "Administrator", [roles.Single(r => r.Name == BuiltInRoles.Administrator).Id], [team.Id]);
        admin.SetPasswordHash(hasher.HashPassword(admin, password));
        db.Users.Add(admin);
        await db.SaveChangesAsync(ct);

        if (generated)
            log.LogWarning("First run: created administrator {Email} with password {Password} — it is shown only this once; change it after signing in.",
                admin.Email, password);
        else
            log.LogInformation("First run: created administrator {Email} with the configured password.", admin.Email);
    }

    private static string RandomPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');
}
