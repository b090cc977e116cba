-- risk_features: one row per task per report month (each task_status row) with what the risk model may know
-- at that status date D. Every figure is computed from rows with report_month <= D only: window frames end at
-- the current row, and the unit and leader figures are cumulative sums joined AS OF D. No column looks ahead
-- (task_status.next_month_returned is not used). All lag, light and stalled rules are task_status's own.
--   special_group, result_form, task_kind   as written at D, else the last value the task's earlier snapshots gave
--                      (some months' templates leave these columns out).
--   months_reported    snapshots of the task so far (this one included).
--   velocity_1m        change of actual_pct since the previous snapshot, per month between them (pp/month).
--   velocity_3m        change of actual_pct since the snapshot three before this one, per month (pp/month).
--   lag_change_1m      lag_pp now minus lag_pp at the previous snapshot.
--   behind_recent      of the last three snapshots (this one included), how many were behind (task_status.behind).
--   max_lag_pp         the largest lag_pp the task has shown so far.
--   days_left          deadline - D in days; months_left: report months from D's month to the deadline's month.
--   window_share       share of the planned window gone at D, 0-1: (D - S) / (F - S), capped.
--   milestones_missed  milestone dates passed by D whose share of the work (j/k) the actual progress has not reached.
--   optimistic_report  reported 序时推进/超进度 (on_track, ahead) while behind (lag_pp >= the amber threshold).
--   figure_missing     no progress figure was reported this month.
--   co_unit_count      number of co-units written (责任/配合单位).
--   unit_settled, unit_late   the lead unit's tasks settled by D: a task is settled on time in the first month it is
--                      reported completed, if that is no later than its deadline's month, and late in the first
--                      month at or after its deadline's month in which it is not completed; unit_late_rate =
--                      unit_late / unit_settled (NULL before any is settled). The same for the leader; a task
--                      led by several leaders (张三、李四) counts in each one's record and takes the highest
--                      late rate and the largest record of its leaders.
--   unit_open_tasks, unit_behind_share   the lead unit's open tasks with a deadline at D (all ledgers) and the
--                      share of them behind or red at D.
--   leader_tasks, leader_load_ratio      tasks the responsible leader answers for in D's ledgers and that count
--                      over the average leader's in the same month (a co-led task: its busiest leader's).
CREATE OR REPLACE VIEW risk_features AS
WITH history AS (
    SELECT
        t.ledger,
        t.task_id,
        t.report_month,
        row_number() OVER w AS months_reported,
        (t.actual_pct - lag(t.actual_pct, 1) OVER w)
            / greatest(1, datediff('month', lag(t.report_month, 1) OVER w, t.report_month)) AS velocity_1m,
        (t.actual_pct - lag(t.actual_pct, 3) OVER w)
            / greatest(1, datediff('month', lag(t.report_month, 3) OVER w, t.report_month)) AS velocity_3m,
        t.lag_pp - lag(t.lag_pp, 1) OVER w AS lag_change_1m,
        count(*) FILTER (t.behind OR t.light = 'red') OVER (w ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS behind_recent,
        max(t.lag_pp) OVER (w ROWS UNBOUNDED PRECEDING) AS max_lag_pp,
        last_value(t.special_group IGNORE NULLS) OVER (w ROWS UNBOUNDED PRECEDING) AS special_group,
        last_value(t.result_form IGNORE NULLS) OVER (w ROWS UNBOUNDED PRECEDING) AS result_form,
        last_value(t.task_kind IGNORE NULLS) OVER (w ROWS UNBOUNDED PRECEDING) AS task_kind
    FROM task_status t
    WINDOW w AS (PARTITION BY t.ledger, t.task_id ORDER BY t.report_month)
),
settlements AS (
    SELECT lead_unit, leader, report_month, late
    FROM (
        SELECT
            lead_unit,
            leader,
            report_month,
            NOT completed AS late,
            row_number() OVER (PARTITION BY ledger, task_id ORDER BY report_month) AS k
        FROM task_status
        WHERE has_deadline
          AND ((completed AND completed_month = report_month AND report_month <= date_trunc('month', deadline))
               OR (NOT completed AND report_month >= date_trunc('month', deadline)))
    )
    WHERE k = 1
),
unit_record AS (
    SELECT
        lead_unit,
        report_month,
        sum(count(*)) OVER (PARTITION BY lead_unit ORDER BY report_month)::BIGINT AS settled,
        sum(count(*) FILTER (late)) OVER (PARTITION BY lead_unit ORDER BY report_month)::BIGINT AS late
    FROM settlements
    WHERE lead_unit IS NOT NULL
    GROUP BY lead_unit, report_month
),
leader_record AS (
    -- per leader: a co-led task (张三、李四) is in each of its leaders' records
    SELECT
        leader,
        report_month,
        sum(count(*)) OVER (PARTITION BY leader ORDER BY report_month)::BIGINT AS settled,
        sum(count(*) FILTER (late)) OVER (PARTITION BY leader ORDER BY report_month)::BIGINT AS late
    FROM (SELECT unnest(string_split(leader, '、')) AS leader, report_month, late FROM settlements WHERE leader IS NOT NULL)
    GROUP BY leader, report_month
),
unit_now AS (
    SELECT
        lead_unit,
        report_month,
        count(*) AS open_tasks,
        count(*) FILTER (behind OR light = 'red') / count(*) AS behind_share
    FROM task_status
    WHERE has_deadline AND NOT completed AND lead_unit IS NOT NULL
    GROUP BY lead_unit, report_month
),
leader_now AS (
    SELECT
        leader,
        report_month,
        count(*) AS tasks,
        count(*) / avg(count(*)) OVER (PARTITION BY report_month) AS load_ratio
    FROM (SELECT unnest(string_split(leader, '、')) AS leader, report_month FROM task_status WHERE leader IS NOT NULL)
    GROUP BY leader, report_month
),
task_leaders AS (
    -- each task's leader figures at D; a co-led task takes those of its leaders that weigh most: the highest
    -- late rate, the largest record, the heaviest load
    SELECT
        t.ledger,
        t.task_id,
        t.report_month,
        max(coalesce(l.settled, 0)) AS settled,
        max(CASE WHEN l.settled > 0 THEN l.late / l.settled END) AS late_rate,
        max(ln.tasks) AS tasks,
        max(ln.load_ratio) AS load_ratio
    FROM (SELECT ledger, task_id, report_month, unnest(string_split(leader, '、')) AS leader FROM task_status WHERE leader IS NOT NULL) t
    ASOF LEFT JOIN leader_record l ON l.leader = t.leader AND l.report_month <= t.report_month
    LEFT JOIN leader_now ln ON ln.leader = t.leader AND ln.report_month = t.report_month
    GROUP BY t.ledger, t.task_id, t.report_month
),
settings AS (
    SELECT amber_lag_pp FROM metric_settings
)
SELECT
    t.ledger,
    t.task_id,
    t.report_month,
    t.status_date,
    t.task_name,
    t.task_heading,
    h.special_group,
    t.lead_unit,
    t.leader,
    h.result_form,
    h.task_kind,
    t.deadline_kind,
    t.deadline_text,
    t.deadline,
    t.has_deadline,
    t.completed,
    t.status,
    t.status_text,
    t.light,
    t.light_reason,
    t.progress_text,
    t.actual_pct,
    t.planned_pct,
    t.lag_pp,
    t.spi_t,
    t.sv_t_days,
    t.stalled_months,
    t.behind,
    h.months_reported,
    h.velocity_1m,
    h.velocity_3m,
    h.lag_change_1m,
    h.behind_recent,
    h.max_lag_pp,
    (t.deadline - t.status_date)::INTEGER AS days_left,
    datediff('month', t.report_month, date_trunc('month', t.deadline)) AS months_left,
    CASE WHEN t.has_deadline AND t.deadline > t.planned_start
        THEN greatest(0.0, least(1.0, (t.status_date - t.planned_start) / (t.deadline - t.planned_start)))
    END AS window_share,
    CASE WHEN t.has_deadline THEN len(list_filter(
        range(1, len(t.plan_points) + 1),
        lambda j: t.plan_points[j] <= t.status_date AND coalesce(t.actual_pct, 0) < 100.0 * j / len(t.plan_points)))
    END AS milestones_missed,
    coalesce(t.status IN ('on_track', 'ahead') AND t.lag_pp >= st.amber_lag_pp, false) AS optimistic_report,
    t.progress_pct IS NULL AS figure_missing,
    coalesce(len(s.co_units), 0) AS co_unit_count,
    month(t.report_month) AS month_of_year,
    coalesce(u.settled, 0) AS unit_settled,
    coalesce(u.late, 0) AS unit_late,
    CASE WHEN u.settled > 0 THEN u.late / u.settled END AS unit_late_rate,
    coalesce(tl.settled, 0) AS leader_settled,
    tl.late_rate AS leader_late_rate,
    coalesce(un.open_tasks, 0) AS unit_open_tasks,
    un.behind_share AS unit_behind_share,
    tl.tasks AS leader_tasks,
    tl.load_ratio AS leader_load_ratio
FROM task_status t
JOIN history h USING (ledger, task_id, report_month)
JOIN snapshots s USING (ledger, task_id, report_month)
CROSS JOIN settings st
ASOF LEFT JOIN unit_record u ON u.lead_unit = t.lead_unit AND u.report_month <= t.report_month
LEFT JOIN unit_now un ON un.lead_unit = t.lead_unit AND un.report_month = t.report_month
LEFT JOIN task_leaders tl ON tl.ledger = t.ledger AND tl.task_id = t.task_id AND tl.report_month = t.report_month;
