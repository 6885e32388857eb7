using System.Diagnostics;
using System.Net.Http.Json;

namespace Crm.Benchmarks.Bench;

/// <summary>What one load run measured: requests per second over the measured window, latency percentiles, failures.</summary>
internal sealed record LoadResult(long Requests, double Seconds, double Rps, double P50Ms, double P95Ms, double P99Ms, long Errors, string? FirstError);

/// <summary>
/// A closed-loop HTTP load generator over loopback: <c>connections</c> workers, each with its own keep-alive connection,
/// send the next request as soon as the previous answer is read. A warm-up runs first and is not counted; the run then
/// stops by itself after the measured duration. Latencies are kept per request and sorted for the percentiles.
/// </summary>
internal static class LoadRunner
{
    private static readonly TimeSpan GraceLimit = TimeSpan.FromSeconds(30);

    public static async Task<LoadResult> RunAsync(HttpClient client, Func<long, BenchRequest> next, int expectedStatus,
        int connections, TimeSpan warmup, TimeSpan duration, CancellationToken ct)
    {
        long counter = 0;
        var clock = Stopwatch.StartNew();
        var measureFrom = warmup;
        var stopAt = warmup + duration;
        var latencies = new List<double>[connections];
        var errors = new long[connections];
        string? firstError = null;

        async Task Worker(int w)
        {
            var mine = latencies[w] = new List<double>(capacity: 1 << 16);
            while (!ct.IsCancellationRequested)
            {
                var started = clock.Elapsed;
                // Past the end, a worker stops once it has measured a request: a slow first request (JIT, cold caches)
                // that straddles the warm-up must not leave a short run with nothing measured. Bounded all the same.
                if (started >= stopAt && (mine.Count > 0 || errors[w] > 0 || started >= stopAt + GraceLimit)) break;
                var request = next(Interlocked.Increment(ref counter));
                using var message = new HttpRequestMessage(request.Method, request.Path);
                if (request.Body is not null) message.Content = JsonContent.Create(request.Body, options: BenchJson.Options);
                var ok = false;
                string? error = null;
                try
                {
                    using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct);
                    await response.Content.CopyToAsync(Stream.Null, ct);
                    ok = (int)response.StatusCode == expectedStatus;
                    if (!ok) error = $"{request.Method} {request.Path} answered {(int)response.StatusCode}";
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
                {
                    error = $"{request.Method} {request.Path}: {e.Message}";
                }
                var ended = clock.Elapsed;
                if (started < measureFrom) continue;
                if (ok) mine.Add((ended - started).TotalMilliseconds);
                else
                {
                    errors[w]++;
                    Interlocked.CompareExchange(ref firstError, error, null);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, connections).Select(w => Task.Run(() => Worker(w), ct)));
        var seconds = Math.Max(0.001, (clock.Elapsed - measureFrom).TotalSeconds);
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new LoadResult(all.Length, seconds, all.Length / seconds,
            Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), errors.Sum(), firstError);
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
