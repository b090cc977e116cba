-- 标题：报“序时推进”却已亮红灯的任务
-- 说明：单位报告正常推进或超进度，但按完成时限和进度计算已经亮红灯：报告与实际不符，需要核实。
SELECT task_id, task_name, lead_unit, status_text, progress_pct, planned_pct, actual_pct, lag_pp, light_reason
FROM task_status
WHERE report_month = (SELECT max(report_month) FROM task_status)
  AND status_disagrees
ORDER BY lag_pp DESC NULLS LAST;
