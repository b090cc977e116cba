-- refresh: stores the four expensive definitions as tables of the plain name, in dependency order, and
-- records the fingerprint they were built from. MetricViews runs it in one transaction after an ingest
-- (or whenever metric_freshness says the stored tables are stale).
--   task_status           <- task_status_live           (window functions over every task's history)
--   metric_summary        <- metric_summary_live        (every month x dimension, with previous month/quarter)
--   reporting_discipline  <- reporting_discipline_live  (every unit x month)
--   unit_ranking          <- unit_ranking_live          (every unit x month, from the two above)
-- The small tables are sorted by report month so a query for one month reads that month's blocks only;
-- task_status is not (sorting 2M wide rows would double the rebuild; it comes out roughly in snapshot order).
CREATE OR REPLACE TABLE task_status AS
SELECT * FROM task_status_live;

CREATE OR REPLACE TABLE metric_summary AS
SELECT * FROM metric_summary_live ORDER BY report_month, dimension, group_name;

CREATE OR REPLACE TABLE reporting_discipline AS
SELECT * FROM reporting_discipline_live ORDER BY report_month, lead_unit;

CREATE OR REPLACE TABLE unit_ranking AS
SELECT * FROM unit_ranking_live ORDER BY report_month, ranked DESC, rank, lead_unit;

CREATE OR REPLACE TABLE metric_refresh AS
SELECT * FROM metric_source;
