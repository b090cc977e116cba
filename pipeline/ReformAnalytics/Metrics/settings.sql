-- metric_settings: the one place for every threshold and weight the metric views use (one row).
-- Change a value here, rebuild (MetricViews.InstallAsync), and every consumer sees the same rule.
--   traffic light (红绿灯) of a task, first match wins (see docs/metrics.md, "Light"):
--     completed -> green; overdue -> red; lag_pp >= red_lag_pp -> red; lag_pp >= amber_lag_pp -> amber;
--     stalled -> amber; a task with a deadline and no progress figure -> amber; otherwise green.
--   behind (滞后): not completed and lag_pp >= amber_lag_pp.
--   stalled (停滞): not completed and stalled_months >= stalled_min_months.
--   红黑榜 score = sum of weight x component score (each 0-100); the weights add up to 1.
--   board_share: share of ranked units put on the red board (红榜, best) and on the black board (黑榜, worst).
CREATE OR REPLACE VIEW metric_settings AS
SELECT
    10.0 AS amber_lag_pp,
    25.0 AS red_lag_pp,
    2    AS stalled_min_months,
    0.40 AS weight_on_time,
    0.25 AS weight_lag,
    0.20 AS weight_overdue,
    0.15 AS weight_discipline,
    0.20 AS board_share;

-- The 红黑榜 and 年度考核 scores and boards, defined once (unit_ranking_live, unit_assessment):
--   discipline_score(missing, expected) = 100 * (1 - missing / expected), 100 when nothing was expected;
--   unit_score(on_time, lag, overdue, discipline) = the components weighted by metric_settings;
--   unit_board(rank, rank_from_bottom, units_ranked) = 'red' for the best ceil(board_share x units ranked) (at least
--   one), 'black' for as many from the bottom, never both; NULL for the rest and for units not ranked;
--   ranking_score(score) = the score units are ranked by: to two decimals, as every output prints it, so units
--   printed with the same score share a rank.
CREATE OR REPLACE MACRO ranking_score(score) AS round(score, 2);

CREATE OR REPLACE MACRO discipline_score(missing, expected) AS
    CASE WHEN expected > 0 THEN 100.0 * (1 - missing / expected) ELSE 100.0 END;

CREATE OR REPLACE MACRO unit_score(on_time_score, lag_score, overdue_score, discipline_score) AS (
    SELECT weight_on_time * on_time_score + weight_lag * lag_score
        + weight_overdue * overdue_score + weight_discipline * discipline_score
    FROM metric_settings
);

CREATE OR REPLACE MACRO unit_board(place, place_from_bottom, ranked_units) AS (
    SELECT CASE
        WHEN place <= greatest(1, ceil(ranked_units * board_share)) THEN 'red'
        WHEN place_from_bottom <= greatest(1, ceil(ranked_units * board_share)) THEN 'black'
    END
    FROM metric_settings
);

-- ranked_units(scored): the rows of the table or CTE named scored (one per report_month and lead unit, with score and
-- ranked) with their place: rank (1 = best among the units ranked that month; equal ranking_score() share a rank; NULL
-- when not ranked), units_ranked and board (unit_board()). The one ranking of the 红黑榜 (unit_ranking_live) and of
-- the 年度考核 (unit_assessment), which differ only in how the score is made.
CREATE OR REPLACE MACRO ranked_units(scored) AS TABLE
SELECT
    * EXCLUDE (rank_from_bottom),
    unit_board(rank, rank_from_bottom, units_ranked) AS board
FROM (
    SELECT
        *,
        CASE WHEN ranked THEN rank() OVER (PARTITION BY report_month, ranked ORDER BY ranking_score(score) DESC) END AS rank,
        CASE WHEN ranked THEN rank() OVER (PARTITION BY report_month, ranked ORDER BY ranking_score(score) ASC) END AS rank_from_bottom,
        count(*) FILTER (ranked) OVER (PARTITION BY report_month) AS units_ranked
    FROM query_table(scored)
);

-- figures_note(report_month, figures_month, carried_returns): what a person is told beside a unit on the 红黑榜 and in
-- the 年度考核 when its figures hold returns it owed and did not send (unit_ranking_live): '12月未报送，按8月报送的进度计'
-- when it sent nothing in the month (figures_month earlier than report_month), '12月漏报3项，按上次报送的进度计' when its
-- return left tasks out; NULL otherwise. The one wording of the CLI, the lists, the report, the dashboard and the notebooks.
CREATE OR REPLACE MACRO figures_note(report_month, figures_month, carried_returns) AS
    CASE
        WHEN figures_month < report_month
            THEN month(report_month)::VARCHAR || '月未报送，按' || month(figures_month)::VARCHAR || '月报送的进度计'
        WHEN carried_returns > 0
            THEN month(report_month)::VARCHAR || '月漏报' || carried_returns::VARCHAR || '项，按上次报送的进度计'
    END;

-- ledger_label(ledger): the Chinese name of a ledger identifier, for queries whose result a person reads
-- ('overall' -> 改革任务总台账, 'assigned_pilot' -> 上级部署试点台账, 'local_pilot' -> 自选试点台账; anything else as it is).
CREATE OR REPLACE MACRO ledger_label(ledger) AS
    CASE ledger
        WHEN 'overall' THEN '改革任务总台账'
        WHEN 'assigned_pilot' THEN '上级部署试点台账'
        WHEN 'local_pilot' THEN '自选试点台账'
        ELSE ledger
    END;

-- task_label(task_heading, task_name): a task's name as a person reads it in a list, a sub-task with the heading it is
-- listed under before it ('深化国资国企改革', '制定实施方案' -> 深化国资国企改革 › 制定实施方案; no heading -> the name alone),
-- as the workbooks, the 督办单 and the report print it (TaskLabel in the library).
CREATE OR REPLACE MACRO task_label(task_heading, task_name) AS
    CASE WHEN nullif(trim(task_heading), '') IS NULL THEN task_name ELSE trim(task_heading) || ' › ' || task_name END;
