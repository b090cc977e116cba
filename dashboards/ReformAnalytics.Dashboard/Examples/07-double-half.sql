-- 标题：未达到双过半的专项小组和单位
-- 说明：任务进度低于时间进度的专项小组和牵头单位，差距大的在前；差距相同的，专项小组按台账所列的顺序（double_half，半年看 6 月）。
SELECT report_month, dimension, group_name, deadline_tasks, time_share_pct, work_share_pct, gap_pp
FROM double_half
WHERE report_month = (SELECT max(report_month) FROM double_half)
  AND dimension IN ('group', 'unit')
  AND NOT reached
ORDER BY gap_pp, CASE WHEN dimension = 'group' THEN group_ordinal(report_month, group_name) END NULLS LAST, group_name;
