-- 标题：逾期未完成的任务
-- 说明：最近一个填报月份已过完成时限仍未完成的任务，逾期天数多的在前（task_status）。
SELECT task_id, task_name, lead_unit, leader, deadline_text, deadline, days_overdue, actual_pct, status_text
FROM task_status
WHERE report_month = (SELECT max(report_month) FROM task_status)
  AND overdue
ORDER BY days_overdue DESC, task_id;
