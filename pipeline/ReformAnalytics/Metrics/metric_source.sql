-- metric_source: a cheap fingerprint of what the stored metric tables are built from: the number of
-- snapshot rows, the last report month, the number of ingest_log rows and the installed text of every
-- metric definition (settings included). refresh.sql records it in metric_refresh; metric_freshness
-- compares the two.
CREATE OR REPLACE VIEW metric_source AS
SELECT
    (SELECT count(*) FROM snapshots) AS snapshot_rows,
    (SELECT max(report_month) FROM snapshots) AS last_report_month,
    (SELECT count(*) FROM ingest_log) AS ingest_log_rows,
    (SELECT hash(string_agg(view_name || ':' || sql, chr(10) ORDER BY view_name))
        FROM duckdb_views()
        WHERE NOT internal
          AND view_name IN ('metric_settings', 'task_progress', 'task_status_live',
                            'metric_summary_live', 'reporting_discipline_live', 'unit_ranking_live')) AS definitions_hash;
