-- tasks.sql: one row per task_id with its latest reported values, and when it was first and last seen.
CREATE OR REPLACE VIEW tasks AS
SELECT
    s.* EXCLUDE (source_file, source_sheet, source_row, rn),
    s.report_month AS last_month,
    f.first_month,
    f.months_reported
FROM (
    SELECT *, row_number() OVER (PARTITION BY task_id ORDER BY report_month DESC) AS rn
    FROM snapshots
) s
JOIN (
    SELECT task_id, min(report_month) AS first_month, count(*) AS months_reported
    FROM snapshots GROUP BY task_id
) f USING (task_id)
WHERE s.rn = 1;
