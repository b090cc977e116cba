-- chart_unit_behind: per lead unit and report month, from January of the year of $month to $month, how many
-- of its tasks task_status flags behind (lag at or above the amber threshold, not completed).
SELECT
    coalesce(lead_unit, '(未填)') AS lead_unit,
    report_month,
    (count(*) FILTER (behind))::INTEGER AS behind
FROM task_status
WHERE report_month BETWEEN make_date(year($month), 1, 1) AND $month
GROUP BY ALL
ORDER BY lead_unit, report_month;
