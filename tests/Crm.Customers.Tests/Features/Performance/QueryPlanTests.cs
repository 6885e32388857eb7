using System.Text.Json;
using Crm.Benchmarks.Bench;
using Npgsql;

namespace Crm.Customers.Tests.Features.Performance;

/// <summary>
/// The hot queries — the benchmark's, exactly as the API issues them (<see cref="BenchmarkSqlTests"/> keeps the files
/// true) — are answered by their indexes. The data set is small (1,000 accounts), so sequential scans are switched off
/// to see which plan PostgreSQL would pick at scale; each query must then use its index and no other way in.
/// </summary>
[Collection(BenchDataCollection.Name)]
public sealed class QueryPlanTests(BenchData app)
{
    public static TheoryData<string, string[]> HotQueries() => new()
    {
        { "contact-by-id", ["pk_contacts", "pk_accounts"] },
        { "search-latin-prefix", ["ix_contacts_created_at_id"] },
        { "search-latin-substring", ["ix_contacts_created_at_id"] },
        { "search-cjk-prefix", ["ix_contacts_created_at_id"] },
        { "search-cjk-substring", ["ix_contacts_created_at_id"] },
        { "account-timeline", ["pk_accounts", "ix_timeline_entries_account_id_occurred_at_id", "pk_users"] },
        { "accounts-tier-owner-deep", ["ix_accounts_tier_owner_id_name_id"] },
        // Totals and cards per stage from the (team, stage, close date) index; days in stage from the finished stays' index.
        { "pipeline-board", ["ix_pipelines_is_default", "ix_opportunities_team_id_stage_id_close_date_id", "ix_opportunity_stage_changes_opportunity_id",
            "pk_accounts", "pk_contacts"] },
        // The quarter's deals summed from the covering close-date index; the quarter's quotas by their start. (The dozen
        // owners' names come from whichever users index is cheapest: there are few users at any scale.)
        { "forecast-quarter", ["ix_opportunities_close_date_id", "ix_quotas_period_start"] },
    };

    /// <summary>
    /// Tables that stay small at any scale and are read whole on purpose: exchange rates (one a month per currency) are
    /// all scanned to find each currency's rate in force on a day.
    /// </summary>
    private static readonly string[] SmallTables = ["exchange_rates"];

    [Theory]
    [MemberData(nameof(HotQueries))]
    public async Task Hot_query_uses_its_index(string scenario, string[] indexes)
    {
        var sample = (await Scenarios.Find(scenario)!.SampleAsync(app.Db, 1, CancellationToken.None)).Single();
        var used = new List<string>();
        var scans = new List<string>();
        await using var connection = await app.Db.OpenConnectionAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection)) await off.ExecuteNonQueryAsync();
        foreach (var statement in ApiSql.Load(scenario, Path.Combine(BenchmarkSqlTests.RepoRoot(), "tests", "Crm.Benchmarks", "Sql")).Where(s => ApiSql.ParameterNames(s).All(sample.SqlParameters.ContainsKey)))
        {
            await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + statement, connection);
            foreach (var name in ApiSql.ParameterNames(statement))
                explain.Parameters.AddWithValue(name, sample.SqlParameters[name] ?? DBNull.Value);
            var plan = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!);
            Walk(plan.RootElement[0].GetProperty("Plan"), used, scans);
        }
        Assert.Empty(scans.Except(SmallTables));
        foreach (var index in indexes) Assert.Contains(index, used);
    }

    private static void Walk(JsonElement node, List<string> indexes, List<string> seqScans)
    {
        if (node.TryGetProperty("Index Name", out var index)) indexes.Add(index.GetString()!);
        if (node.GetProperty("Node Type").GetString() == "Seq Scan") seqScans.Add(node.GetProperty("Relation Name").GetString()!);
        if (node.TryGetProperty("Plans", out var children))
            foreach (var child in children.EnumerateArray()) Walk(child, indexes, seqScans);
    }
}
