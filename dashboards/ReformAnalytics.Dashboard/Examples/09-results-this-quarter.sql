-- 标题：本季度成果清单
-- 说明：最近一个季度内首次报告完成的任务和成果形式（results_list）。
SELECT completed_month, ledger, task_id, task_name, lead_unit, result_form, completed_on_time
FROM results_list
WHERE completed_quarter = (SELECT max(completed_quarter) FROM results_list)
ORDER BY completed_month, task_id;
