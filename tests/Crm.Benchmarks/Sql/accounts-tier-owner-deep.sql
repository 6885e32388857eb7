-- accounts-tier-owner-deep: GET /accounts?tier&ownerId&sort=name&cursor: accounts of one tier and owner, a page 5–20 pages deep
-- The SQL the API issues for one request, captured from EF Core by BenchmarkSqlTests; do not edit by hand.
-- Regenerate with: CRM_BLESS_BENCH_SQL=1 dotnet test tests/Crm.Customers.Tests --filter BenchmarkSqlTests

SELECT a.id, a.name, a.alternate_name, a.industry, a.email, a.phone, a.tier, a.stage, a.relationship, a.owner_id, a.team_id, a.tags, a.created_at, a.updated_at, a.deleted_at, a.xmin
FROM customers.accounts AS a
WHERE a.deleted_at IS NULL AND a.tier = @tier AND a.owner_id = @owner AND (a.name, a.id) > (@bound_Key, @bound_Id)
ORDER BY a.name, a.id
LIMIT @p;
