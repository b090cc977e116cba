-- metric_summary_live: per report month, for all tasks (dimension 'all', group_name '全部') and by ledger
-- ('ledger'), special group ('group'), lead unit ('unit') and responsible leader ('leader'): how many tasks,
-- how many done, rates, lag, lights, the 双过半 shares, and the same figures at the previous month and at
-- the end of the previous quarter. Reads the stored task_status; stored itself as metric_summary.
--   Deadline-based figures count tasks WITH a deadline only (deadline_tasks); open_ended_excluded and
--   no_deadline_excluded say how many were left out. tasks = deadline_tasks + both exclusions.
--   completion_rate_pct = 100 * completed / deadline_tasks
--   due_unfinished      = deadline tasks due by the status date and not completed (overdue ones and those due on
--                         the status date itself, as every task due 31 December is in December)
--   settled             = completed + due_unfinished (tasks whose timeliness is decided)
--   on_time_rate_pct    = 100 * completed_on_time / settled
--   avg_lag_pp          = mean lag_pp of the open (not completed) deadline tasks with a known actual_pct
--   time_share_pct      = mean planned_pct of the deadline tasks (时间进度)
--   work_share_pct      = mean actual_pct of the deadline tasks, an unknown actual counted as 0 (工作进度)
--   stalled counts every task, open-ended ones too (a stall needs no deadline).
--   *_prev_month: the same group one month earlier; *_prev_quarter: at the last month of the previous
--   calendar quarter (for May and June: March); *_change_*_pp = now - then, percentage points. Never across
--   the turn of the year: a new ledger year is a new set of tasks, so January has no previous month and the
--   first quarter no previous quarter (NULL), as nothing is expected in January from December.
-- A missing group value (no lead unit written, ...) is shown as '(未填)'. By leader, a task counts for each
-- of its leaders (leader holds the names joined with 、).
-- The counts and rates of one month (everything but the comparison with earlier months) are the table macro
-- task_summary(task_rows): the rows of a table or CTE with task_status's columns, summed up per report month and
-- grouping. metric_summary_live feeds it task_status; unit_ranking_live feeds it a unit's rows with the returns it
-- owed and did not send (the one definition of every figure, not a copy of it).
CREATE OR REPLACE MACRO task_summary(task_rows) AS TABLE
WITH fine AS (
    -- first pass at the finest grain; the grouping sets below add these partial counts up
    SELECT
        report_month,
        coalesce(ledger, '(未填)') AS ledger,
        coalesce(special_group, '(未填)') AS special_group,
        coalesce(lead_unit, '(未填)') AS lead_unit,
        coalesce(leader, '(未填)') AS leader,
        count(*) AS tasks,
        count(*) FILTER (open_ended) AS open_ended_excluded,
        count(*) FILTER (NOT open_ended AND deadline IS NULL) AS no_deadline_excluded,
        count(*) FILTER (has_deadline) AS deadline_tasks,
        count(*) FILTER (has_deadline AND completed) AS completed,
        count(*) FILTER (completed_on_time) AS completed_on_time,
        count(*) FILTER (overdue) AS overdue,
        count(*) FILTER (due_unfinished) AS due_unfinished,
        count(*) FILTER (behind) AS behind,
        count(*) FILTER (stalled) AS stalled,
        count(*) FILTER (has_deadline AND NOT completed AND actual_pct IS NULL) AS no_progress,
        count(*) FILTER (status_disagrees) AS status_disagrees,
        count(*) FILTER (light = 'green') AS green,
        count(*) FILTER (light = 'amber') AS amber,
        count(*) FILTER (light = 'red') AS red,
        sum(lag_pp) FILTER (has_deadline AND NOT completed) AS lag_sum,
        count(lag_pp) FILTER (has_deadline AND NOT completed) AS lag_count,
        sum(planned_pct) FILTER (has_deadline) AS planned_sum,
        sum(coalesce(actual_pct, 0.0)) FILTER (has_deadline) AS work_sum
    FROM query_table(task_rows)
    GROUP BY ALL
),
parts AS (
    -- every task once ('task'), and once per leader of the task ('leader'): a task led by 张三、李四 counts for
    -- each of them, so the leader groups add up to more than all tasks when tasks are co-led
    SELECT 'task' AS part, * FROM fine
    UNION ALL
    SELECT 'leader' AS part, * REPLACE (unnest(string_split(leader, '、')) AS leader) FROM fine
),
rolled AS (
    SELECT
        report_month,
        CASE grouping(ledger, special_group, lead_unit, leader)
            WHEN 15 THEN 'all'
            WHEN 7 THEN 'ledger'
            WHEN 11 THEN 'group'
            WHEN 13 THEN 'unit'
            ELSE 'leader'
        END AS dimension,
        coalesce(ledger, special_group, lead_unit, leader, '全部') AS group_name,
        sum(tasks)::INTEGER AS tasks,
        sum(open_ended_excluded)::INTEGER AS open_ended_excluded,
        sum(no_deadline_excluded)::INTEGER AS no_deadline_excluded,
        sum(deadline_tasks)::INTEGER AS deadline_tasks,
        sum(completed)::INTEGER AS completed,
        sum(completed_on_time)::INTEGER AS completed_on_time,
        sum(overdue)::INTEGER AS overdue,
        sum(due_unfinished)::INTEGER AS due_unfinished,
        sum(behind)::INTEGER AS behind,
        sum(stalled)::INTEGER AS stalled,
        sum(no_progress)::INTEGER AS no_progress,
        sum(status_disagrees)::INTEGER AS status_disagrees,
        sum(green)::INTEGER AS green,
        sum(amber)::INTEGER AS amber,
        sum(red)::INTEGER AS red,
        sum(lag_sum) AS lag_sum,
        sum(lag_count) AS lag_count,
        sum(planned_sum) AS planned_sum,
        sum(work_sum) AS work_sum
    FROM parts
    GROUP BY GROUPING SETS (
        (part, report_month),
        (part, report_month, ledger),
        (part, report_month, special_group),
        (part, report_month, lead_unit),
        (part, report_month, leader))
    HAVING (part = 'leader') = (grouping(leader) = 0)
)
SELECT
    * EXCLUDE (lag_sum, lag_count, planned_sum, work_sum),
    100.0 * completed / nullif(deadline_tasks, 0) AS completion_rate_pct,
    completed + due_unfinished AS settled,
    100.0 * completed_on_time / nullif(completed + due_unfinished, 0) AS on_time_rate_pct,
    lag_sum / nullif(lag_count, 0) AS avg_lag_pp,
    planned_sum / nullif(deadline_tasks, 0) AS time_share_pct,
    work_sum / nullif(deadline_tasks, 0) AS work_share_pct
FROM rolled;

CREATE OR REPLACE VIEW metric_summary_live AS
WITH rates AS (
    SELECT * FROM task_summary(task_status)
)
SELECT
    r.report_month,
    last_day(r.report_month) AS status_date,
    r.dimension,
    r.group_name,
    r.tasks,
    r.open_ended_excluded,
    r.no_deadline_excluded,
    r.deadline_tasks,
    r.completed,
    r.completion_rate_pct,
    r.completed_on_time,
    r.settled,
    r.on_time_rate_pct,
    r.behind,
    r.overdue,
    r.due_unfinished,
    r.stalled,
    r.no_progress,
    r.status_disagrees,
    r.avg_lag_pp,
    r.green,
    r.amber,
    r.red,
    r.time_share_pct,
    r.work_share_pct,
    pm.completed AS completed_prev_month,
    pm.completion_rate_pct AS completion_rate_prev_month_pct,
    r.completion_rate_pct - pm.completion_rate_pct AS completion_rate_change_month_pp,
    pm.overdue AS overdue_prev_month,
    pq.completed AS completed_prev_quarter,
    pq.completion_rate_pct AS completion_rate_prev_quarter_pct,
    r.completion_rate_pct - pq.completion_rate_pct AS completion_rate_change_quarter_pp,
    pq.overdue AS overdue_prev_quarter
FROM rates r
LEFT JOIN rates pm
    ON pm.dimension = r.dimension
    AND pm.group_name = r.group_name
    AND pm.report_month = (r.report_month - INTERVAL 1 MONTH)::DATE
    AND year(pm.report_month) = year(r.report_month)
LEFT JOIN rates pq
    ON pq.dimension = r.dimension
    AND pq.group_name = r.group_name
    AND pq.report_month = (date_trunc('quarter', r.report_month) - INTERVAL 1 MONTH)::DATE
    AND year(pq.report_month) = year(r.report_month);
