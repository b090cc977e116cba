-- negative_list: 负面清单, per report month the tasks not completed that are overdue, due on the status date
-- itself and unfinished (due_unfinished and not overdue: a deadline at the end of the report month; in December
-- the tasks due 31 December, which the next year's ledger never calls overdue), behind (lag_pp at or above
-- metric_settings.amber_lag_pp) or stalled, with the reasons in reasons ('overdue', 'due', 'behind', 'stalled',
-- in that order). For a quarter, read its last report month.
CREATE OR REPLACE VIEW negative_list AS
SELECT
    report_month,
    report_quarter,
    ledger,
    task_id,
    seq_no,
    task_name,
    task_heading,
    special_group,
    lead_unit,
    leader,
    deadline_text,
    deadline,
    planned_pct,
    actual_pct,
    actual_derived,
    lag_pp,
    sv_t_days,
    overdue,
    due_unfinished,
    days_overdue,
    behind,
    stalled,
    stalled_months,
    light,
    status,
    status_text,
    status_disagrees,
    progress_text,
    list_filter(
        [CASE WHEN overdue THEN 'overdue' END, CASE WHEN due_unfinished AND NOT overdue THEN 'due' END,
         CASE WHEN behind THEN 'behind' END, CASE WHEN stalled THEN 'stalled' END],
        lambda r: r IS NOT NULL) AS reasons
FROM task_status
WHERE NOT completed AND (overdue OR due_unfinished OR behind OR stalled);
