-- forecast-quarter: GET /sales/forecast?period=2026-Q3: one quarter's forecast per owner (SQL sums per owner, status, category and currency; quotas; names)
-- The SQL the API issues for one request, captured from EF Core by BenchmarkSqlTests; do not edit by hand.
-- Regenerate with: CRM_BLESS_BENCH_SQL=1 dotnet test tests/Crm.Customers.Tests --filter BenchmarkSqlTests

SELECT o.owner_id, o.status, o.forecast_category, o.currency, COALESCE(sum(o.amount), 0.0), COALESCE(sum((o.amount * o.probability) / 100.0), 0.0)
FROM sales.opportunities AS o
WHERE o.close_date >= @start AND o.close_date < @end AND o.status <> 'Lost'
GROUP BY o.owner_id, o.status, o.forecast_category, o.currency;

SELECT e.currency AS "Currency", e.rate AS "Rate"
FROM sales.exchange_rates AS e
WHERE e.valid_from = (
    SELECT max(e0.valid_from)
    FROM sales.exchange_rates AS e0
    WHERE e0.currency = e.currency AND e0.valid_from <= @day);

SELECT q.id, q.amount, q.created_at, q.period_kind, q.period_start, q.team_id, q.updated_at, q.user_id, q.xmin
FROM sales.quotas AS q
WHERE q.period_start >= @start AND q.period_start < @end AND q.user_id IS NOT NULL AND q.user_id = ANY (@ids);

SELECT u.id AS "Id", u.display_name AS "DisplayName"
FROM platform.users AS u
WHERE u.id = ANY (@userIds);
