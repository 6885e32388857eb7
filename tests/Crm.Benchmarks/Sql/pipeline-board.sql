-- pipeline-board: GET /sales/opportunities/board?teamId=…: the default pipeline's board for one team (stage totals, average days in stage, 50 cards a stage)
-- The SQL the API issues for one request, captured from EF Core by BenchmarkSqlTests; do not edit by hand.
-- Regenerate with: CRM_BLESS_BENCH_SQL=1 dotnet test tests/Crm.Customers.Tests --filter BenchmarkSqlTests

SELECT p1.id, p1.created_at, p1.is_active, p1.is_default, p1.name, p1.updated_at, p1.xmin, p0.id, p0.category, p0.name, p0.pipeline_id, p0.position, p0.probability
FROM (
    SELECT p.id, p.created_at, p.is_active, p.is_default, p.name, p.updated_at, p.xmin
    FROM sales.pipelines AS p
    WHERE p.is_default
    LIMIT 1
) AS p1
LEFT JOIN sales.pipeline_stages AS p0 ON p1.id = p0.pipeline_id
ORDER BY p1.id;

SELECT o0."StageId", o0."Currency", o0."Count", o0."Amount", o0."Weighted"
FROM sales.pipeline_stages AS p
JOIN LATERAL (
    SELECT p.id AS "StageId", o.currency AS "Currency", count(*)::int AS "Count", COALESCE(sum(o.amount), 0.0) AS "Amount", COALESCE(sum((o.amount * o.probability) / 100.0), 0.0) AS "Weighted"
    FROM sales.opportunities AS o
    WHERE o.pipeline_id = @pipeline_Id AND (o.status = 'Open' OR o.close_date >= @since) AND o.team_id = @team AND o.stage_id = p.id AND o.close_date >= CASE
        WHEN p.category = 'Open' THEN @MinValue
        ELSE @since
    END
    GROUP BY o.currency
) AS o0 ON TRUE
WHERE p.pipeline_id = @pipeline_Id;

SELECT e.currency AS "Currency", e.rate AS "Rate"
FROM sales.exchange_rates AS e
WHERE e.valid_from = (
    SELECT max(e0.valid_from)
    FROM sales.exchange_rates AS e0
    WHERE e0.currency = e.currency AND e0.valid_from <= @day);

SELECT o.stage_id AS "Key", avg(o.days_in_stage) AS "Days"
FROM sales.opportunity_stage_changes AS o
INNER JOIN (
    SELECT o0.id
    FROM sales.opportunities AS o0
    WHERE o0.pipeline_id = @pipeline_Id AND (o0.status = 'Open' OR o0.close_date >= @since) AND o0.team_id = @team
) AS o1 ON o.opportunity_id = o1.id
WHERE o.stage_id = ANY (@stageIds) AND o.days_in_stage IS NOT NULL
GROUP BY o.stage_id;

SELECT o0.id, o0.name, o0.account_id, o0.contact_id, o0.pipeline_id, o0.stage_id, p.name, o0.amount, o0.currency, o0.probability, o0.close_date, o0.status, o0.forecast_category, o0.next_step, o0.stage_entered_at, o0.owner_id, o0.team_id, o0.xmin
FROM sales.pipeline_stages AS p
JOIN LATERAL (
    SELECT o.id, o.account_id, o.amount, o.close_date, o.contact_id, o.currency, o.forecast_category, o.name, o.next_step, o.owner_id, o.pipeline_id, o.probability, o.stage_entered_at, o.stage_id, o.status, o.team_id, o.xmin
    FROM sales.opportunities AS o
    WHERE o.pipeline_id = @pipeline_Id AND (o.status = 'Open' OR o.close_date >= @since) AND o.team_id = @team AND o.stage_id = p.id AND o.close_date >= CASE
        WHEN p.category = 'Open' THEN @MinValue
        ELSE @since
    END
    ORDER BY o.close_date, o.id
    LIMIT @q_PerStage
) AS o0 ON TRUE
WHERE p.pipeline_id = @pipeline_Id
ORDER BY p.position, o0.close_date, o0.id;

SELECT a.id AS "Id", a.name AS "Name"
FROM customers.accounts AS a
WHERE a.deleted_at IS NULL AND a.id = ANY (@accountIds);

SELECT c.id AS "Id", c.full_name AS "FullName"
FROM customers.contacts AS c
WHERE c.deleted_at IS NULL AND c.id = ANY (@contactIds);
