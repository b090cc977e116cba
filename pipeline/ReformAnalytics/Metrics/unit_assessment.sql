-- unit_assessment: 年度考核, the year's assessment of each lead unit as it stands at a report month. The same
-- components and weights as unit_ranking (红黑榜), except that reporting discipline counts the whole ledger year
-- to date (January to the report month) instead of the quarter: a return missed in March still counts in December.
--   discipline_score = 100 * (1 - missing_returns_ytd / expected_returns_ytd)   (100 when none expected)
--   score = weight_on_time * on_time_score + weight_lag * lag_score
--         + weight_overdue * overdue_score + weight_discipline * discipline_score   (weights: metric_settings)
-- on_time_score, lag_score and overdue_score are unit_ranking's (already cumulative over the ledger year).
-- So are figures_month, carried_returns and figures_note: a return the unit owed in the report month and did not send
-- counts at its last reported progress, evaluated at the month's status date (unit_ranking_live).
-- rank: 1 = best among the units ranked (scores equal to two decimals share a rank); units without a task with a deadline are not ranked.
-- board: 'red' (居前) for the best ceil(board_share x units ranked), 'black' (居后) for as many from the bottom, as
-- on the 红黑榜; the quarterly report of the fourth quarter names them.
-- discipline_score(), unit_score() and ranked_units() (rank and board) are settings.sql's macros, the 红黑榜's own definitions.
-- The December row is the year-end assessment. A plain view over the stored unit_ranking and reporting_discipline.
CREATE OR REPLACE VIEW unit_assessment AS
WITH year_to_date AS (
    SELECT
        r.report_month,
        r.lead_unit,
        coalesce(sum(d.expected_returns), 0)::INTEGER AS expected_returns_ytd,
        coalesce(sum(d.missing_returns), 0)::INTEGER AS missing_returns_ytd
    FROM unit_ranking r
    LEFT JOIN reporting_discipline d
        ON d.lead_unit = r.lead_unit
        AND d.report_month BETWEEN date_trunc('year', r.report_month)::DATE AND r.report_month
    GROUP BY r.report_month, r.lead_unit
),
scored AS (
    SELECT
        r.report_month,
        r.lead_unit,
        r.figures_month,
        r.carried_returns,
        r.figures_note,
        r.tasks,
        r.deadline_tasks,
        r.completed,
        r.completed_on_time,
        r.settled,
        r.on_time_rate_pct,
        r.avg_lag_pp,
        r.overdue,
        y.expected_returns_ytd,
        y.missing_returns_ytd,
        r.on_time_score,
        r.lag_score,
        r.overdue_score,
        discipline_score(y.missing_returns_ytd, y.expected_returns_ytd) AS discipline_score,
        r.ranked
    FROM unit_ranking r
    JOIN year_to_date y ON y.report_month = r.report_month AND y.lead_unit = r.lead_unit
),
totals AS (
    SELECT *, unit_score(on_time_score, lag_score, overdue_score, discipline_score) AS score
    FROM scored
)
SELECT * FROM ranked_units(totals);
