using Npgsql;
using Testcontainers.PostgreSql;

namespace Crm.TestKit;

/// <summary>
/// One PostgreSQL server per test run, real in every case: <c>CRM_TEST_DATABASE</c> (a connection string to an
/// existing server, which <c>./build.sh test</c> sets to its throwaway cluster), else a Testcontainers container
/// when a Docker engine answers, else a throwaway cluster from the machine's PostgreSQL binaries.
/// </summary>
public sealed class PostgresServer
{
    public const string EnvironmentVariable = "CRM_TEST_DATABASE";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    private PostgresServer(string adminConnectionString) => AdminConnectionString = adminConnectionString;

    /// <summary>A superuser connection to the server's <c>postgres</c> database.</summary>
    public string AdminConnectionString { get; }

    public static Task<PostgresServer> GetAsync() => Shared.Value;

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = true }.ConnectionString;

    private static async Task<PostgresServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
            return new PostgresServer(new NpgsqlConnectionStringBuilder(configured) { Database = "postgres" }.ConnectionString);

        if (DockerMayAnswer())
        {
            try
            {
                var container = new PostgreSqlBuilder("postgres:15")
                    .WithEnvironment("POSTGRES_INITDB_ARGS", "--locale=C.UTF-8 -E UTF8")
                    .Build();
                await container.StartAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
                return new PostgresServer(new NpgsqlConnectionStringBuilder(container.GetConnectionString()) { Database = "postgres" }.ConnectionString);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Console.Error.WriteLine($"Docker did not start PostgreSQL ({e.GetType().Name}: {e.Message}); using a local cluster.");
            }
        }
        var cluster = await LocalCluster.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return new PostgresServer(cluster.ConnectionString);
    }

    private static bool DockerMayAnswer() =>
        Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } || File.Exists("/var/run/docker.sock");
}
