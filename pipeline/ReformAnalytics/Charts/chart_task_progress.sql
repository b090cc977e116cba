-- chart_task_progress: one point per task with a deadline and a known progress at $month: planned_pct (share
-- of its window gone, x), actual_pct (y) and light (colour), straight from task_status.
SELECT task_id, planned_pct, actual_pct, light
FROM task_status
WHERE report_month = $month
  AND planned_pct IS NOT NULL
  AND actual_pct IS NOT NULL
ORDER BY ledger, task_id;
