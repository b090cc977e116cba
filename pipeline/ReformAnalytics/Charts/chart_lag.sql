-- chart_lag: lag_pp (planned_pct - actual_pct) of every open task with a known lag at $month, for the lag
-- distribution; with the amber and red thresholds of metric_settings on every row.
SELECT t.lag_pp, m.amber_lag_pp, m.red_lag_pp
FROM task_status t, metric_settings m
WHERE t.report_month = $month
  AND NOT t.completed
  AND t.lag_pp IS NOT NULL;
