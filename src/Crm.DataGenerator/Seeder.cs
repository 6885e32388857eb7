using System.Diagnostics;
using Npgsql;

namespace Crm.DataGenerator;

/// <summary>
/// Fills a migrated database with a book of business at scale N: N accounts, 5N contacts (60 % at an account,
/// power-law account sizes), 20N interactions (power-law activity per contact), N tasks (done, open, overdue,
/// due today) and the timeline entries they imply, owned by sales users in their teams, created over three years
/// up to <see cref="SeedOptions.End"/>; then the Sales share (Seeder.Sales.cs): 3N opportunities with lines and
/// stage history, 5N orders with lines, and Customers' timeline lines and purchase facts for them. Rows are generated
/// while they are written through binary COPY, one transaction per table (timeline lines alongside their source, see
/// <see cref="CopyPairAsync"/>), interactions day by day in time order. Only the ids, creation times, owners and
/// account links of accounts and contacts are kept in memory (about 30 bytes a contact), for the rows that point at
/// them. Same seed, scale and end day: same rows.
/// </summary>
public sealed partial class Seeder(SeedOptions options)
{
    private static readonly TimeSpan History = TimeSpan.FromDays(3 * 365);

    private readonly DateTimeOffset _end = options.End;
    private readonly DateTimeOffset _start = options.End - History;
    private IReadOnlyList<Rep> _reps = [];
    private Cores _accounts = null!;
    private ContactCores _contacts = null!;

    public async Task<int> RunAsync()
    {
        var total = Stopwatch.StartNew();
        var n = options.Scale;
        await using var db = await OpenAsync();
        await CheckSchemaAsync(db, options.Parts);
        _reps = [.. (await Staff.EnsureAsync(db, options)).Take(byte.MaxValue + 1)];   // owners are kept as bytes

        // The cores are derived from the seed alone, so they are planned whether or not the Customers rows are written:
        // a later run can add the Sales share to a database that already holds this seed's Customers share.
        _accounts = PlanAccounts(n);
        _contacts = PlanContacts(5 * n);
        var (customers, sales) = await DecidePartsAsync(db);
        Console.Error.WriteLine($"seed: scale {n:N0} (seed {options.Seed}, data up to {_end:yyyy-MM-dd}): " + string.Join(" + ", new[]
        {
            customers ? $"{n:N0} accounts, {5L * n:N0} contacts, {20L * n:N0} interactions, {n:N0} tasks + timeline" : null,
            sales ? $"{3L * n:N0} opportunities + stage history, {5L * n:N0} orders + lines, their timeline and purchases" : null,
        }.Where(p => p is not null)));
        Console.Error.WriteLine($"  owners: {_reps.Count} sales users in {_reps.Select(r => r.TeamId).Distinct().Count()} teams");

        var written = new List<string>();
        await using var second = await OpenAsync();
        if (customers)
        {
            await LoadAccountsAsync(db);
            await LoadContactsAsync(db);
            await LoadInteractionsAsync(db, second);
            await LoadTasksAsync(db, second);
            written.AddRange(["customers.accounts", "customers.contacts", "customers.interactions", "customers.tasks", "customers.timeline_entries"]);
        }
        if (sales)
        {
            await using var third = await OpenAsync();
            var catalog = await SalesCatalog.EnsureAsync(db, options.Seed, _start, _end, _reps);
            _byAccount = ContactsByAccount();
            var won = await LoadOpportunitiesAsync(catalog, [db, second, third]);
            await LoadOrdersAsync(catalog, won, [db, second, third]);
            await catalog.SetQuotasAsync(db, _won);
            written.AddRange(["sales.pipelines", "sales.pipeline_stages", "sales.products", "sales.price_lists", "sales.price_list_items",
                "sales.exchange_rates", "sales.quotas", "sales.opportunities", "sales.opportunity_lines", "sales.opportunity_stage_changes",
                "sales.orders", "sales.order_lines", "customers.purchases"]);
            if (!customers) written.Add("customers.timeline_entries");
        }

        var vacuum = Stopwatch.StartNew();
        if (!Console.IsErrorRedirected) Console.Error.Write("  vacuum + analyze …");
        foreach (var table in written)
        {
            // VACUUM also sets the visibility map (index-only scans) and flushes the GIN pending lists.
            await using var cmd = new NpgsqlCommand($"VACUUM (ANALYZE) {table}", db);
            await cmd.ExecuteNonQueryAsync();
        }
        Console.Error.WriteLine($"{(Console.IsErrorRedirected ? "" : "\r")}  vacuum + analyze   {vacuum.Elapsed.TotalSeconds,7:N1} s" + new string(' ', 20));
        Console.Error.WriteLine($"seed: done in {total.Elapsed.TotalSeconds:N1} s");
        return 0;
    }

    /// <summary>
    /// Which shares to write, from what is asked and what this seed already left in the database: its first account
    /// (Customers) and its first opportunity (Sales) are looked up by id. Customers already there is skipped when Sales
    /// is asked for too (the cores are re-planned, not re-read); a share asked for alone that is already there, or Sales
    /// without this seed's Customers share, is refused.
    /// </summary>
    private async Task<(bool Customers, bool Sales)> DecidePartsAsync(NpgsqlConnection db)
    {
        var parts = options.Parts;
        var customersThere = await ExistsAsync(db, "customers.accounts", _accounts.Id[0]);
        var salesThere = parts.HasFlag(SeedParts.Sales) && await ExistsAsync(db, "sales.opportunities", FirstOpportunityId());
        if (customersThere && (parts == SeedParts.Customers || salesThere || !parts.HasFlag(SeedParts.Sales)))
            throw new SeedException($"this database already holds the data of seed {options.Seed} at this scale and day" +
                (salesThere ? ", Sales share included" : "") + "; use a fresh database or another --seed");
        if (parts.HasFlag(SeedParts.Sales) && !parts.HasFlag(SeedParts.Customers) && !customersThere)
            throw new SeedException($"the Sales share needs this seed's Customers share, which is not in this database " +
                $"(seed {options.Seed}, scale {options.Scale:N0}, data up to {_end:yyyy-MM-dd}){await AsOfHintAsync(db)}; " +
                "or seed both: --parts customers,sales");
        if (customersThere)
        {
            await CheckOwnersAsync(db);
            Console.Error.WriteLine("  the Customers share of this seed is already here: re-planned, not written; adding the Sales share");
        }
        return (!customersThere && parts.HasFlag(SeedParts.Customers), parts.HasFlag(SeedParts.Sales));
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection db, string table, Guid id)
    {
        await using var cmd = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {table} WHERE id = $1)", db);
        cmd.Parameters.Add(new() { Value = id });
        return (bool)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>The day after the newest interaction (they run to the end day), when that is not the day asked for: the likely --as-of of the first run.</summary>
    private async Task<string> AsOfHintAsync(NpgsqlConnection db)
    {
        await using var cmd = new NpgsqlCommand("SELECT (max(occurred_at) AT TIME ZONE 'UTC')::date + 1 FROM customers.interactions", db);
        return await cmd.ExecuteScalarAsync() is DateOnly day && day != DateOnly.FromDateTime(_end.UtcDateTime)
            ? $" — its data runs up to {day:yyyy-MM-dd}: pass the first run's --seed, --scale and --as-of {day:yyyy-MM-dd}"
            : "";
    }

    /// <summary>
    /// Re-planned owners are indexes into the sales users as they are now; a user added or deactivated since the first
    /// run would shift them. A sample of accounts across the range must have the owners the plan gives them.
    /// </summary>
    private async Task CheckOwnersAsync(NpgsqlConnection db)
    {
        var sample = Enumerable.Range(0, Math.Min(256, _accounts.Count)).Select(k => (int)((long)k * _accounts.Count / Math.Min(256, _accounts.Count))).ToArray();
        await using var cmd = new NpgsqlCommand("SELECT id, owner_id FROM customers.accounts WHERE id = ANY($1)", db);
        cmd.Parameters.Add(new() { Value = sample.Select(i => _accounts.Id[i]).ToArray() });
        var owners = new Dictionary<Guid, Guid>();
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) owners[reader.GetGuid(0)] = reader.GetGuid(1);
        var wrong = sample.Count(i => !owners.TryGetValue(_accounts.Id[i], out var owner) || owner != _reps[_accounts.Owner[i]].Id);
        if (wrong > 0)
            throw new SeedException($"{wrong} of {sample.Length} sampled accounts of this seed are missing or have another owner than planned: " +
                "the sales users changed since they were seeded, so the Sales share cannot be added consistently; use a fresh database");
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var csb = new NpgsqlConnectionStringBuilder(options.ConnectionString) { CommandTimeout = 0, Pooling = false };
        var connection = new NpgsqlConnection(csb.ConnectionString);
        await connection.OpenAsync();
        // A lost last second of a bulk load is harmless (run it again); waiting for each commit's WAL flush is not.
        // A larger GIN pending list makes the trigram and tag indexes absorb inserts in fewer, larger merges.
        await using var cmd = new NpgsqlCommand(
            "SET synchronous_commit = off; SET gin_pending_list_limit = '32MB'; SET work_mem = '64MB'; SET maintenance_work_mem = '256MB'",
            connection);
        await cmd.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task CheckSchemaAsync(NpgsqlConnection db, SeedParts parts)
    {
        await using var cmd = new NpgsqlCommand("""
            SELECT to_regclass('platform.users') IS NOT NULL AND to_regclass('platform.teams') IS NOT NULL
               AND to_regclass('customers.accounts') IS NOT NULL AND to_regclass('customers.contacts') IS NOT NULL
               AND to_regclass('customers.interactions') IS NOT NULL AND to_regclass('customers.tasks') IS NOT NULL
               AND to_regclass('customers.timeline_entries') IS NOT NULL,
                   to_regclass('sales.opportunity_stage_changes') IS NOT NULL AND to_regclass('sales.order_lines') IS NOT NULL
               AND to_regclass('customers.purchases') IS NOT NULL
            """, db);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        if (!reader.GetBoolean(0) || (parts.HasFlag(SeedParts.Sales) && !reader.GetBoolean(1)))
            throw new SeedException($"database '{db.Database}' is not migrated (no platform/customers{(parts.HasFlag(SeedParts.Sales) ? "/sales" : "")} tables): " +
                "start the API once with Database__MigrateOnStartup=true (./build.sh run does) and run seed again.");
    }

    private int RepIndex(SeedRandom random) => random.PowerLaw(_reps.Count, 1.5);  // some books are bigger than others
    private Guid? TeamOf(int rep) => _reps[rep].TeamId;

    /// <summary>Runs <paramref name="write"/> inside a binary COPY into <paramref name="copySql"/>, in one transaction.</summary>
    private static async Task CopyAsync(NpgsqlConnection db, string copySql, Action<NpgsqlBinaryImporter> write)
    {
        await using var tx = await db.BeginTransactionAsync();
        await using (var importer = await db.BeginBinaryImportAsync(copySql))
        {
            write(importer);
            await importer.CompleteAsync();
        }
        await tx.CommitAsync();
    }

    /// <summary>
    /// Two binary COPYs at once on two connections, each in its own transaction, fed row by row from one generator
    /// (so the rows stay deterministic): a table and the timeline lines it implies, written in one pass while two
    /// server processes share the index maintenance, which is most of the cost of a load. (Splitting the contacts
    /// over two streams the same way gained 20 % on them and lost it again on the next table: not worth it.)
    /// </summary>
    private static Task CopyPairAsync(NpgsqlConnection first, string firstSql, NpgsqlConnection second, string secondSql,
        Action<NpgsqlBinaryImporter, NpgsqlBinaryImporter> write) =>
        CopyManyAsync([first, second], [firstSql, secondSql], w => write(w[0], w[1]));

    /// <summary><see cref="CopyPairAsync"/> for any number of tables: one connection, COPY and transaction each.</summary>
    private static async Task CopyManyAsync(IReadOnlyList<NpgsqlConnection> connections, IReadOnlyList<string> copySql,
        Action<NpgsqlBinaryImporter[]> write)
    {
        var transactions = new List<NpgsqlTransaction>();
        var importers = new NpgsqlBinaryImporter[copySql.Count];
        try
        {
            for (var i = 0; i < copySql.Count; i++)
            {
                transactions.Add(await connections[i].BeginTransactionAsync());
                importers[i] = await connections[i].BeginBinaryImportAsync(copySql[i]);
            }
            write(importers);
            for (var i = 0; i < importers.Length; i++)
            {
                await importers[i].CompleteAsync();
                await importers[i].DisposeAsync();
                importers[i] = null!;
            }
            foreach (var tx in transactions) await tx.CommitAsync();
        }
        finally
        {
            // After a failure: ending a COPY that was not completed cancels it, then the transactions roll back.
            foreach (var importer in importers) if (importer is not null) await importer.DisposeAsync();
            foreach (var tx in transactions) await tx.DisposeAsync();
        }
    }
}
