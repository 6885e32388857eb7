using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Crm.TestKit;

/// <summary>
/// A private PostgreSQL cluster in a temporary folder, from the machine's server binaries, on a free port.
/// PostgreSQL refuses to run as root, so as root it runs as the <c>postgres</c> user. Always UTF-8 with a
/// <c>C.UTF-8</c> ctype: under a plain <c>C</c> ctype pg_trgm makes no trigrams from Chinese text.
/// Durability settings are off — it is thrown away after the run.
/// </summary>
public sealed class LocalCluster
{
    private readonly string _bin;
    private readonly string _dir;

    private LocalCluster(string bin, string dir, int port)
    {
        _bin = bin;
        _dir = dir;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "crm", Password = "crm", Database = "postgres",
        }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<LocalCluster> StartAsync()
    {
        var bin = FindBinaries();
        var dir = Path.Combine(Path.GetTempPath(), $"crm-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var asRoot = Environment.UserName == "root";
        if (asRoot) await RunAsync("chown", ["postgres:postgres", dir]);

        var port = FreePort();
        var cluster = new LocalCluster(bin, dir, port);
        await cluster.PgAsync("initdb", ["-D", Path.Combine(dir, "data"), "-U", "crm", "--auth=trust", "--locale=C.UTF-8", "-E", "UTF8", "--no-sync"]);
        await cluster.PgAsync("pg_ctl", ["-D", Path.Combine(dir, "data"), "-l", Path.Combine(dir, "log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
            "start"]);
        return cluster;
    }

    public void Stop()
    {
        try
        {
            PgAsync("pg_ctl", ["-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop"]).GetAwaiter().GetResult();
            Directory.Delete(_dir, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not remove the test cluster at {_dir}: {e.Message}");
        }
    }

    private Task PgAsync(string tool, string[] args) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args])
            : RunAsync(Path.Combine(_bin, tool), args);

    private static string FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("PG_BIN") is { Length: > 0 } configured) return configured;
        var found = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "No PostgreSQL server binaries (initdb) were found. Install them (apt-get install postgresql-15), set PG_BIN, " +
            $"or point {PostgresServer.EnvironmentVariable} at a PostgreSQL server.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await error}{await output}");
    }
}
