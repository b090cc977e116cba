-- reporting_discipline_live: per report month and lead unit, whether the unit's monthly returns came in: the
-- returns it owed in the month (return_expectations: last month's open tasks, every month of a gap a task comes
-- back after, and every month the unit sent nothing at all) and how many of them came. The unit is the lead unit
-- written in the task's last snapshot. Units with nothing expected in M have no row for M. Stored as
-- reporting_discipline.
--   return_rate_pct = 100 * returned / expected_returns; return_missing = missing_returns > 0.
CREATE OR REPLACE VIEW reporting_discipline_live AS
SELECT
    report_month,
    unit AS lead_unit,
    count(*)::INTEGER AS expected_returns,
    (count(*) FILTER (returned))::INTEGER AS returned,
    (count(*) FILTER (NOT returned))::INTEGER AS missing_returns,
    100.0 * count(*) FILTER (returned) / count(*) AS return_rate_pct,
    count(*) FILTER (NOT returned) > 0 AS return_missing
FROM return_expectations
GROUP BY report_month, unit;
