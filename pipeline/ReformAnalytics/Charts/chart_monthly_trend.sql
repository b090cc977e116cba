-- chart_monthly_trend: month by month from January of the year of $month up to $month, the whole ledger's
-- work share (工作进度, mean actual_pct) against its time share (时间进度, mean planned_pct: each task's own planned
-- share by its deadline), as metric_summary defines them for dimension 'all'. These are the 双过半 shares. Beside them
-- the calendar share of the year gone (全年时间已过，按日历计: double_half.year_time_pct), a different yardstick that
-- the chart names apart.
SELECT s.report_month, s.work_share_pct, s.time_share_pct, d.year_time_pct
FROM metric_summary s
LEFT JOIN double_half d ON d.report_month = s.report_month AND d.dimension = 'all'
WHERE s.dimension = 'all'
  AND s.report_month BETWEEN make_date(year($month), 1, 1) AND $month
ORDER BY s.report_month;
