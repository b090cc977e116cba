-- reporting_discipline_live: per report month and lead unit, whether the unit's monthly return came in.
-- A task is expected in month M when it was in its ledger's snapshot of month M-1, was not completed
-- there, and the ledger's snapshot of month M has been taken in; it is a missing return when it is not
-- in that snapshot (task_status.next_month_returned = false on its M-1 row). The unit is the lead unit
-- written in M-1. Units with nothing expected in M have no row for M. Stored as reporting_discipline.
--   return_rate_pct = 100 * returned / expected_returns; return_missing = missing_returns > 0.
CREATE OR REPLACE VIEW reporting_discipline_live AS
WITH expected AS (
    SELECT
        (report_month + INTERVAL 1 MONTH)::DATE AS report_month,
        coalesce(lead_unit, '(未填)') AS lead_unit,
        next_month_returned
    FROM task_status
    WHERE NOT completed AND next_month_returned IS NOT NULL
)
SELECT
    report_month,
    lead_unit,
    count(*)::INTEGER AS expected_returns,
    (count(*) FILTER (next_month_returned))::INTEGER AS returned,
    (count(*) FILTER (NOT next_month_returned))::INTEGER AS missing_returns,
    100.0 * count(*) FILTER (next_month_returned) / count(*) AS return_rate_pct,
    count(*) FILTER (NOT next_month_returned) > 0 AS return_missing
FROM expected
GROUP BY report_month, lead_unit;
