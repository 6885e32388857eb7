using System.Diagnostics;
using Npgsql;

namespace Crm.DataGenerator;

/// <summary>
/// Fills a migrated database with a book of business at scale N: N accounts, 5N contacts (60 % at an account,
/// power-law account sizes), 20N interactions (power-law activity per contact), N tasks (done, open, overdue,
/// due today) and the timeline entries they imply, owned by sales users in their teams, created over three years
/// up to <see cref="SeedOptions.End"/>. Rows are generated while they are written through binary COPY, one
/// transaction per table (timeline lines alongside their source, see <see cref="CopyPairAsync"/>), interactions
/// day by day in time order. Only the ids, creation times, owners and account links of accounts and contacts are
/// kept in memory (about 30 bytes a contact), for the rows that point at them. Same seed, scale and end day: same rows.
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
        Console.Error.WriteLine($"seed: scale {n:N0} (seed {options.Seed}, data up to {_end:yyyy-MM-dd}): " +
            $"{n:N0} accounts, {5L * n:N0} contacts, {20L * n:N0} interactions, {n:N0} tasks + timeline");

        await using var db = await OpenAsync();
        await CheckSchemaAsync(db);
        _reps = [.. (await Staff.EnsureAsync(db, options)).Take(byte.MaxValue + 1)];   // owners are kept as bytes
        Console.Error.WriteLine($"  owners: {_reps.Count} sales users in {_reps.Select(r => r.TeamId).Distinct().Count()} teams");

        _accounts = PlanAccounts(n);
        _contacts = PlanContacts(5 * n);
        await using (var cmd = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM customers.accounts WHERE id = $1)", db))
        {
            cmd.Parameters.Add(new() { Value = _accounts.Id[0] });
            if ((bool)(await cmd.ExecuteScalarAsync())!)
                throw new SeedException($"this database already holds the data of seed {options.Seed} at this scale and day; " +
                    "use a fresh database or another --seed");
        }

        await using var second = await OpenAsync();
        await LoadAccountsAsync(db);
        await LoadContactsAsync(db);
        await LoadInteractionsAsync(db, second);
        await LoadTasksAsync(db, second);

        var vacuum = Stopwatch.StartNew();
        if (!Console.IsErrorRedirected) Console.Error.Write("  vacuum + analyze …");
        foreach (var table in new[] { "accounts", "contacts", "interactions", "tasks", "timeline_entries" })
        {
            // VACUUM also sets the visibility map (index-only scans) and flushes the GIN pending lists.
            await using var cmd = new NpgsqlCommand($"VACUUM (ANALYZE) customers.{table}", db);
            await cmd.ExecuteNonQueryAsync();
        }
        Console.Error.WriteLine($"{(Console.IsErrorRedirected ? "" : "\r")}  vacuum + analyze   {vacuum.Elapsed.TotalSeconds,7:N1} s" + new string(' ', 20));
        Console.Error.WriteLine($"seed: done in {total.Elapsed.TotalSeconds:N1} s");
        return 0;
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

    private static async Task CheckSchemaAsync(NpgsqlConnection db)
    {
        await using var cmd = new NpgsqlCommand("""
            SELECT to_regclass('platform.users') IS NOT NULL AND to_regclass('platform.teams') IS NOT NULL
               AND to_regclass('customers.accounts') IS NOT NULL AND to_regclass('customers.contacts') IS NOT NULL
               AND to_regclass('customers.interactions') IS NOT NULL AND to_regclass('customers.tasks') IS NOT NULL
               AND to_regclass('customers.timeline_entries') IS NOT NULL
            """, db);
        if (!(bool)(await cmd.ExecuteScalarAsync())!)
            throw new SeedException($"database '{db.Database}' is not migrated (no platform/customers tables): " +
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
    private static async Task CopyPairAsync(NpgsqlConnection first, string firstSql, NpgsqlConnection second, string secondSql,
        Action<NpgsqlBinaryImporter, NpgsqlBinaryImporter> write)
    {
        await using var tx1 = await first.BeginTransactionAsync();
        await using var tx2 = await second.BeginTransactionAsync();
        await using (var a = await first.BeginBinaryImportAsync(firstSql))
        await using (var b = await second.BeginBinaryImportAsync(secondSql))
        {
            write(a, b);
            await a.CompleteAsync();
            await b.CompleteAsync();
        }
        await tx1.CommitAsync();
        await tx2.CommitAsync();
    }
}
