-- 标题：本月各台账完成情况
-- 说明：最近一个填报月份，全部任务和三本台账各自的任务数、完成率、按期完成率、滞后和逾期（metric_summary）。
SELECT dimension, group_name, tasks, deadline_tasks, completed, completion_rate_pct, on_time_rate_pct,
       behind, overdue, stalled, open_ended_excluded, no_deadline_excluded
FROM metric_summary
WHERE report_month = (SELECT max(report_month) FROM metric_summary)
  AND dimension IN ('all', 'ledger')
ORDER BY dimension = 'ledger', ledger_ordinal(group_name);
