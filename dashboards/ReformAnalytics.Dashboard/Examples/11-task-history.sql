-- 标题：一项任务的逐月填报记录
-- 说明：把 task_id 换成要看的任务编号，列出它每个月的推进状态、完成进度和进展情况。
SELECT report_month, status, status_text, progress_pct, progress_text, source_file
FROM snapshots
WHERE task_id = (SELECT min(task_id) FROM snapshots)
ORDER BY report_month;
