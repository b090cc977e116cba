-- 标题：各牵头单位逾期和滞后任务数
-- 说明：最近一个填报月份，按逾期、滞后任务数从多到少排列的牵头单位（metric_summary，dimension = 'unit'）。
SELECT group_name AS lead_unit, tasks, completed, completion_rate_pct, overdue, behind, stalled, avg_lag_pp
FROM metric_summary
WHERE report_month = (SELECT max(report_month) FROM metric_summary)
  AND dimension = 'unit'
ORDER BY overdue DESC, behind DESC, group_name;
