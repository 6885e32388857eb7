using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Crm.Benchmarks.Bench;

/// <summary>
/// The ceiling of a read scenario: the API's own SQL (<see cref="ApiSql"/>) run by pgbench straight against PostgreSQL,
/// prepared (<c>-M prepared</c>), at the same concurrency and over the same samples. One script file per sample
/// (pgbench takes at most 128), each drawn at random with equal weight; one pgbench transaction = one API request.
/// </summary>
internal static partial class PgBench
{
    public const int MaxScripts = 128;

    public static async Task<double> RunAsync(string pgbench, string connectionString, IReadOnlyList<string> statements,
        IReadOnlyList<BenchRequest> samples, int connections, TimeSpan warmup, TimeSpan duration, string workDir, CancellationToken ct)
    {
        Directory.CreateDirectory(workDir);
        var args = new List<string>();
        var defines = new List<string>();
        for (var i = 0; i < Math.Min(samples.Count, MaxScripts); i++)
        {
            var (script, vars) = ApiSql.PgBenchScript(statements, i, samples[i].SqlParameters);
            var file = Path.Combine(workDir, $"sample{i:D3}.sql");
            await File.WriteAllTextAsync(file, script, ct);
            args.AddRange(["-f", file + "@1"]);
            foreach (var v in vars) defines.AddRange(["-D", v]);
        }

        if (warmup > TimeSpan.Zero) await RunOnceAsync(pgbench, connectionString, args, defines, connections, warmup, ct);
        return await RunOnceAsync(pgbench, connectionString, args, defines, connections, duration, ct);
    }

    private static async Task<double> RunOnceAsync(string pgbench, string connectionString, List<string> scripts, List<string> defines,
        int connections, TimeSpan duration, CancellationToken ct)
    {
        var csb = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(pgbench)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])["-n", "-M", "prepared", "-c", connections.ToString(CultureInfo.InvariantCulture),
                     "-j", Math.Min(connections, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture),
                     "-T", Math.Max(1, (int)Math.Round(duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
                     "-h", csb.Host ?? "127.0.0.1", "-p", csb.Port.ToString(CultureInfo.InvariantCulture), "-U", csb.Username ?? "postgres"])
            start.ArgumentList.Add(a);
        foreach (var a in scripts) start.ArgumentList.Add(a);
        foreach (var a in defines) start.ArgumentList.Add(a);
        start.ArgumentList.Add(csb.Database ?? "postgres");
        if (!string.IsNullOrEmpty(csb.Password)) start.Environment["PGPASSWORD"] = csb.Password;

        using var process = Process.Start(start) ?? throw new BenchException($"could not start {pgbench}");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var output = await stdout;
        var errors = await stderr;
        if (process.ExitCode != 0)
            throw new BenchException($"pgbench failed ({process.ExitCode}): {Tail(errors)}");
        var failed = Failed().Match(output);
        if (failed.Success && long.Parse(failed.Groups[1].Value, CultureInfo.InvariantCulture) > 0)
            throw new BenchException($"pgbench: {failed.Value.Trim()}: {Tail(errors)}");
        var tps = Tps().Match(output);
        if (!tps.Success) throw new BenchException($"pgbench printed no tps: {Tail(output + errors)}");
        return double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static string Tail(string text) => string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(5));

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();

    [GeneratedRegex(@"number of failed transactions: (\d+)")]
    private static partial Regex Failed();
}
