-- contact-by-id: GET /contacts/{id}: one contact by id, ids drawn across the whole table
-- The SQL the API issues for one request, captured from EF Core by BenchmarkSqlTests; do not edit by hand.
-- Regenerate with: CRM_BLESS_BENCH_SQL=1 dotnet test tests/Crm.Customers.Tests --filter BenchmarkSqlTests

SELECT c.id, c.full_name, c.alternate_name, c.job_title, c.email, c.phone, c.mobile, c.account_id, (
    SELECT a.name
    FROM customers.accounts AS a
    WHERE a.id = c.account_id
    LIMIT 1), c.address_line1, c.address_line2, c.address_city, c.address_region, c.address_postal_code, c.address_country, c.source, c.notes, c.tags, c.tier, c.stage, c.relationship, c.owner_id, c.team_id, c.created_at, c.updated_at, c.deleted_at, c.merged_into_id, c.xmin
FROM customers.contacts AS c
WHERE c.id = @query_Id
LIMIT 1;
