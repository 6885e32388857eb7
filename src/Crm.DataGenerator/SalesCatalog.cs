using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Crm.DataGenerator;

/// <summary>A stage of the pipeline the deals run through, as <c>sales.pipeline_stages</c> holds it.</summary>
internal sealed record SalesStage(Guid Id, string Name, int Position, decimal Probability, string Category);

/// <summary>A product with its unit price in each of <see cref="SalesCatalog.Currencies"/> (from the price lists).</summary>
internal sealed record SalesProduct(Guid Id, string Code, string Name, string Unit, decimal[] Prices)
{
    /// <summary>"CRM Standard licence (per user, year)" → "CRM Standard licence", for deal names.</summary>
    public string ShortName => Name.Split(" (")[0];
}

/// <summary>
/// What generated deals and orders need from Sales' set-up, made when missing (as an administrator would, the way the
/// demo data sets it up) and read back when present: the default pipeline and its stages, a catalogue priced in the
/// company currency (USD) and two others, and monthly exchange rates over the whole history. Anything already there
/// (the demo's pipeline, price lists or rates) is used as it is, so orders convert at the rates the database holds.
/// Small, so plain INSERTs; ids are seeded version 7 GUIDs of the set-up moment, a month before the history starts.
/// </summary>
internal sealed class SalesCatalog
{
    /// <summary>
    /// The company currency the generated orders freeze their values in. It must match the host's
    /// <c>Sales__CompanyCurrency</c>, whose default is USD (the generator has no access to the host's settings).
    /// </summary>
    public const string CompanyCurrency = "USD";

    /// <summary>Deal and order currencies; index 0 is the company currency.</summary>
    public static readonly string[] Currencies = [CompanyCurrency, "CNY", "EUR"];

    /// <summary>VAT on order lines per currency, in percent: none on US sales, China's 13 %, Germany's 19 %.</summary>
    public static readonly decimal[] TaxPercent = [0m, 13m, 19m];

    private static readonly string[] PriceListNames = ["Standard USD", "China CNY", "Europe EUR"];
    private static readonly decimal[] StartRates = [1m, 0.1390m, 1.0800m];

    private static readonly (string Name, decimal Probability, string Category)[] DefaultStages =
    [
        ("Prospecting", 10m, "Open"), ("Qualification", 20m, "Open"), ("Proposal", 50m, "Open"), ("Negotiation", 75m, "Open"),
        ("Closed Won", 100m, "Won"), ("Closed Lost", 0m, "Lost"),
    ];

    private static readonly (string Code, string Name, string Unit, decimal Price)[] Catalogue =
    [
        ("CRM-STD", "CRM Standard licence (per user, year)", "licence", 600m),
        ("CRM-PRO", "CRM Professional licence (per user, year)", "licence", 1_200m),
        ("CRM-ENT", "CRM Enterprise licence (per user, year)", "licence", 2_400m),
        ("SUP-PRM", "Premium support (year)", "year", 4_800m),
        ("ONB-PKG", "Onboarding package", "package", 3_500m),
        ("TRN-DAY", "On-site training day", "day", 1_500m),
        ("INT-API", "Integration connector", "piece", 2_000m),
        ("CNS-HR", "Consulting hour", "hour", 180m),
        ("DAT-MIG", "Data migration", "package", 5_000m),
        ("HW-SCN", "Barcode scanner", "piece", 250m),
    ];

    private readonly (DateOnly From, decimal Rate)[][] _rates;
    private readonly DateOnly _firstQuarter;

    private SalesCatalog(Guid pipelineId, IReadOnlyList<SalesStage> stages, IReadOnlyList<SalesProduct> products,
        (DateOnly, decimal)[][] rates, DateOnly firstQuarter)
    {
        PipelineId = pipelineId;
        Open = [.. stages.Where(s => s.Category == "Open").OrderBy(s => s.Position)];
        Won = stages.Where(s => s.Category == "Won").OrderBy(s => s.Position).First();
        Lost = stages.Where(s => s.Category == "Lost").OrderBy(s => s.Position).First();
        Products = products;
        _rates = rates;
        _firstQuarter = firstQuarter;
    }

    public Guid PipelineId { get; }
    public IReadOnlyList<SalesStage> Open { get; }
    public SalesStage Won { get; }
    public SalesStage Lost { get; }
    public IReadOnlyList<SalesProduct> Products { get; }

    /// <summary>Quarters from the one the history starts in to the one after the end (quotas are set ahead).</summary>
    public int Quarters { get; private init; }

    public int QuarterIndex(DateTimeOffset at) => (at.Year - _firstQuarter.Year) * 4 + (at.Month - 1) / 3 - (_firstQuarter.Month - 1) / 3;

    /// <summary>One unit of currency <paramref name="currency"/> in the company currency on <paramref name="day"/>: the latest rate from on or before it.</summary>
    public decimal RateOn(int currency, DateOnly day)
    {
        if (currency == 0) return 1m;
        var rates = _rates[currency];
        var rate = rates[0].Rate;
        foreach (var (from, r) in rates)
        {
            if (from > day) break;
            rate = r;
        }
        return rate;
    }

    public static async Task<SalesCatalog> EnsureAsync(NpgsqlConnection db, int seed, DateTimeOffset start, DateTimeOffset end, IReadOnlyList<Rep> reps)
    {
        var random = new SeedRandom(seed, stream: 7);
        var at = start.AddDays(-31);
        await using var tx = await db.BeginTransactionAsync();

        var pipelineId = await ScalarAsync<Guid?>(db, tx, "SELECT id FROM sales.pipelines WHERE is_default");
        if (pipelineId is null)
        {
            pipelineId = await ScalarAsync<Guid>(db, tx, """
                INSERT INTO sales.pipelines (id, name, is_default, is_active, created_at, updated_at) VALUES ($1, 'Standard sales', true, true, $2, $2)
                ON CONFLICT (name) DO UPDATE SET is_default = true RETURNING id
                """, random.Version7(at), at);
            if (await ScalarAsync<long>(db, tx, "SELECT count(*) FROM sales.pipeline_stages WHERE pipeline_id = $1", pipelineId.Value) == 0)
                for (var i = 0; i < DefaultStages.Length; i++)
                {
                    var (name, probability, category) = DefaultStages[i];
                    await ExecuteAsync(db, tx, "INSERT INTO sales.pipeline_stages (id, pipeline_id, name, position, probability, category) VALUES ($1, $2, $3, $4, $5, $6)",
                        random.Version7(at), pipelineId.Value, name, i + 1, probability, category);
                }
        }
        var stages = new List<SalesStage>();
        await using (var cmd = new NpgsqlCommand("SELECT id, name, position, probability, category FROM sales.pipeline_stages WHERE pipeline_id = $1 ORDER BY position", db, tx))
        {
            cmd.Parameters.Add(new() { Value = pipelineId.Value });
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                stages.Add(new SalesStage(reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.GetDecimal(3), reader.GetString(4)));
        }
        if (new[] { "Open", "Won", "Lost" }.Any(c => stages.All(s => s.Category != c)))
            throw new SeedException("the default pipeline needs at least one open, one won and one lost stage; fix it in Sales setup or use a fresh database");

        // Products by code, price lists by name, prices per (list, product): whatever exists wins.
        foreach (var (code, name, unit, _) in Catalogue)
            await ExecuteAsync(db, tx, """
                INSERT INTO sales.products (id, code, name, description, unit, is_active, created_at, updated_at) VALUES ($1, $2, $3, NULL, $4, true, $5, $5)
                ON CONFLICT (code) DO NOTHING
                """, random.Version7(at), code, name, unit, at);
        var lists = new Guid[Currencies.Length];
        for (var c = 0; c < Currencies.Length; c++)
        {
            await ExecuteAsync(db, tx, """
                INSERT INTO sales.price_lists (id, name, currency, valid_from, valid_to, is_default, created_at, updated_at)
                VALUES ($1, $2, $3, NULL, NULL, $4 AND NOT EXISTS (SELECT 1 FROM sales.price_lists WHERE is_default), $5, $5)
                ON CONFLICT (name) DO NOTHING
                """, random.Version7(at), PriceListNames[c], Currencies[c], c == 0, at);
            await using var cmd = new NpgsqlCommand("SELECT id, currency FROM sales.price_lists WHERE name = $1", db, tx);
            cmd.Parameters.Add(new() { Value = PriceListNames[c] });
            await using var reader = await cmd.ExecuteReaderAsync();
            await reader.ReadAsync();
            if (reader.GetString(1) != Currencies[c])
                throw new SeedException($"price list '{PriceListNames[c]}' exists in {reader.GetString(1)}, not {Currencies[c]}; rename it or use a fresh database");
            lists[c] = reader.GetGuid(0);
        }
        var products = new List<SalesProduct>();
        foreach (var (code, _, _, price) in Catalogue)
        {
            Guid id;
            string name, unit;
            await using (var cmd = new NpgsqlCommand("SELECT id, name, unit FROM sales.products WHERE code = $1", db, tx))
            {
                cmd.Parameters.Add(new() { Value = code });
                await using var reader = await cmd.ExecuteReaderAsync();
                await reader.ReadAsync();
                (id, name, unit) = (reader.GetGuid(0), reader.GetString(1), reader.GetString(2));
            }
            var prices = new decimal[Currencies.Length];
            for (var c = 0; c < Currencies.Length; c++)
            {
                // Local lists are priced in round units of their currency at the rates when the history starts.
                await ExecuteAsync(db, tx, """
                    INSERT INTO sales.price_list_items (id, price_list_id, product_id, unit_price) VALUES ($1, $2, $3, $4)
                    ON CONFLICT (price_list_id, product_id) DO NOTHING
                    """, random.Version7(at), lists[c], id, Math.Round(price / StartRates[c], 0, MidpointRounding.AwayFromZero));
                prices[c] = await ScalarAsync<decimal>(db, tx, "SELECT unit_price FROM sales.price_list_items WHERE price_list_id = $1 AND product_id = $2", lists[c], id);
            }
            products.Add(new SalesProduct(id, code, name, unit, prices));
        }

        // Monthly rates from the month before the history to the end, drifting by up to 1 % a month.
        for (var c = 1; c < Currencies.Length; c++)
        {
            var rate = StartRates[c];
            for (var month = new DateOnly(at.Year, at.Month, 1); month <= DateOnly.FromDateTime(end.UtcDateTime); month = month.AddMonths(1))
            {
                await ExecuteAsync(db, tx, """
                    INSERT INTO sales.exchange_rates (id, currency, rate, valid_from, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)
                    ON CONFLICT (currency, valid_from) DO NOTHING
                    """, random.Version7(at), Currencies[c], Math.Round(rate, 6, MidpointRounding.AwayFromZero), month, at);
                rate *= 1m + (decimal)(random.NextDouble() - 0.5) * 0.02m;
            }
        }
        var rates = new (DateOnly, decimal)[Currencies.Length][];
        for (var c = 1; c < Currencies.Length; c++)
        {
            var rows = new List<(DateOnly, decimal)>();
            await using var cmd = new NpgsqlCommand("SELECT valid_from, rate FROM sales.exchange_rates WHERE currency = $1 ORDER BY valid_from", db, tx);
            cmd.Parameters.Add(new() { Value = Currencies[c] });
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows.Add((reader.GetFieldValue<DateOnly>(0), reader.GetDecimal(1)));
            rates[c] = [.. rows];
        }
        await tx.CommitAsync();

        Console.Error.WriteLine($"  sales set-up: pipeline of {stages.Count} stages, {products.Count} products in {Currencies.Length} price lists, " +
            $"rates {string.Join(", ", Currencies.Skip(1).Select((c, i) => $"{c} ×{rates[i + 1].Length}"))}");
        var first = new DateOnly(start.Year, (start.Month - 1) / 3 * 3 + 1, 1);
        var lastQuarter = new DateOnly(end.Year, (end.Month - 1) / 3 * 3 + 1, 1).AddMonths(3);
        return new SalesCatalog(pipelineId.Value, stages, products, rates, first)
        {
            Quarters = (lastQuarter.Year - first.Year) * 4 + (lastQuarter.Month - first.Month) / 3 + 1,
            Reps = reps,
            Seed = seed,
        };
    }

    private IReadOnlyList<Rep> Reps { get; init; } = [];
    private int Seed { get; init; }

    /// <summary>
    /// Quarterly quotas, as a manager sets them, for each rep and team over the history and the next quarter (when none
    /// is set yet): near what each actually closed then (70–130 %, so attainment varies), the quarters ahead at the
    /// last full quarter's level. <paramref name="won"/> is closed won in the company currency per rep and quarter.
    /// </summary>
    public async Task SetQuotasAsync(NpgsqlConnection db, decimal[,] won)
    {
        var random = new SeedRandom(Seed, stream: 11);
        var quarters = Quarters;
        var amounts = new decimal[Reps.Count, quarters];
        for (var r = 0; r < Reps.Count; r++)
        {
            for (var q = 0; q < quarters - 2; q++)
                amounts[r, q] = Math.Max(5_000m, Math.Round(won[r, q] * (0.7m + (decimal)random.NextDouble() * 0.6m) / 1_000m, 0) * 1_000m);
            for (var q = Math.Max(0, quarters - 2); q < quarters; q++)
                amounts[r, q] = q > 0 ? amounts[r, Math.Max(0, quarters - 3)] : 5_000m;
        }
        await using var tx = await db.BeginTransactionAsync();
        var rows = 0;
        for (var q = 0; q < quarters; q++)
        {
            // Set a week before the quarter starts.
            var period = _firstQuarter.AddMonths(3 * q);
            var at = new DateTimeOffset(period.AddDays(-7).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var teams = new Dictionary<Guid, decimal>();
            for (var r = 0; r < Reps.Count; r++)
            {
                rows += await QuotaAsync(db, tx, random.Version7(at), Reps[r].Id, null, period, amounts[r, q], at);
                if (Reps[r].TeamId is { } team) teams[team] = teams.GetValueOrDefault(team) + amounts[r, q];
            }
            foreach (var (team, amount) in teams.OrderBy(t => t.Key)) rows += await QuotaAsync(db, tx, random.Version7(at), null, team, period, amount, at);
        }
        await tx.CommitAsync();
        Console.Error.WriteLine($"  quotas             {rows,12:N0} rows (quarterly, per rep and team)");
    }

    private static async Task<int> QuotaAsync(NpgsqlConnection db, NpgsqlTransaction tx, Guid id, Guid? user, Guid? team, DateOnly period,
        decimal amount, DateTimeOffset at)
    {
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO sales.quotas (id, user_id, team_id, period_kind, period_start, amount, created_at, updated_at)
            VALUES ($1, $2, $3, 'Quarter', $4, $5, $6, $6)
            ON CONFLICT (user_id, team_id, period_kind, period_start) DO NOTHING
            """, db, tx);
        cmd.Parameters.Add(new() { Value = id });
        cmd.Parameters.Add(new() { Value = (object?)user ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        cmd.Parameters.Add(new() { Value = (object?)team ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        cmd.Parameters.Add(new() { Value = period });
        cmd.Parameters.Add(new() { Value = amount });
        cmd.Parameters.Add(new() { Value = at });
        return await cmd.ExecuteNonQueryAsync();
    }

    public static string Money(decimal amount, string currency) => $"{amount.ToString("N2", CultureInfo.InvariantCulture)} {currency}";

    private static async Task<int> ExecuteAsync(NpgsqlConnection db, NpgsqlTransaction tx, string sql, params object[] parameters)
    {
        await using var cmd = new NpgsqlCommand(sql, db, tx);
        foreach (var p in parameters) cmd.Parameters.Add(new NpgsqlParameter { Value = p });
        return await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection db, NpgsqlTransaction tx, string sql, params object[] parameters)
    {
        await using var cmd = new NpgsqlCommand(sql, db, tx);
        foreach (var p in parameters) cmd.Parameters.Add(new NpgsqlParameter { Value = p });
        return await cmd.ExecuteScalarAsync() is T value ? value : default!;
    }
}
