-- return_progress: 报送进度, per ledger, report month and lead unit that owed returns: the tasks it owed
-- (return_expectations, as in reporting_discipline), how many came back and how many are missing,
-- and whether the unit has no row at all in the ledger's month (sent_nothing: no return came from it, the unit to call)
-- rather than a return that left tasks out. Per ledger, so a unit that sent its pilots but not its overall return is
-- sent_nothing in the overall ledger. Units that owed nothing have no row. A plain view over return_expectations and snapshots.
CREATE OR REPLACE VIEW return_progress AS
WITH owed AS (
    SELECT
        report_month,
        ledger,
        unit AS lead_unit,
        count(*)::INTEGER AS expected_returns,
        (count(*) FILTER (returned))::INTEGER AS returned,
        (count(*) FILTER (NOT returned))::INTEGER AS missing_returns
    FROM return_expectations
    GROUP BY ALL
),
sent AS (
    SELECT DISTINCT ledger, report_month, coalesce(lead_unit, '(未填)') AS lead_unit
    FROM snapshots
)
SELECT
    o.report_month,
    o.ledger,
    o.lead_unit,
    o.expected_returns,
    o.returned,
    o.missing_returns,
    s.lead_unit IS NULL AS sent_nothing
FROM owed o
LEFT JOIN sent s ON s.ledger = o.ledger AND s.report_month = o.report_month AND s.lead_unit = o.lead_unit;
