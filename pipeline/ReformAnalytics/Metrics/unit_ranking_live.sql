-- unit_ranking_live: 红黑榜, lead units ranked per report month by a composite score (0-100, higher is better):
--   score = weight_on_time * on_time_score + weight_lag * lag_score
--         + weight_overdue * overdue_score + weight_discipline * discipline_score   (weights: metric_settings)
--   on_time_score    = 100 * completed_on_time / settled                 (100 when nothing is settled yet)
--   lag_score        = 100 - avg_lag_pp, kept within 0-100              (100 when no open task has a lag)
--   overdue_score    = 100 * (1 - overdue / deadline_tasks)
--   discipline_score = 100 * (1 - missing_returns_qtd / expected_returns_qtd)   (100 when none expected)
--   the unit figures are metric_summary's (dimension 'unit') of the report month, with each monthly return the unit owed
--   in the month and did not send (return_expectations, returned false: missing_returns) counted as the task stood in its
--   last return, carried forward to the month: its last reported progress (actual_pct) at the month's status date, so
--   its planned progress, lag, overdue and due_unfinished are the month's (task_status_at, the one evaluation), and the
--   figures are summed up by task_summary (metric_summary's own definition). A unit that stops reporting, or leaves its
--   lagging tasks out of a return, is ranked as if it had reported them unchanged: falling silent never takes a unit off
--   the 红黑榜 or out of the year-end assessment, and never spares it a deadline that passed while it was silent.
--   carried_returns = how many such returns the figures hold; figures_month = the report month when the unit sent a
--   return in it (a row of its own, not a 销号 row), else the last month it reported (the latest last_reported_month of
--   its returns owed): the month its figures were sent. figures_note (数据说明) says so for a person, in Chinese:
--   '12月未报送，按8月报送的进度计' (sent nothing), '12月漏报3项，按上次报送的进度计' (left tasks out), NULL otherwise
--   (settings.sql's figures_note, the one wording).
--   The discipline figures add up reporting_discipline over the months of the quarter up to the report month.
-- discipline_score(), unit_score() and ranked_units() (rank and board: ranking_score(), unit_board()) are the macros of
-- settings.sql, shared with unit_assessment.
-- Units without a task with a deadline are listed but not ranked (ranked = false, rank NULL).
-- rank: 1 = best (scores equal to two decimals, as printed, share a rank). board: 'red' (红榜) for the best ceil(board_share x ranked units)
-- (at least one), 'black' (黑榜) for as many from the bottom, never both. Stored as unit_ranking.
CREATE OR REPLACE VIEW unit_ranking_live AS
WITH owed AS (
    -- a return owed in the month and not sent: the task's row of its last return, moved to the month (report_month,
    -- status_date) with everything task_status_at evaluates left out; was_overdue only matters for a completed row
    SELECT
        t.* EXCLUDE (report_quarter, planned_pct, lag_pp, es_date, es_days, sv_t_days, spi_t, completed_on_time, overdue,
            due_unfinished, days_overdue, stalled, behind, light, light_reason, status_disagrees)
            REPLACE (e.report_month AS report_month, last_day(e.report_month) AS status_date),
        false AS was_overdue,
        e.last_reported_month
    FROM return_expectations e
    JOIN task_status t ON t.ledger = e.ledger AND t.task_id = e.task_id AND t.report_month = e.last_reported_month
    WHERE NOT e.returned
),
owing AS (
    SELECT report_month, coalesce(lead_unit, '(未填)') AS lead_unit, count(*)::INTEGER AS carried_returns,
        max(last_reported_month) AS last_reported_month
    FROM owed
    GROUP BY ALL
),
refigured_rows AS (
    SELECT t.*
    FROM task_status t
    SEMI JOIN owing o ON o.report_month = t.report_month AND o.lead_unit = coalesce(t.lead_unit, '(未填)')
    UNION ALL BY NAME
    SELECT * FROM task_status_at(owed)
),
refigured AS (
    SELECT f.*, o.carried_returns,
        CASE WHEN sent.lead_unit IS NULL THEN o.last_reported_month ELSE f.report_month END AS figures_month
    FROM task_summary(refigured_rows) f
    JOIN owing o ON o.report_month = f.report_month AND o.lead_unit = f.group_name
    LEFT JOIN (SELECT DISTINCT report_month, coalesce(lead_unit, '(未填)') AS lead_unit FROM task_status WHERE NOT carried) sent
        ON sent.report_month = f.report_month AND sent.lead_unit = f.group_name
    WHERE f.dimension = 'unit'
),
unit_rows AS (
    SELECT *, 0 AS carried_returns, report_month AS figures_month
    FROM metric_summary m
    WHERE dimension = 'unit'
        AND NOT EXISTS (SELECT 1 FROM owing o WHERE o.report_month = m.report_month AND o.lead_unit = m.group_name)
    UNION ALL BY NAME
    SELECT * FROM refigured
),
units AS (
    SELECT
        s.report_month,
        s.figures_month,
        s.carried_returns,
        figures_note(s.report_month, s.figures_month, s.carried_returns) AS figures_note,
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
    FROM unit_rows s
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
