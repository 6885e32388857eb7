-- contact-by-id: GET /contacts/{id}: one contact by id, ids drawn across the whole table
-- The SQL the API issues for one request, captured from EF Core by BenchmarkSqlTests; do not edit by hand.
-- Regenerate with: CRM_BLESS_BENCH_SQL=1 dotnet test tests/Crm.Customers.Tests --filter BenchmarkSqlTests

SELECT c.id, c.full_name, c.alternate_name, c.job_title, c.email, c.phone, c.mobile, c.account_id, (
    SELECT a.name
    FROM customers.accounts AS a
    WHERE a.id = c.account_id
    LIMIT 1), c.address_line1, c.address_line2, c.address_city, c.address_region, c.address_postal_code, c.address_country, c.source, c.notes, c.tags, c.tier, c.stage, c.relationship, c.owner_id, c.team_id, c.created_at, c.updated_at, c.deleted_at, c.merged_into_id, c.xmin, (
    SELECT min(p.placed_at)
    FROM customers.purchases AS p
    WHERE p.cancelled_at IS NULL AND p.contact_id = c.id), (
    SELECT max(p0.placed_at)
    FROM customers.purchases AS p0
    WHERE p0.cancelled_at IS NULL AND p0.contact_id = c.id), (
    SELECT count(*)::int
    FROM customers.purchases AS p1
    WHERE p1.cancelled_at IS NULL AND p1.contact_id = c.id), COALESCE((
    SELECT COALESCE(sum(p2.value), 0.0)
    FROM customers.purchases AS p2
    WHERE p2.cancelled_at IS NULL AND p2.contact_id = c.id), 0.0), (
    SELECT p3.currency
    FROM customers.purchases AS p3
    WHERE p3.cancelled_at IS NULL AND p3.contact_id = c.id
    LIMIT 1)
FROM customers.contacts AS c
WHERE c.id = @query_Id
LIMIT 1;
