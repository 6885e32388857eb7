-- search-cjk-prefix: GET /contacts?q=…: contacts containing the first character of a Chinese name, its surname (张), first page of 50 newest first
-- The SQL the API issues for one request, captured from EF Core by BenchmarkSqlTests; do not edit by hand.
-- Regenerate with: CRM_BLESS_BENCH_SQL=1 dotnet test tests/Crm.Customers.Tests --filter BenchmarkSqlTests

SELECT c0.id, c0.full_name, c0.alternate_name, c0.email, c0.phone, c0.account_id, (
    SELECT a.name
    FROM customers.accounts AS a
    WHERE a.id = c0.account_id
    LIMIT 1), c0.tier, c0.stage, c0.relationship, c0.owner_id, c0.team_id, c0.tags, c0.created_at, c0.updated_at, c0.deleted_at, c0.xmin
FROM (
    SELECT c.id, c.account_id, c.alternate_name, c.created_at, c.deleted_at, c.email, c.full_name, c.owner_id, c.phone, c.relationship, c.search_tokens, c.stage, c.tags, c.team_id, c.tier, c.updated_at, c.xmin
    FROM customers.contacts AS c
    WHERE c.deleted_at IS NULL
    ORDER BY c.created_at DESC, c.id DESC
    LIMIT @p
) AS c0
WHERE @tokens <@ c0.search_tokens
ORDER BY c0.created_at DESC, c0.id DESC
LIMIT @p3;
