-- chart_monthly_trend: month by month from January of the year of $month up to $month, the whole ledger's
-- work share (工作进度, mean actual_pct) against its time share (时间进度, mean planned_pct), as metric_summary
-- defines them for dimension 'all'. These are the 双过半 shares.
SELECT report_month, work_share_pct, time_share_pct
FROM metric_summary
WHERE dimension = 'all'
  AND report_month BETWEEN make_date(year($month), 1, 1) AND $month
ORDER BY report_month;
