using Npgsql;

namespace Crm.Benchmarks.Bench;

/// <summary>
/// 6. The default pipeline's board for one team: per stage its count, totals and average days in stage over the
/// team's open and recently closed deals, and its first 50 cards with their customers' names. One sample per team
/// that owns deals (the generator's three bench teams, or more in other data).
/// </summary>
internal sealed class PipelineBoardScenario() : Scenario("pipeline-board", ScenarioKind.Read,
    "GET /sales/opportunities/board?teamId=…: the default pipeline's board for one team (stage totals, average days in stage, 50 cards a stage)")
{
    private const int PerStage = 50;

    public override async Task<IReadOnlyList<BenchRequest>> SampleAsync(NpgsqlDataSource db, int count, CancellationToken ct)
    {
        var pipeline = await Scenarios.QueryAsync(db, "SELECT id FROM sales.pipelines WHERE is_default", r => r.GetGuid(0), ct);
        if (pipeline.Count == 0) return [];
        // The stages in their order, as the API lists them for the dwell query.
        var stageIds = (await Scenarios.QueryAsync(db, "SELECT id FROM sales.pipeline_stages WHERE pipeline_id = $1 ORDER BY position",
            r => r.GetGuid(0), ct, pipeline[0])).ToArray();
        var teams = await Scenarios.QueryAsync(db, $"""
            SELECT t.id FROM platform.teams t
            WHERE EXISTS (SELECT 1 FROM sales.opportunities o WHERE o.team_id = t.id)
            ORDER BY md5(t.id::text) LIMIT {count}
            """, r => r.GetGuid(0), ct);

        // The day the API reads the board on, as it computes it (UTC): closed stages show deals closed in the last 30 days.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var since = today.AddDays(-30);
        var requests = new List<BenchRequest>();
        foreach (var team in teams)
        {
            // The cards in the API's order (stage position, close date, id); the names are looked up in first-seen order.
            var cards = await Scenarios.QueryAsync(db, """
                SELECT c.account_id, c.contact_id
                FROM sales.pipeline_stages s
                CROSS JOIN LATERAL (
                    SELECT o.id, o.close_date, o.account_id, o.contact_id FROM sales.opportunities o
                    WHERE o.pipeline_id = $1 AND (o.status = 'Open' OR o.close_date >= $2) AND o.team_id = $3 AND o.stage_id = s.id
                      AND o.close_date >= CASE WHEN s.category = 'Open' THEN DATE '0001-01-01' ELSE $2 END
                    ORDER BY o.close_date, o.id LIMIT $4) c
                WHERE s.pipeline_id = $1
                ORDER BY s.position, c.close_date, c.id
                """, r => (Account: r.IsDBNull(0) ? (Guid?)null : r.GetGuid(0), Contact: r.IsDBNull(1) ? (Guid?)null : r.GetGuid(1)), ct,
                pipeline[0], since, team, PerStage);
            var sql = new Dictionary<string, object?>
            {
                // MinValue: where an open stage's cards start (all of them), as the API binds it.
                ["pipeline_Id"] = pipeline[0], ["since"] = since, ["team"] = team, ["day"] = today, ["stageIds"] = stageIds,
                ["q_PerStage"] = PerStage, ["MinValue"] = DateOnly.MinValue,
            };
            var accounts = cards.Where(c => c.Account is not null).Select(c => c.Account!.Value).Distinct().ToArray();
            var contacts = cards.Where(c => c.Contact is not null).Select(c => c.Contact!.Value).Distinct().ToArray();
            if (accounts.Length > 0) sql["accountIds"] = accounts;
            if (contacts.Length > 0) sql["contactIds"] = contacts;
            requests.Add(BenchRequest.Get($"/api/v1/sales/opportunities/board?teamId={team}", sql));
        }
        return requests;
    }
}

/// <summary>
/// 7. The forecast of one quarter per owner: open, weighted, best case, committed and closed won of the deals closing
/// in it, in the company currency at the quarter's rates, beside each owner's quota. Quarters drawn from those that
/// have deals, past and coming.
/// </summary>
internal sealed class ForecastScenario() : Scenario("forecast-quarter", ScenarioKind.Read,
    "GET /sales/forecast?period=2026-Q3: one quarter's forecast per owner (SQL sums per owner, status, category and currency; quotas; names)")
{
    public override async Task<IReadOnlyList<BenchRequest>> SampleAsync(NpgsqlDataSource db, int count, CancellationToken ct)
    {
        // Quarters with deals: the close-date index's ends, then every quarter between.
        var range = await Scenarios.QueryAsync(db, "SELECT min(close_date), max(close_date) FROM sales.opportunities",
            r => r.IsDBNull(0) ? ((DateOnly, DateOnly)?)null : (r.GetFieldValue<DateOnly>(0), r.GetFieldValue<DateOnly>(1)), ct);
        if (range[0] is not var (first, last)) return [];
        var quarters = new List<DateOnly>();
        for (var q = new DateOnly(first.Year, (first.Month - 1) / 3 * 3 + 1, 1); q <= last; q = q.AddMonths(3)) quarters.Add(q);
        // A repeatable shuffle, as the other scenarios' md5 order: the same data gives the same samples.
        quarters = [.. quarters.OrderBy(q => System.Security.Cryptography.MD5.HashData(BitConverter.GetBytes(q.DayNumber)), new BytesOrder()).Take(count)];

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var requests = new List<BenchRequest>();
        foreach (var start in quarters)
        {
            var end = start.AddMonths(3);
            var lastDay = end.AddDays(-1);
            // The owners the API finds, in the order it looks them up (sorted, as GetForecast sorts its keys).
            var owners = (await Scenarios.QueryAsync(db,
                "SELECT DISTINCT owner_id FROM sales.opportunities WHERE close_date >= $1 AND close_date < $2 AND status <> 'Lost'",
                r => r.GetGuid(0), ct, start, end)).Order().ToArray();
            if (owners.Length == 0) continue;
            var sql = new Dictionary<string, object?>
            {
                ["start"] = start, ["end"] = end, ["day"] = lastDay < today ? lastDay : today, ["ids"] = owners, ["userIds"] = owners,
            };
            requests.Add(BenchRequest.Get($"/api/v1/sales/forecast?period={start.Year}-Q{(start.Month - 1) / 3 + 1}", sql));
        }
        return requests;
    }

    private sealed class BytesOrder : IComparer<byte[]>
    {
        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
