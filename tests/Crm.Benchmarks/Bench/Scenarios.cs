using System.Text.Json;
using Crm.SharedKernel.Paging;
using Npgsql;

namespace Crm.Benchmarks.Bench;

/// <summary>Whether a scenario only reads (and has a pgbench ceiling) or writes.</summary>
internal enum ScenarioKind { Read, Write }

/// <summary>
/// One HTTP request of a scenario and, for a read, the values of the SQL parameters the API binds when it serves
/// it — keyed by the parameter names of the scenario's committed SQL (<c>Sql/&lt;name&gt;.sql</c>). pgbench runs that
/// SQL with exactly these values; <c>BenchmarkSqlTests</c> checks both the SQL and the values against the API.
/// </summary>
internal sealed record BenchRequest(HttpMethod Method, string Path, object? Body, IReadOnlyDictionary<string, object?> SqlParameters)
{
    public static BenchRequest Get(string path, IReadOnlyDictionary<string, object?> sql) => new(HttpMethod.Get, path, null, sql);
}

/// <summary>
/// A benchmark scenario. A read scenario draws its requests up front from the data (<see cref="SampleAsync"/>) —
/// the API and pgbench then both pick among the same samples at random; a write scenario makes a fresh request
/// each time (<see cref="Next"/>).
/// </summary>
internal abstract class Scenario(string name, ScenarioKind kind, string description)
{
    public string Name { get; } = name;
    public ScenarioKind Kind { get; } = kind;
    public string Description { get; } = description;

    /// <summary>The HTTP status a successful request answers with.</summary>
    public virtual int ExpectedStatus => 200;

    /// <summary>Up to <paramref name="count"/> requests drawn deterministically from the database.</summary>
    public virtual Task<IReadOnlyList<BenchRequest>> SampleAsync(NpgsqlDataSource db, int count, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BenchRequest>>([]);

    /// <summary>The <paramref name="n"/>-th request of a write scenario (unique per run).</summary>
    public virtual BenchRequest Next(long n) => throw new NotSupportedException($"{Name} is a read scenario.");

    /// <summary>Prepares what a write scenario needs from the data (say, accounts to attach contacts to).</summary>
    public virtual Task PrepareAsync(NpgsqlDataSource db, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Removes what a write scenario created, before a run (leftovers of an interrupted one) and after it, so the
    /// seeded data stays as the generator made it: thousands of bench rows on top of the newest would skew every
    /// read scenario after them. Returns the rows removed.
    /// </summary>
    public virtual Task<long> CleanUpAsync(NpgsqlDataSource db, CancellationToken ct) => Task.FromResult(0L);
}

/// <summary>
/// The scenarios <c>./build.sh bench</c> runs, in order. Extension point: a module adds its scenarios to
/// <see cref="All"/> (as Sales' pipeline board and forecast in SalesScenarios.cs), each read scenario with
/// its <c>Sql/&lt;name&gt;.sql</c> (written by <c>CRM_BLESS_BENCH_SQL=1 dotnet test</c>) and a case in
/// <c>BenchmarkSqlTests</c> so the pgbench script cannot drift from the API.
/// </summary>
internal static class Scenarios
{
    public static IReadOnlyList<Scenario> All { get; } =
    [
        new ContactById(),
        new SearchContactsScenario("search-latin-prefix", "contacts whose text contains the first 4 letters of a Latin name, first page of 50 newest first",
            NameKind.Latin, name => name[..Math.Min(4, name.Length)]),
        new SearchContactsScenario("search-latin-substring", "contacts containing 3 letters from inside a Latin surname, first page of 50 newest first",
            NameKind.Latin, name => name.Length >= 7 ? name.Substring(name.Length - 4, 3) : name[..Math.Min(3, name.Length)]),
        new SearchContactsScenario("search-cjk-prefix", "contacts containing the first character of a Chinese name, its surname (张), first page of 50 newest first",
            NameKind.Chinese, name => name[..1]),
        new SearchContactsScenario("search-cjk-substring", "contacts containing the last character of a Chinese name (伟), first page of 50 newest first",
            NameKind.Chinese, name => name[^1..]),
        new AccountTimeline(),
        new AccountsByTierAndOwner(),
        new PipelineBoardScenario(),
        new ForecastScenario(),
        new CreateContactScenario(),
    ];

    public static Scenario? Find(string name) => All.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Rows of <paramref name="table"/> drawn by a repeatable block sample, enough for <paramref name="count"/> after filtering.</summary>
    public static string Sample(string table, string alias, int count) =>
        $"customers.{table} {alias} TABLESAMPLE SYSTEM ((SELECT least(100, greatest(0.01, 100.0 * {count} * 40 / greatest(reltuples, 1))) " +
        $"FROM pg_class WHERE oid = 'customers.{table}'::regclass)) REPEATABLE (42)";

    public static async Task<List<T>> QueryAsync<T>(NpgsqlDataSource db, string sql, Func<NpgsqlDataReader, T> read, CancellationToken ct,
        params object[] parameters)
    {
        await using var cmd = db.CreateCommand(sql);
        foreach (var p in parameters) cmd.Parameters.Add(new NpgsqlParameter { Value = p });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct)) rows.Add(read(reader));
        return rows;
    }
}

/// <summary>1. One contact by id, ids drawn across the whole table.</summary>
internal sealed class ContactById() : Scenario("contact-by-id", ScenarioKind.Read, "GET /contacts/{id}: one contact by id, ids drawn across the whole table")
{
    public override async Task<IReadOnlyList<BenchRequest>> SampleAsync(NpgsqlDataSource db, int count, CancellationToken ct)
    {
        var ids = await Scenarios.QueryAsync(db,
            $"SELECT c.id FROM {Scenarios.Sample("contacts", "c", count)} ORDER BY md5(c.id::text) LIMIT {count}", r => r.GetGuid(0), ct);
        return [.. ids.Select(id => BenchRequest.Get($"/api/v1/customers/contacts/{id}",
            new Dictionary<string, object?> { ["query_Id"] = id }))];
    }
}

internal enum NameKind { Latin, Chinese }

/// <summary>
/// 2. The contact list searched by text, first page of 50 in name order. Terms are cut from sampled names. A term of
/// 3 or more characters is kept only when it matches more than a page, so the API never takes the typo-tolerant
/// path (which only such terms may take, SearchTerm.FuzzyMinLength) that pgbench's script lacks.
/// </summary>
internal sealed class SearchContactsScenario(string name, string description, NameKind kind, Func<string, string> term)
    : Scenario(name, ScenarioKind.Read, $"GET /contacts?q=…: {description}")
{
    /// <summary>The rows a search reads first, newest first (RecordSearch.FirstWindow in the Customers module).</summary>
    public const int FirstWindow = 10_000;

    public override async Task<IReadOnlyList<BenchRequest>> SampleAsync(NpgsqlDataSource db, int count, CancellationToken ct)
    {
        var filter = kind == NameKind.Chinese ? "c.full_name ~ '^[一-龥]'" : "c.full_name ~ '^[A-Za-z]'";
        var names = await Scenarios.QueryAsync(db,
            $"SELECT c.full_name FROM {Scenarios.Sample("contacts", "c", count)} WHERE {filter} ORDER BY md5(c.id::text) LIMIT {count * 4}",
            r => r.GetString(0), ct);
        var requests = new List<BenchRequest>();
        foreach (var q in names.Select(n => term(n).Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct())
        {
            if (requests.Count == count) break;
            var pattern = "%" + q.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            // One or two Chinese characters are looked up in the token index (SearchTerm.IsShortCjk), the rest with LIKE.
            var shortCjk = q.Length <= 2 && q.All(c => c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF'));
            // A search reads newest first and, for a text that fills a page within its first window of rows, issues
            // one statement (RecordSearch.WalkAsync); rarer texts take more statements, which pgbench's fixed script
            // cannot follow, so the scenario keeps the texts people search most: the common ones.
            var inWindow = await Scenarios.QueryAsync(db, $"""
                SELECT count(*) FROM (SELECT search_text, search_tokens FROM customers.contacts WHERE deleted_at IS NULL
                                      ORDER BY created_at DESC, id DESC LIMIT {FirstWindow}) w
                WHERE {(shortCjk ? "search_tokens @> ARRAY[$1]" : "search_text LIKE $1")}
                """, r => r.GetInt64(0), ct, shortCjk ? q : pattern);
            if (inWindow[0] <= 50) continue;
            requests.Add(BenchRequest.Get($"/api/v1/customers/contacts?q={Uri.EscapeDataString(q)}", shortCjk
                ? new Dictionary<string, object?> { ["tokens"] = new[] { q }, ["p"] = FirstWindow, ["p3"] = 51 }
                : new Dictionary<string, object?> { ["pattern"] = pattern, ["p"] = FirstWindow, ["p4"] = 51 }));
        }
        return requests;
    }
}

/// <summary>3. An account's 360° timeline (its contacts' entries included), first page of 50, with actor names.</summary>
internal sealed class AccountTimeline() : Scenario("account-timeline", ScenarioKind.Read, "GET /accounts/{id}/timeline: an account's 360° timeline, first page of 50")
{
    public override async Task<IReadOnlyList<BenchRequest>> SampleAsync(NpgsqlDataSource db, int count, CancellationToken ct)
    {
        var accounts = await Scenarios.QueryAsync(db,
            $"SELECT a.id FROM {Scenarios.Sample("accounts", "a", count)} WHERE EXISTS (SELECT 1 FROM customers.timeline_entries t WHERE t.account_id = a.id) " +
            $"ORDER BY md5(a.id::text) LIMIT {count}", r => r.GetGuid(0), ct);
        var requests = new List<BenchRequest>();
        foreach (var id in accounts)
        {
            // The page's actors in first-seen order, as the API collects them for the user directory.
            var actors = await Scenarios.QueryAsync(db,
                "SELECT actor_id FROM customers.timeline_entries WHERE account_id = $1 ORDER BY occurred_at DESC, id DESC LIMIT 50",
                r => r.IsDBNull(0) ? (Guid?)null : r.GetGuid(0), ct, id);
            var sql = new Dictionary<string, object?> { ["q_Id"] = id, ["p"] = 51 };
            var distinct = actors.Where(a => a is not null).Select(a => a!.Value).Distinct().ToArray();
            if (distinct.Length > 0) sql["userIds"] = distinct;
            requests.Add(BenchRequest.Get($"/api/v1/customers/accounts/{id}/timeline", sql));
        }
        return requests;
    }
}

/// <summary>4. The account list filtered by tier and owner in name order, a page deep into it (5 to 20 pages) by its cursor.</summary>
internal sealed class AccountsByTierAndOwner() : Scenario("accounts-tier-owner-deep", ScenarioKind.Read,
    "GET /accounts?tier&ownerId&sort=name&cursor: accounts of one tier and owner, a page 5–20 pages deep")
{
    public override async Task<IReadOnlyList<BenchRequest>> SampleAsync(NpgsqlDataSource db, int count, CancellationToken ct)
    {
        var picks = await Scenarios.QueryAsync(db,
            $"SELECT a.tier, a.owner_id, abs(hashtext(a.id::text)) FROM {Scenarios.Sample("accounts", "a", count)} WHERE a.deleted_at IS NULL " +
            $"ORDER BY md5(a.id::text) LIMIT {count}", r => (Tier: r.GetString(0), Owner: r.GetGuid(1), Hash: r.GetInt32(2)), ct);
        var requests = new List<BenchRequest>();
        foreach (var (tier, owner, hash) in picks)
        {
            var pages = 5 + hash % 16;
            var last = await Scenarios.QueryAsync(db, """
                SELECT name, id FROM (
                    SELECT name, id, row_number() OVER (ORDER BY name, id) AS n FROM customers.accounts
                    WHERE deleted_at IS NULL AND tier = $1 AND owner_id = $2 ORDER BY name, id LIMIT $3) r
                ORDER BY n DESC LIMIT 1
                """, r => (Name: r.GetString(0), Id: r.GetGuid(1)), ct, tier, owner, pages * 50);
            if (last.Count == 0) continue;
            var (key, id) = last[0];
            var cursor = new Cursor(key, id).Encode();
            requests.Add(BenchRequest.Get($"/api/v1/customers/accounts?tier={tier}&ownerId={owner}&sort=name&cursor={cursor}",
                new Dictionary<string, object?>
                {
                    ["tier"] = tier, ["owner"] = owner, ["bound_Key"] = key, ["bound_Id"] = id, ["p"] = 51,
                }));
        }
        return requests;
    }
}

/// <summary>
/// 5. A new contact at an account: validation, the account check, the duplicate check, the insert with its audit and
/// outbox rows, one transaction. Names are made of random syllables and emails carry the run and a counter, so the
/// duplicate check (same email or phone, or a name ≥ 0.6 similar at the same account) finds nothing and answers 201.
/// </summary>
internal sealed class CreateContactScenario() : Scenario("create-contact", ScenarioKind.Write,
    "POST /contacts: a new contact at an account (validation, duplicate check, audit and outbox in one transaction)")
{
    private static readonly string[] Syllables =
        ["ka", "lo", "mi", "ren", "sa", "tu", "vel", "zor", "bri", "dan", "fe", "gor", "hal", "ix", "jun", "ky", "mor", "nev", "pra", "quo",
         "ris", "sol", "tam", "ul", "vor", "wen", "xan", "yor", "zel", "bo", "cre", "dru"];

    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private Guid[] _accounts = [];

    public override int ExpectedStatus => 201;

    /// <summary>
    /// The emails this scenario gives its contacts (with the tag "bench", whose GIN index finds them); nothing else
    /// in the data looks like them.
    /// </summary>
    public const string EmailPattern = "bench.%@example.test";

    public override async Task<long> CleanUpAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            WITH gone AS (DELETE FROM customers.contacts WHERE tags @> ARRAY['bench'] AND email LIKE $1 RETURNING id),
                 audit AS (DELETE FROM platform.audit_entries WHERE entity_type = 'Contact' AND entity_id IN (SELECT id FROM gone)),
                 timeline AS (DELETE FROM customers.timeline_entries WHERE contact_id IN (SELECT id FROM gone))
            SELECT count(*) FROM gone
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = EmailPattern });
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    public override async Task PrepareAsync(NpgsqlDataSource db, CancellationToken ct) =>
        _accounts = [.. await Scenarios.QueryAsync(db,
            $"SELECT a.id FROM {Scenarios.Sample("accounts", "a", 128)} WHERE a.deleted_at IS NULL ORDER BY md5(a.id::text) LIMIT 128",
            r => r.GetGuid(0), ct)];

    public override BenchRequest Next(long n)
    {
        var random = new Random(HashCode.Combine(_run, n));
        string Word(int syllables) =>
            string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[random.Next(Syllables.Length)])) is var w
                ? char.ToUpperInvariant(w[0]) + w[1..] : "";
        return new(HttpMethod.Post, "/api/v1/customers/contacts", new
        {
            fullName = $"{Word(2)} {Word(3)}",
            email = $"bench.{_run}.{n}@example.test",
            jobTitle = "Buyer",
            accountId = _accounts.Length > 0 ? _accounts[n % _accounts.Length] : (Guid?)null,
            tags = new[] { "bench" },
        }, new Dictionary<string, object?>());
    }
}

internal static class BenchJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
