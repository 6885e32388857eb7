using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.SharedKernel.Persistence;
using Crm.SharedKernel.Security;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Crm.TestKit;

/// <summary>
/// A test class's own running CRM: a fresh database and the real host on it. Use as
/// <c>IClassFixture&lt;CrmApp&gt;</c>; ask it for clients signed in as the administrator or as users with a given role.
/// </summary>
public class CrmApp : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private CrmApiFactory? _factory;
    private HttpClient? _admin;

    public CrmApiFactory Factory => _factory ?? throw new InvalidOperationException("The app has not started.");
    public string ConnectionString { get; private set; } = "";

    /// <summary>Extra host settings for this fixture (override in a subclass).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        ConnectionString = await TestDatabases.CreateAsync();
        _factory = new CrmApiFactory(ConnectionString, Settings);
        _ = _factory.Server;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        await TestDatabases.DropAsync(ConnectionString);
    }

    public HttpClient Anonymous() => Factory.CreateClient();

    public async Task<HttpClient> AdminAsync() =>
        _admin ??= await SignInAsync(CrmApiFactory.AdminEmail, CrmApiFactory.AdminPassword);

    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/platform/auth/login", new { email, password }, Json);
        response.EnsureSuccessStatusCode();
        var session = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("accessToken").GetString());
        return client;
    }

    public async Task<Guid> CreateTeamAsync(string? name = null)
    {
        var admin = await AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/platform/teams", new { name = name ?? $"Team {Guid.NewGuid():N}"[..20] }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
    }

    public async Task<Guid> CreateRoleAsync(IEnumerable<string> permissions, DataScope scope)
    {
        var admin = await AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/platform/roles",
            new { name = $"Role {Guid.NewGuid():N}"[..20], permissions, scope }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
    }

    /// <summary>Creates a user with a new role of exactly these permissions and scope, signed in.</summary>
    public async Task<TestUser> CreateUserAsync(IEnumerable<string> permissions, DataScope scope = DataScope.All, params Guid[] teamIds)
    {
        var role = await CreateRoleAsync(permissions, scope);
        var admin = await AdminAsync();
        var email = $"user-{Guid.NewGuid():N}@test.local";
        const string password = "Us3r-Pa55word!";
        var response = await admin.PostAsJsonAsync("/api/v1/platform/users",
            new { email, displayName = email[..13], password, roleIds = new[] { role }, teamIds }, Json);
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        return new TestUser(id, email, password, await SignInAsync(email, password));
    }

    /// <summary>
    /// Delivers every module's outbox now and waits until nothing deliverable is left. The host's background
    /// dispatchers run too; rows they hold locked are skipped here, so wait for them rather than assume.
    /// </summary>
    public async Task DrainOutboxAsync()
    {
        var dispatchers = Factory.Services.GetServices<IHostedModuleDispatcher>().ToList();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            foreach (var dispatcher in dispatchers) await dispatcher.DispatchBatchAsync(CancellationToken.None);
            if (await PendingOutboxAsync() == 0) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The outboxes did not drain within 30 s.");
            await Task.Delay(50);
        }
    }

    /// <summary>Outbox rows still waiting for a first delivery attempt, across every module schema.</summary>
    private async Task<long> PendingOutboxAsync()
    {
        var schemas = await ScalarAsync<string>(
            "select string_agg(format('select count(*) from %I.outbox_messages where processed_at is null and attempts = 0', table_schema), ' union all ') " +
            "from information_schema.tables where table_name = 'outbox_messages'");
        return await ScalarAsync<long>($"select coalesce(sum(count), 0)::bigint from ({schemas}) pending");
    }

    /// <summary>A scalar straight from the database, for asserting what was (not) written.</summary>
    public async Task<T?> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T));
    }
}

public sealed record TestUser(Guid Id, string Email, string Password, HttpClient Client);
