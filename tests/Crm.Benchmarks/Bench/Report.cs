using System.Globalization;
using System.Text;

namespace Crm.Benchmarks.Bench;

internal sealed record BenchResult(
    string Date,
    int Scale,
    string Commit,
    MachineInfo Machine,
    BenchSettings Settings,
    ApiMemory Api,
    IReadOnlyList<ScenarioResult> Scenarios,
    SoakResult? Soak = null);

/// <summary>The memory check (<c>--soak</c>): a mixed read load, the API's RSS every 10 s, and whether it stayed flat.</summary>
internal sealed record SoakResult(double Seconds, double ApiRps, double P99Ms, long Errors, double RssAfterMinuteMb, double RssEndMb,
    double RssMaxMb, bool Flat, IReadOnlyList<double> RssMb);

internal sealed record MachineInfo(int Nproc, double MemoryGb, string? Cpu, string Os);

internal sealed record BenchSettings(int Connections, double WarmupSeconds, double DurationSeconds, int Samples, string Postgres);

/// <summary>The API process's resident set: after the first warm-up, at the end, and the highest seen in between.</summary>
internal sealed record ApiMemory(double? RssStartMb, double? RssEndMb, double? RssMaxMb, double RunSeconds);

internal sealed record ScenarioResult(
    string Name,
    string Kind,
    string Description,
    double ApiRps,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double? PgbenchTps,
    double? Ratio,
    long Requests,
    long Errors,
    int Samples,
    double? RssMb);

/// <summary>The results table, and how each row compares with the issue's targets.</summary>
internal static class Report
{
    /// <summary>The target a row is held to, or null when none applies (as text for the table).</summary>
    public static string Target(ScenarioResult r)
    {
        if (r.Kind == "write") return r.ApiRps >= 2000 ? "ok (≥ 2,000/s)" : "MISS (< 2,000/s)";
        var p99Limit = r.Name == "contact-by-id" ? 25 : 50;
        var misses = new List<string>();
        if (r.Ratio is < 0.6) misses.Add("ratio < 0.6");
        if (r.P99Ms > p99Limit) misses.Add($"p99 > {p99Limit} ms");
        return misses.Count == 0 ? $"ok (≥ 0.6, p99 ≤ {p99Limit} ms)" : "MISS (" + string.Join(", ", misses) + ")";
    }

    public static string Markdown(BenchResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.Append(inv, $"# Benchmark: scale {result.Scale:N0} ({result.Scale:N0} accounts, {5L * result.Scale:N0} contacts, {20L * result.Scale:N0} interactions, " +
            $"{3L * result.Scale:N0} opportunities, {5L * result.Scale:N0} orders)\n\n");
        md.Append(inv, $"{result.Date}, commit {result.Commit}; {result.Machine.Nproc} CPUs ({result.Machine.Cpu}), {result.Machine.MemoryGb:0.#} GB; ");
        md.Append(inv, $"PostgreSQL {result.Settings.Postgres}; {result.Settings.Connections} connections, warm-up {result.Settings.WarmupSeconds:0} s, ");
        md.Append(inv, $"{result.Settings.DurationSeconds:0} s per measurement, {result.Settings.Samples} samples per read scenario.\n\n");
        md.Append("| scenario | kind | API req/s | p50 ms | p95 ms | p99 ms | pgbench tps | API/pgbench | target |\n");
        md.Append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
        foreach (var r in result.Scenarios)
            md.Append(inv, $"| {r.Name} | {r.Kind} | {r.ApiRps:N1} | {r.P50Ms:0.00} | {r.P95Ms:0.00} | {r.P99Ms:0.00} | " +
                $"{(r.PgbenchTps is { } t ? t.ToString("N1", inv) : "–")} | {(r.Ratio is { } x ? x.ToString("0.00", inv) : "–")} | {Target(r)} |\n");
        md.Append(inv, $"\nAPI process RSS: {Mb(result.Api.RssStartMb)} after the first warm-up, {Mb(result.Api.RssEndMb)} at the end ");
        md.Append(inv, $"(highest {Mb(result.Api.RssMaxMb)}) over a {result.Api.RunSeconds:0} s run.\n");
        if (result.Soak is { } soak)
        {
            var readings = string.Join(", ", soak.RssMb.Select(v => v.ToString("0", inv)));
            md.Append(inv, $"\nMemory over a {soak.Seconds / 60:0.#}-minute mixed read load ({soak.ApiRps:N1} req/s, p99 {soak.P99Ms:0.00} ms, ");
            md.Append(inv, $"{soak.Errors} errors): RSS {soak.RssAfterMinuteMb:0} MB after a minute, {soak.RssEndMb:0} MB at the end, highest ");
            md.Append(inv, $"{soak.RssMaxMb:0} MB — {(soak.Flat ? "flat (target met)" : "GROWING (MISS)")}. Readings every 10 s: {readings}.\n");
        }
        return md.ToString();

        static string Mb(double? mb) => mb is { } v ? v.ToString("0", CultureInfo.InvariantCulture) + " MB" : "n/a";
    }
}
