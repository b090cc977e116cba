-- results_list: 成果清单, one row per completed task, in the report month from which it has been reported
-- completed without a break (completed_month) and the quarter of that month; a completion the unit took back in a
-- later return (completion_withdrawn) is not listed — the one that stuck is. For a period:
--   SELECT * FROM results_list WHERE completed_month BETWEEN DATE '2024-04-01' AND DATE '2024-06-01'.
-- A task already completed in the first snapshot the database holds is listed in that first month.
CREATE OR REPLACE VIEW results_list AS
SELECT
    completed_month,
    report_quarter AS completed_quarter,
    ledger,
    task_id,
    seq_no,
    task_name,
    task_heading,
    special_group,
    lead_unit,
    leader,
    result_form,
    deadline_text,
    deadline,
    completed_on_time,
    status_text,
    progress_text
FROM task_status
WHERE completed AND report_month = completed_month AND NOT completion_withdrawn;
