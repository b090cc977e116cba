-- chart_unit_behind: per lead unit and report month, from January of the year of $month to $month, how many
-- of its tasks task_status flags behind (lag at or above the amber threshold, not completed), and the month's
-- returns it owed and did not send, as return_progress counts them from return_expectations (the one definition
-- of an owed return): missing_returns (漏报, summed over the ledgers) and sent_nothing (未报: it owed returns and
-- has no row of its own in any ledger that month; a carried row, 销号沿用, is the office's, not a return).
-- A unit-month with neither a task row nor an owed return has no row.
WITH counted AS (
    SELECT
        coalesce(lead_unit, '(未填)') AS lead_unit,
        report_month,
        (count(*) FILTER (behind))::INTEGER AS behind,
        bool_or(NOT carried) AS sent_rows
    FROM task_status
    WHERE report_month BETWEEN make_date(year($month), 1, 1) AND $month
    GROUP BY ALL
),
owed AS (
    SELECT lead_unit, report_month, sum(missing_returns)::INTEGER AS missing_returns
    FROM return_progress
    WHERE report_month BETWEEN make_date(year($month), 1, 1) AND $month
    GROUP BY ALL
)
SELECT
    coalesce(c.lead_unit, o.lead_unit) AS lead_unit,
    coalesce(c.report_month, o.report_month) AS report_month,
    coalesce(c.behind, 0) AS behind,
    coalesce(o.missing_returns, 0) AS missing_returns,
    o.lead_unit IS NOT NULL AND NOT coalesce(c.sent_rows, false) AS sent_nothing
FROM counted c
FULL JOIN owed o ON o.lead_unit = c.lead_unit AND o.report_month = c.report_month
ORDER BY lead_unit, report_month;
