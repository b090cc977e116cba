-- 标题：进度连续多月未变的任务
-- 说明：最近一个填报月份处于停滞状态的任务（连续月数见 stalled_months，门槛见 metric_settings）。
SELECT task_id, task_name, lead_unit, stalled_months, actual_pct, status_text, progress_text
FROM task_status
WHERE report_month = (SELECT max(report_month) FROM task_status)
  AND stalled
ORDER BY stalled_months DESC, task_id;
