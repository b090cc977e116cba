-- missing_months: one row per ledger and report month with no snapshot stored, between the first and the last
-- stored month of that ledger's year (June and August stored, July never ingested). Months before a year's first
-- stored month are not listed (a ledger may begin in March), nor months after its last (not yet reported, or not
-- yet ingested: the quarterly report says so by itself). A missing month has no figures of its own; the change
-- from it, the missing returns of it and of the month after, cannot be computed; stalled months step over it.
-- A view of the database itself (like tasks), created with the schema: ingest names these months in its summary
-- after every run, and reform metrics, the quarterly report, the dashboard and the notebooks read the same view.
CREATE OR REPLACE VIEW missing_months AS
WITH stored AS (
    SELECT DISTINCT ledger, report_month FROM snapshots
),
years AS (
    SELECT ledger, year(report_month) AS ledger_year, min(report_month) AS first_month, max(report_month) AS last_month
    FROM stored
    GROUP BY ledger, year(report_month)
),
months AS (
    SELECT y.ledger, y.ledger_year, unnest(generate_series(y.first_month, y.last_month, INTERVAL 1 MONTH))::DATE AS report_month
    FROM years y
)
SELECT
    m.ledger,
    m.ledger_year,
    m.report_month,
    last_day(m.report_month) AS status_date
FROM months m
ANTI JOIN stored s ON s.ledger = m.ledger AND s.report_month = m.report_month;
