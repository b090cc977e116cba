-- unit_ranking_live: 红黑榜, lead units ranked per report month by a composite score (0-100, higher is better):
--   score = weight_on_time * on_time_score + weight_lag * lag_score
--         + weight_overdue * overdue_score + weight_discipline * discipline_score   (weights: metric_settings)
--   on_time_score    = 100 * completed_on_time / settled                 (100 when nothing is settled yet)
--   lag_score        = 100 - avg_lag_pp, kept within 0-100              (100 when no open task has a lag)
--   overdue_score    = 100 * (1 - overdue / deadline_tasks)
--   discipline_score = 100 * (1 - missing_returns_qtd / expected_returns_qtd)   (100 when none expected)
--   the unit figures are metric_summary's (dimension 'unit') of the report month, or, for a unit that owes returns
--   and has no task row in the month (it sent nothing), of its last month in the ledger year (figures_month); the
--   discipline figures add up reporting_discipline over the months of the quarter up to the report month.
-- discipline_score(), unit_score() and ranked_units() (rank and board: ranking_score(), unit_board()) are the macros of
-- settings.sql, shared with unit_assessment.
-- Units without a task with a deadline are listed but not ranked (ranked = false, rank NULL).
-- rank: 1 = best (scores equal to two decimals, as printed, share a rank). board: 'red' (红榜) for the best ceil(board_share x ranked units)
-- (at least one), 'black' (黑榜) for as many from the bottom, never both. Stored as unit_ranking.
CREATE OR REPLACE VIEW unit_ranking_live AS
WITH unit_rows AS (
    SELECT *, report_month AS figures_month FROM metric_summary WHERE dimension = 'unit'
),
-- A unit that owes returns in a month and sent nothing has no row of its own in that month: it is ranked on its figures
-- as last reported in the ledger year (figures_month), with the month's discipline, so falling silent never takes a
-- unit off the 红黑榜 or out of the year-end assessment.
silent AS (
    SELECT d.report_month, u.* EXCLUDE (report_month)
    FROM (SELECT DISTINCT report_month, lead_unit FROM reporting_discipline) d
    JOIN unit_rows u
        ON u.group_name = d.lead_unit AND u.report_month < d.report_month AND year(u.report_month) = year(d.report_month)
    ANTI JOIN unit_rows now ON now.group_name = d.lead_unit AND now.report_month = d.report_month
    QUALIFY row_number() OVER (PARTITION BY d.report_month, d.lead_unit ORDER BY u.report_month DESC) = 1
),
units AS (
    SELECT
        s.report_month,
        s.figures_month,
        s.group_name AS lead_unit,
        s.tasks,
        s.deadline_tasks,
        s.completed,
        s.completed_on_time,
        s.settled,
        s.on_time_rate_pct,
        s.avg_lag_pp,
        s.overdue,
        coalesce(sum(d.expected_returns), 0)::INTEGER AS expected_returns_qtd,
        coalesce(sum(d.missing_returns), 0)::INTEGER AS missing_returns_qtd
    FROM (SELECT * FROM unit_rows UNION ALL BY NAME SELECT * FROM silent) s
    LEFT JOIN reporting_discipline d
        ON d.lead_unit = s.group_name
        AND d.report_month BETWEEN date_trunc('quarter', s.report_month)::DATE AND s.report_month
    GROUP BY ALL
),
scores AS (
    SELECT
        u.*,
        CASE WHEN u.settled > 0 THEN 100.0 * u.completed_on_time / u.settled ELSE 100.0 END AS on_time_score,
        100.0 - least(100.0, greatest(0.0, coalesce(u.avg_lag_pp, 0.0))) AS lag_score,
        CASE WHEN u.deadline_tasks > 0 THEN 100.0 * (1 - u.overdue / u.deadline_tasks) ELSE 100.0 END AS overdue_score,
        discipline_score(u.missing_returns_qtd, u.expected_returns_qtd) AS discipline_score,
        u.deadline_tasks > 0 AS ranked
    FROM units u
),
scored AS (
    SELECT *, unit_score(on_time_score, lag_score, overdue_score, discipline_score) AS score
    FROM scores
)
SELECT * FROM ranked_units(scored);
