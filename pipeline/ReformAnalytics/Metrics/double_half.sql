-- double_half: 双过半 at every status date, for all tasks and by ledger, special group and lead unit.
-- "Time gone" and "work done" are both read task by task over the tasks with a deadline:
--   time_share_pct  = mean planned_pct (the share of each task's own plan due by the status date)
--   work_share_pct  = mean actual_pct, a task without a known actual counted as 0
--   gap_pp          = work_share_pct - time_share_pct
--   reached         = work_share_pct >= time_share_pct (the work keeps pace with the time)
--   year_time_pct   = share of the calendar year gone at the status date, for reference:
--                     100 * (D - 1 Jan) / (31 Dec - 1 Jan); 49.6 on 30 June 2024.
-- At the end of June the office's own wording, 时间过半、任务过半, reads work_share_pct >= 50.
CREATE OR REPLACE VIEW double_half AS
SELECT
    report_month,
    status_date,
    dimension,
    group_name,
    deadline_tasks,
    open_ended_excluded,
    no_deadline_excluded,
    no_progress,
    completed,
    100.0 * (status_date - make_date(year(status_date), 1, 1))
        / (make_date(year(status_date), 12, 31) - make_date(year(status_date), 1, 1)) AS year_time_pct,
    time_share_pct,
    work_share_pct,
    work_share_pct - time_share_pct AS gap_pp,
    work_share_pct >= time_share_pct AS reached
FROM metric_summary
WHERE dimension IN ('all', 'ledger', 'group', 'unit');
