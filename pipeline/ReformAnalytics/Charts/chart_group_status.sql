-- chart_group_status: how many tasks of each special group are in each reported status at one report month
-- ($month), for the stacked completion chart. A plain count over task_status (one row per task per month);
-- groups in the order the ledger lists them that month (group_ordinal), as the report's table beside the chart.
-- A missing group shows as '(未填)', as in metric_summary, and comes last.
WITH counts AS (
    SELECT coalesce(special_group, '(未填)') AS special_group, status, count(*)::INTEGER AS tasks
    FROM task_status
    WHERE report_month = $month
    GROUP BY ALL
)
SELECT special_group, status, tasks
FROM counts
ORDER BY group_ordinal($month, special_group) NULLS LAST, special_group, status;
