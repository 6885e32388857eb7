using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Crm.Benchmarks.Bench;

internal sealed record BenchOptions(
    Uri Url,
    string ConnectionString,
    string Email,
    string Password,
    int? Scale,
    int Connections,
    TimeSpan Warmup,
    TimeSpan Duration,
    int Samples,
    IReadOnlyList<Scenario> Scenarios,
    string PgBench,
    int? ApiPid,
    string? OutDir,
    string Commit,
    TimeSpan Soak);

/// <summary>A reason to stop the benchmark that the user can act on; printed without a stack trace.</summary>
internal sealed class BenchException(string message) : Exception(message);

/// <summary>
/// <c>bench</c>: drives a running API with each scenario, then runs the same SQL with pgbench for the ceiling, and
/// prints and writes one table (<c>results/&lt;date&gt;-scale&lt;N&gt;.json</c> and <c>.md</c>). <c>./build.sh bench</c>
/// starts the database and the API and calls this.
/// </summary>
internal static class BenchCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        BenchOptions options;
        try { options = Parse(args); }
        catch (BenchException e) { Console.Error.WriteLine($"bench: {e.Message}"); return 2; }

        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
        try
        {
            return await RunAsync(options, cts.Token);
        }
        catch (BenchException e)
        {
            Console.Error.WriteLine($"bench: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> RunAsync(BenchOptions o, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        await using var db = new NpgsqlDataSourceBuilder(o.ConnectionString).Build();
        var scale = o.Scale ?? (int)(await Scenarios.QueryAsync(db, "SELECT count(*) FROM customers.accounts", r => r.GetInt64(0), ct))[0];
        var postgres = (await Scenarios.QueryAsync(db, "SHOW server_version", r => r.GetString(0), ct))[0];

        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = o.Connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        }) { BaseAddress = o.Url, Timeout = TimeSpan.FromSeconds(30) };
        await SignInAsync(http, o, ct);
        Console.Error.WriteLine($"bench: scale {scale:N0}, {o.Connections} connections, warm-up {o.Warmup.TotalSeconds:0} s, " +
            $"{o.Duration.TotalSeconds:0} s per measurement, {o.Samples} samples, PostgreSQL {postgres}");

        foreach (var scenario in o.Scenarios)
            if (await scenario.CleanUpAsync(db, ct) is > 0 and var left)
                Console.Error.WriteLine($"bench: removed {left:N0} rows an earlier {scenario.Name} run left behind");

        using var memory = new RssSampler(o.ApiPid);
        var rows = new List<ScenarioResult>();
        var reads = new List<BenchRequest>();
        double? rssStart = null;
        foreach (var scenario in o.Scenarios)
        {
            var started = Stopwatch.StartNew();
            Console.Error.Write($"  {scenario.Name,-26} ");
            IReadOnlyList<BenchRequest> samples = [];
            Func<long, BenchRequest> next;
            if (scenario.Kind == ScenarioKind.Read)
            {
                samples = await scenario.SampleAsync(db, o.Samples, ct);
                if (samples.Count == 0) throw new BenchException($"{scenario.Name}: the data yields no samples (is the database seeded?)");
                reads.AddRange(samples);
                var random = new Random(7);
                next = _ => samples[random.Next(samples.Count)];
                var locked = next;
                next = n => { lock (random) return locked(n); };
            }
            else
            {
                await scenario.PrepareAsync(db, ct);
                next = scenario.Next;
            }

            // Warm-up (JIT, pools, caches) and the first RSS reading once the host is warm.
            var api = await LoadRunner.RunAsync(http, next, scenario.ExpectedStatus, o.Connections, o.Warmup, o.Duration, ct);
            rssStart ??= memory.StartMb;
            double? tps = null;
            if (scenario.Kind == ScenarioKind.Read)
            {
                var statements = ApiSql.Load(scenario.Name);
                tps = await PgBench.RunAsync(o.PgBench, o.ConnectionString, statements, samples, o.Connections,
                    TimeSpan.FromSeconds(Math.Min(o.Warmup.TotalSeconds, 3)), o.Duration,
                    Path.Combine(Path.GetTempPath(), $"crm-bench-{Environment.ProcessId}", scenario.Name), ct);
            }
            var row = new ScenarioResult(scenario.Name, scenario.Kind == ScenarioKind.Read ? "read" : "write", scenario.Description,
                Round(api.Rps, 1), Round(api.P50Ms, 2), Round(api.P95Ms, 2), Round(api.P99Ms, 2),
                tps is null ? null : Round(tps.Value, 1), tps is > 0 ? Round(api.Rps / tps.Value, 3) : null,
                api.Requests, api.Errors, samples.Count, memory.CurrentMb);
            rows.Add(row);
            if (scenario.Kind == ScenarioKind.Write) await scenario.CleanUpAsync(db, ct);
            Console.Error.WriteLine($"{row.ApiRps,9:N1} req/s  p99 {row.P99Ms,7:N2} ms" +
                (tps is null ? "" : $"  pgbench {row.PgbenchTps,9:N1} tps  ratio {row.Ratio:0.00}") +
                (api.Errors > 0 ? $"  {api.Errors} ERRORS (first: {api.FirstError})" : "") + $"  [{started.Elapsed.TotalSeconds:0} s]");
        }

        var soak = o.Soak > TimeSpan.Zero && reads.Count > 0 ? await SoakAsync(http, o, reads, ct) : null;

        var result = new BenchResult(
            DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), scale, o.Commit,
            Machine.Describe(),
            new BenchSettings(o.Connections, o.Warmup.TotalSeconds, o.Duration.TotalSeconds, o.Samples, postgres),
            new ApiMemory(rssStart, memory.CurrentMb, memory.MaxMb, Round(total.Elapsed.TotalSeconds, 0)),
            rows, soak);
        var table = Report.Markdown(result);
        Console.WriteLine();
        Console.WriteLine(table);
        if (o.OutDir is not null)
        {
            Directory.CreateDirectory(o.OutDir);
            var stem = Path.Combine(o.OutDir, $"{DateTime.UtcNow:yyyy-MM-dd}-scale{scale}");
            await File.WriteAllTextAsync(stem + ".json", JsonSerializer.Serialize(result, BenchJson.Options) + "\n", ct);
            await File.WriteAllTextAsync(stem + ".md", table, ct);
            Console.Error.WriteLine($"bench: wrote {stem}.json and .md");
        }

        var failed = rows.Where(r => r.Errors > 0 || r.Requests == 0).ToList();
        if (failed.Count > 0)
        {
            Console.Error.WriteLine($"bench: {string.Join(", ", failed.Select(f => f.Name))} had failed requests or none at all");
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// The memory check: every read scenario's samples at once, in random order, for <see cref="BenchOptions.Soak"/>,
    /// with the API's RSS read every <see cref="SoakStep"/>. Flat means the last reading is within 10 % of the one a
    /// minute in (after the warm-up of the mix): a leak grows with the requests served; a cache or a pool levels off.
    /// </summary>
    private static async Task<SoakResult> SoakAsync(HttpClient http, BenchOptions o, List<BenchRequest> reads, CancellationToken ct)
    {
        Console.Error.Write($"  {"soak (all reads, mixed)",-26} ");
        var random = new Random(11);
        var readings = new List<double>();
        using var rss = new RssSampler(o.ApiPid);
        using var timer = new PeriodicTimer(SoakStep);
        var sampling = Task.Run(async () =>
        {
            while (await timer.WaitForNextTickAsync(ct)) if (rss.CurrentMb is { } mb) lock (readings) readings.Add(mb);
        }, ct);
        var load = await LoadRunner.RunAsync(http, _ => { lock (random) return reads[random.Next(reads.Count)]; }, 200, o.Connections,
            TimeSpan.Zero, o.Soak, ct);
        timer.Dispose();
        try { await sampling; } catch (OperationCanceledException) { }
        double[] series;
        lock (readings) series = [.. readings];
        var afterMinute = series.Length > 6 ? series[6] : series.FirstOrDefault();
        var end = series.LastOrDefault();
        var flat = afterMinute > 0 && end <= afterMinute * 1.10;
        Console.Error.WriteLine($"{load.Rps,9:N1} req/s  p99 {load.P99Ms,7:N2} ms  RSS {afterMinute:0} MB at 1 min → {end:0} MB at the end " +
            $"({(flat ? "flat" : "GROWING")})");
        return new SoakResult(Round(o.Soak.TotalSeconds, 0), Round(load.Rps, 1), Round(load.P99Ms, 2), load.Errors, afterMinute, end,
            series.DefaultIfEmpty().Max(), flat, series);
    }

    private static readonly TimeSpan SoakStep = TimeSpan.FromSeconds(10);

    private static double Round(double value, int digits) => double.IsFinite(value) ? Math.Round(value, digits) : 0;

    private static async Task SignInAsync(HttpClient http, BenchOptions o, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/platform/auth/login", new { email = o.Email, password = o.Password }, ct);
        if (!response.IsSuccessStatusCode)
            throw new BenchException($"signing in as {o.Email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        var session = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("accessToken").GetString());
    }

    private static BenchOptions Parse(string[] args)
    {
        string? url = null;
        var connection = Environment.GetEnvironmentVariable("ConnectionStrings__Crm");
        var email = "admin@crm.local";
        var password = Environment.GetEnvironmentVariable("Bootstrap__AdminPassword");
        int? scale = null, pid = null;
        var connections = 4;
        double warmup = 5, duration = 20;
        var samples = PgBench.MaxScripts;
        IReadOnlyList<Scenario> scenarios = Scenarios.All;
        var pgbench = "pgbench";
        string? outDir = null;
        var commit = "unknown";
        double soak = 0;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            var inv = CultureInfo.InvariantCulture;
            switch (args[i])
            {
                case "--url" when value is not null: url = value; i++; break;
                case "--connection" when value is not null: connection = value; i++; break;
                case "--email" when value is not null: email = value; i++; break;
                case "--password" when value is not null: password = value; i++; break;
                case "--scale" when int.TryParse(value, out var n): scale = n; i++; break;
                case "--connections" when int.TryParse(value, out var c) && c > 0: connections = c; i++; break;
                case "--warmup" when double.TryParse(value, NumberStyles.Float, inv, out var w) && w >= 0: warmup = w; i++; break;
                case "--duration" when double.TryParse(value, NumberStyles.Float, inv, out var d) && d > 0: duration = d; i++; break;
                case "--samples" when int.TryParse(value, out var s) && s is > 0 and <= PgBench.MaxScripts: samples = s; i++; break;
                case "--scenarios" when value is not null:
                    scenarios = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(name => Scenarios.Find(name) ?? throw new BenchException(
                            $"no scenario '{name}' (known: {string.Join(", ", Scenarios.All.Select(x => x.Name))})"))];
                    i++;
                    break;
                case "--pgbench" when value is not null: pgbench = value; i++; break;
                case "--api-pid" when int.TryParse(value, out var p): pid = p; i++; break;
                case "--out" when value is not null: outDir = value; i++; break;
                case "--commit" when value is not null: commit = value; i++; break;
                case "--soak" when double.TryParse(value, NumberStyles.Float, inv, out var k) && k >= 0: soak = k; i++; break;
                default: throw new BenchException($"unknown or invalid argument '{args[i]}' (see usage)");
            }
        }
        if (url is null) throw new BenchException("--url of the running API is required");
        if (string.IsNullOrWhiteSpace(connection)) throw new BenchException("no database: pass --connection or set ConnectionStrings__Crm");
        if (string.IsNullOrEmpty(password)) throw new BenchException("no password: pass --password or set Bootstrap__AdminPassword");
        return new BenchOptions(new Uri(url), connection, email, password, scale, connections, TimeSpan.FromSeconds(warmup),
            TimeSpan.FromSeconds(duration), samples, scenarios, pgbench, pid, outDir, commit, TimeSpan.FromSeconds(soak));
    }
}

/// <summary>The API process's resident memory (from /proc), read once a second: first, current and highest.</summary>
internal sealed class RssSampler : IDisposable
{
    private readonly int? _pid;
    private readonly Timer? _timer;

    public RssSampler(int? pid)
    {
        _pid = pid;
        StartMb = Read();
        MaxMb = StartMb;
        if (pid is not null) _timer = new Timer(_ => { var now = Read(); if (now > MaxMb) MaxMb = now; }, null, 1000, 1000);
    }

    public double? StartMb { get; }
    public double? MaxMb { get; private set; }
    public double? CurrentMb => Read();

    private double? Read()
    {
        if (_pid is null) return null;
        try
        {
            var line = File.ReadLines($"/proc/{_pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : Math.Round(long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0, 1);
        }
        catch (IOException) { return null; }
    }

    public void Dispose() => _timer?.Dispose();
}

internal static class Machine
{
    public static MachineInfo Describe()
    {
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").Where(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
                .Select(l => Math.Round(long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0 / 1024.0, 1))
                .FirstOrDefault()
            : 0;
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return new MachineInfo(Environment.ProcessorCount, memory, cpu, Environment.OSVersion.VersionString);
    }
}
