-- search-cjk-substring: GET /contacts?q=…: contacts containing the last character of a Chinese name (伟), first page of 50
-- The SQL the API issues for one request, captured from EF Core by BenchmarkSqlTests; do not edit by hand.
-- Regenerate with: CRM_BLESS_BENCH_SQL=1 dotnet test tests/Crm.Customers.Tests --filter BenchmarkSqlTests

SELECT c.id, c.full_name, c.alternate_name, c.email, c.phone, c.account_id, (
    SELECT a.name
    FROM customers.accounts AS a
    WHERE a.id = c.account_id
    LIMIT 1), c.tier, c.stage, c.relationship, c.owner_id, c.team_id, c.tags, c.created_at, c.updated_at, c.deleted_at, c.xmin
FROM customers.contacts AS c
WHERE c.deleted_at IS NULL AND @tokens <@ c.search_tokens
ORDER BY c.full_name COLLATE "C", c.id
LIMIT @p;
