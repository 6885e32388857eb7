using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Crm.TestKit;

/// <summary>The real API host on a given database, configured for tests (fixed keys, no login rate limit, fast outbox).</summary>
public sealed class CrmApiFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@crm.local";
    public const string AdminPassword = "Admin-Pa55word!";
    public const string SigningKey = "test-signing-key-that-is-long-enough-for-hs256";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Server-side errors (a 500's exception) show in the test output next to the failing test.
        builder.ConfigureLogging(logging => logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Error)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical)); // first-run migration probes
        var defaults = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Crm"] = connectionString,
            ["Auth:SigningKey"] = SigningKey,
            ["Bootstrap:AdminEmail"] = AdminEmail,
            ["Bootstrap:AdminPassword"] = AdminPassword,
            ["Database:MigrateOnStartup"] = "false",
            ["RateLimits:LoginPerMinute"] = "100000",
            ["Outbox:PollInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) defaults[key] = value;
        foreach (var (key, value) in defaults) builder.UseSetting(key, value);
    }
}
