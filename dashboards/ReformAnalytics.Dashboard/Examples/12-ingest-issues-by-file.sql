-- 标题：入库问题最多的文件
-- 说明：各文件在入库时发现的错误和提醒条数，可据此督促填报单位规范台账格式。
SELECT file, count(*) FILTER (WHERE severity = 'error') AS errors, count(*) FILTER (WHERE severity = 'warning') AS warnings
FROM ingest_issues
GROUP BY file
ORDER BY errors DESC, warnings DESC;
