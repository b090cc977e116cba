-- metric_source: a cheap fingerprint of what the stored metric tables are built from: the number of
-- snapshot rows, the last report month, the number of ingest_log rows and the fingerprint of the definitions
-- installed (metric_definitions: a hash of the library's definition files, settings included, written when they
-- are installed). refresh.sql records it in metric_refresh; metric_freshness compares the two.
CREATE OR REPLACE VIEW metric_source AS
SELECT
    (SELECT count(*) FROM snapshots) AS snapshot_rows,
    (SELECT max(report_month) FROM snapshots) AS last_report_month,
    (SELECT count(*) FROM ingest_log) AS ingest_log_rows,
    (SELECT max(definitions_hash) FROM metric_definitions) AS definitions_hash;
