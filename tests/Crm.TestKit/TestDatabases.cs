using Npgsql;

namespace Crm.TestKit;

/// <summary>
/// A fresh database per test class, copied from a template that was migrated (all modules) and seeded
/// (roles, administrator) once per test process — a copy takes milliseconds, a migration seconds.
/// </summary>
public static class TestDatabases
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _template;

    public static async Task<string> CreateAsync()
    {
        var server = await PostgresServer.GetAsync();
        await Gate.WaitAsync();
        try
        {
            _template ??= await BuildTemplateAsync(server);
            var name = $"crm_test_{Guid.NewGuid():N}";
            await ExecuteAsync(server.AdminConnectionString, $"CREATE DATABASE \"{name}\" TEMPLATE \"{_template}\"");
            return server.ConnectionStringFor(name);
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task DropAsync(string connectionString)
    {
        var server = await PostgresServer.GetAsync();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server.AdminConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task<string> BuildTemplateAsync(PostgresServer server)
    {
        var name = $"crm_template_{Environment.ProcessId}_{Guid.NewGuid():N}"[..40];
        await ExecuteAsync(server.AdminConnectionString, $"CREATE DATABASE \"{name}\" ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0");
        await using (var factory = new CrmApiFactory(server.ConnectionStringFor(name), new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "true" }))
        {
            _ = factory.Server; // starting the host migrates every module and seeds the administrator
        }
        NpgsqlConnection.ClearAllPools();
        return name;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
