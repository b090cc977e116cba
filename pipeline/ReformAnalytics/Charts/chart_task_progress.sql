-- chart_task_progress: every task at $month with planned_pct (share of its window gone, x), actual_pct (y) and
-- light (colour), straight from task_status. Tasks with no deadline (planned_pct NULL) or no progress figure
-- (actual_pct NULL) cannot be drawn; they are read too, so the chart can say how many it leaves out.
SELECT task_id, planned_pct, actual_pct, light
FROM task_status
WHERE report_month = $month
ORDER BY ledger, task_id;
