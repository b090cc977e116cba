-- 标题：本月漏报的单位和任务
-- 说明：上月在台账中、尚未完成、本月却没有报送的任务，按牵头单位列出（missing_returns）。
SELECT lead_unit, task_id, task_name, last_reported_month, last_actual_pct, last_status
FROM missing_returns
WHERE report_month = (SELECT max(report_month) FROM missing_returns)
ORDER BY lead_unit, task_id;
