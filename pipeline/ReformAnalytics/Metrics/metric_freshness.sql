-- metric_freshness: one row; fresh is true when the stored tables (task_status, metric_summary,
-- reporting_discipline, unit_ranking) were built from the snapshots and definitions there are now, i.e. the
-- fingerprint metric_source equals the one metric_refresh recorded at the last refresh.
CREATE OR REPLACE VIEW metric_freshness AS
SELECT
    coalesce(
        r.snapshot_rows = s.snapshot_rows
        AND r.last_report_month IS NOT DISTINCT FROM s.last_report_month
        AND r.ingest_log_rows = s.ingest_log_rows
        AND r.definitions_hash = s.definitions_hash,
        false) AS fresh,
    s.snapshot_rows,
    r.snapshot_rows AS stored_snapshot_rows,
    s.last_report_month,
    r.last_report_month AS stored_last_report_month
FROM metric_source s
LEFT JOIN metric_refresh r ON true;
