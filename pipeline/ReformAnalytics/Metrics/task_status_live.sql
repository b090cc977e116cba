-- task_status_live: one row per task per report month with its planned and actual progress, lag, earned
-- schedule, overdue, stalled and traffic light. This is THE definition; MetricViews stores its rows in the
-- table task_status (see refresh.sql) because the history windows are too slow to run at every query.
-- task_heading is the snapshot's (上级任务: the heading a sub-task is listed under), carried for the lists to name the task by.
-- Dates are points in time; D = status_date, S = planned_start, F = deadline, window = F - S days.
--   plan_points     the dated steps of the plan: the milestone dates when the cell gave valid ones (rising,
--                   after S, the last = F), else just [F]. k = number of steps; step j ends at point j with
--                   j/k of the work done; within a step the plan moves linearly with time.
--   planned_pct     share of the planned work due by D, 0-100 (with one step: (D - S) / (F - S), capped);
--                   NULL for tasks without a deadline (open-ended or none written).
--   lag_pp          planned_pct - actual_pct, percentage points.
--   es_date         earned schedule: the date by which actual_pct was planned (the plan read backwards);
--                   es_days = ES - S in days (fractional), es_date = S + floor(es_days).
--   sv_t_days       SV(t) = ES - AT in days (negative = behind).  spi_t = (ES - S) / (AT - S), NULL when AT <= S.
--                   AT, the actual time, is D while the task is open. On a completed row (carried ones too) the clock
--                   stopped at the completion: AT = the status date of completed_month (its last day), the month the
--                   row's run of completion began, so SV(t) and SPI(t) keep the value they had in that month's
--                   return instead of falling by a month every month after it (ES stays at F: actual 100%). A
--                   completion taken back (completion_withdrawn) is dated by its own run: the rows after it, not
--                   completed, are back at AT = D, and a later completion that sticks starts its own AT.
--   overdue         has a deadline, D > F and not completed.  days_overdue = D - F.
--   due_unfinished  has a deadline, F <= D and not completed (到期未完成): overdue, or due on the status date itself.
--                   Its timeliness is decided: it can no longer be completed on time (returns are monthly). A task
--                   due 31 December and unfinished in the December return is never overdue in its ledger year (the
--                   next year is a new ledger), but it is due_unfinished there.
--   completed_on_time  completed in the report month of F or earlier (returns are monthly), and never overdue in
--                   an earlier return against the deadline written then (a deadline moved after it had passed does
--                   not make a late task on time).
--   light           green | amber | red with light_reason, thresholds from metric_settings.
--   status_disagrees   reported on_track or ahead while the light is red.
-- The evaluation at the status date (everything from planned_pct on) is the table macro task_status_at(task_rows): the
-- rows of a table or CTE with task_progress's columns plus has_deadline and plan_points, each evaluated at its own
-- status_date (SV(t) and SPI(t) of a completed row at its completed_month's, as above). task_status_live feeds it
-- every task_progress row; unit_ranking_live feeds it a return owed and not sent, as last reported, at the month it
-- was owed (the one rule, not a copy of it).
CREATE OR REPLACE MACRO task_status_at(task_rows) AS TABLE
WITH steps AS (
    SELECT
        *,
        has_deadline AND deadline > planned_start AS has_window,
        len(plan_points) AS k,
        len(list_filter(plan_points, lambda x: x <= status_date)) AS passed,
        least(floor(actual_pct / 100.0 * len(plan_points)), len(plan_points) - 1)::INTEGER AS es_step,
        -- AT - S: the actual time stops at the completion (completed_month's status date) on completed rows
        CASE WHEN completed AND completed_month IS NOT NULL THEN last_day(completed_month) ELSE status_date END
            - planned_start AS elapsed_days
    FROM query_table(task_rows)
),
timing AS (
    SELECT
        *,
        CASE
            WHEN NOT has_deadline THEN NULL
            WHEN NOT has_window THEN CASE WHEN status_date >= deadline THEN 100.0 ELSE 0.0 END
            WHEN passed >= k THEN 100.0
            ELSE 100.0 * (passed + greatest(0.0, least(1.0,
                (status_date - CASE WHEN passed = 0 THEN planned_start ELSE plan_points[passed] END)
                / (plan_points[passed + 1] - CASE WHEN passed = 0 THEN planned_start ELSE plan_points[passed] END)))) / k
        END AS planned_pct,
        CASE
            WHEN has_window AND actual_pct IS NOT NULL THEN
                (CASE WHEN es_step = 0 THEN planned_start ELSE plan_points[es_step] END - planned_start)
                + (actual_pct / 100.0 * k - es_step)
                  * (plan_points[es_step + 1] - CASE WHEN es_step = 0 THEN planned_start ELSE plan_points[es_step] END)
        END AS es_days
    FROM steps
),
flags AS (
    SELECT
        t.*,
        CASE WHEN t.has_deadline THEN t.planned_pct - t.actual_pct END AS lag_pp,
        coalesce(t.has_deadline AND t.status_date > t.deadline AND NOT t.completed, false) AS overdue,
        NOT t.completed AND t.stalled_months >= m.stalled_min_months AS stalled,
        m.amber_lag_pp,
        m.red_lag_pp
    FROM timing t
    CROSS JOIN metric_settings m
),
lights AS (
    SELECT
        *,
        CASE
            WHEN completed THEN 'completed'
            WHEN overdue THEN 'overdue'
            WHEN lag_pp >= amber_lag_pp THEN 'lag'
            WHEN stalled THEN 'stalled'
            WHEN has_deadline AND actual_pct IS NULL THEN 'no_progress'
            WHEN NOT has_deadline THEN 'no_deadline'
            ELSE 'on_plan'
        END AS light_reason,
        CASE
            WHEN completed THEN 'green'
            WHEN overdue OR lag_pp >= red_lag_pp THEN 'red'
            WHEN lag_pp >= amber_lag_pp OR stalled OR (has_deadline AND actual_pct IS NULL) THEN 'amber'
            ELSE 'green'
        END AS light
    FROM flags
)
SELECT
    ledger,
    task_id,
    report_month,
    status_date,
    year(report_month)::VARCHAR || 'Q' || quarter(report_month)::VARCHAR AS report_quarter,
    seq_no,
    task_name,
    task_heading,
    special_group,
    lead_unit,
    leader,
    person_in_charge,
    result_form,
    task_kind,
    deadline_text,
    deadline,
    deadline_kind,
    open_ended,
    has_deadline,
    planned_start,
    CASE WHEN has_deadline THEN plan_points END AS plan_points,
    status,
    status_text,
    progress_pct,
    progress_text,
    planned_pct,
    actual_pct,
    actual_derived,
    lag_pp,
    CASE WHEN es_days IS NOT NULL THEN planned_start + floor(es_days)::INTEGER END AS es_date,
    es_days,
    es_days - elapsed_days AS sv_t_days,
    CASE WHEN elapsed_days > 0 THEN es_days / elapsed_days END AS spi_t,
    completed,
    carried,
    completed_month,
    completion_withdrawn,
    CASE WHEN completed AND has_deadline THEN completed_month <= date_trunc('month', deadline)::DATE AND NOT was_overdue END AS completed_on_time,
    overdue,
    coalesce(has_deadline AND NOT completed AND deadline <= status_date, false) AS due_unfinished,
    CASE WHEN overdue THEN (status_date - deadline)::INTEGER END AS days_overdue,
    stalled_months,
    stalled,
    coalesce(has_deadline AND NOT completed AND lag_pp >= amber_lag_pp, false) AS behind,
    light,
    light_reason,
    status IN ('on_track', 'ahead') AND light = 'red' AS status_disagrees,
    next_month_returned
FROM lights;

CREATE OR REPLACE VIEW task_status_live AS
WITH base AS (
    SELECT
        p.* EXCLUDE (co_units, milestones, source_file, source_sheet, source_row),
        NOT p.open_ended AND p.deadline IS NOT NULL AS has_deadline,
        CASE
            WHEN p.deadline_kind = 'milestones'
                AND len(p.milestone_dates) >= 2
                AND len(list_filter(p.milestone_dates, lambda x: x IS NULL)) = 0
                AND list_sort(p.milestone_dates) = p.milestone_dates
                AND len(list_distinct(p.milestone_dates)) = len(p.milestone_dates)
                AND p.milestone_dates[1] > p.planned_start
                AND p.milestone_dates[-1] = p.deadline
            THEN p.milestone_dates
            ELSE [p.deadline]
        END AS plan_points
    FROM task_progress p
)
SELECT * FROM task_status_at(base);
