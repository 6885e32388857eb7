-- account-timeline: GET /accounts/{id}/timeline: an account's 360° timeline, first page of 50
-- The SQL the API issues for one request, captured from EF Core by BenchmarkSqlTests; do not edit by hand.
-- Regenerate with: CRM_BLESS_BENCH_SQL=1 dotnet test tests/Crm.Customers.Tests --filter BenchmarkSqlTests

SELECT EXISTS (
    SELECT 1
    FROM customers.accounts AS a
    WHERE a.id = @q_Id);

SELECT t.id, t.kind, t.title, t.summary, t.occurred_at, t.source_module, t.source_id, t.actor_id, t.contact_id, t.account_id
FROM customers.timeline_entries AS t
WHERE t.account_id = @q_Id
ORDER BY t.occurred_at DESC, t.id DESC
LIMIT @p;

SELECT u.id AS "Id", u.display_name AS "DisplayName"
FROM platform.users AS u
WHERE u.id = ANY (@userIds);
