using System.Globalization;
using Crm.DataGenerator;

namespace Crm.Benchmarks;

/// <summary>
/// <c>seed</c>: parses the options (see Program.cs) and runs the generator. <c>--parts sales</c> adds the Sales share to
/// a database that already holds this seed's Customers share (same --seed, --scale and --as-of as that first run).
/// </summary>
internal static class SeedCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        int? scale = null;
        var seed = 1;
        var connection = Environment.GetEnvironmentVariable("ConnectionStrings__Crm");
        var asOf = DateOnly.FromDateTime(DateTime.UtcNow);
        var password = Environment.GetEnvironmentVariable("Bootstrap__AdminPassword") is { Length: > 0 } p ? p : "bench-Passw0rd";
        var parts = SeedParts.All;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--scale" when int.TryParse(value, out var n) && n > 0: scale = n; i++; break;
                case "--seed" when int.TryParse(value, out var s): seed = s; i++; break;
                case "--connection" when value is not null: connection = value; i++; break;
                case "--as-of" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d): asOf = d; i++; break;
                case "--password" when value is { Length: > 0 }: password = value; i++; break;
                case "--parts" when TryParseParts(value, out var wanted): parts = wanted; i++; break;
                default:
                    Console.Error.WriteLine($"seed: unknown or invalid argument '{args[i]}' (see usage)");
                    return 2;
            }
        }
        if (scale is null) { Console.Error.WriteLine("seed: --scale N is required"); return 2; }
        if (string.IsNullOrWhiteSpace(connection))
        {
            Console.Error.WriteLine("seed: no database — pass --connection or set ConnectionStrings__Crm");
            return 2;
        }

        var end = new DateTimeOffset(asOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        try
        {
            return await new Seeder(new SeedOptions(scale.Value, seed, connection, end, password, parts)).RunAsync();
        }
        catch (SeedException e)
        {
            Console.Error.WriteLine($"seed: {e.Message}");
            return 1;
        }
    }

    /// <summary>"customers", "sales" or both, comma-separated.</summary>
    private static bool TryParseParts(string? value, out SeedParts parts)
    {
        parts = 0;
        foreach (var part in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<SeedParts>(part, ignoreCase: true, out var p) || p is not (SeedParts.Customers or SeedParts.Sales)) return false;
            parts |= p;
        }
        return parts != 0;
    }
}
