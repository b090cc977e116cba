-- chart_task_progress: every task at $month with planned_pct (share of its window gone, x), actual_pct (y),
-- light (colour) and deadline (x instead of planned_pct when most tasks' time is all gone, as at the year's end),
-- straight from task_status. Tasks with no deadline (planned_pct NULL) or no progress figure (actual_pct NULL)
-- cannot be drawn; they are read too, so the chart can say how many it leaves out.
SELECT task_id, planned_pct, actual_pct, light, deadline
FROM task_status
WHERE report_month = $month
ORDER BY ledger_ordinal(ledger), task_id;
