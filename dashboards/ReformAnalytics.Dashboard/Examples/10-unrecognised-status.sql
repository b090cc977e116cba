-- 标题：没有识别的“推进状态”写法
-- 说明：单位填写的状态原文中，没有对应到标准状态的写法及出现次数，可据此补充状态词表。
SELECT status_text, count(*) AS times, count(DISTINCT lead_unit) AS units, max(report_month) AS last_seen
FROM snapshots
WHERE status = 'unknown'
GROUP BY status_text
ORDER BY times DESC;
