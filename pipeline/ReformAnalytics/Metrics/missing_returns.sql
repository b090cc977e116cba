-- missing_returns: one row per task whose monthly return is missing: it was in its ledger's snapshot of
-- the month before, not completed, and is absent from the ledger's snapshot of report_month (see
-- reporting_discipline_live). A task the office removed from the ledger shows here once, in the month it
-- disappears, and nowhere after.
CREATE OR REPLACE VIEW missing_returns AS
SELECT
    (report_month + INTERVAL 1 MONTH)::DATE AS report_month,
    report_month AS last_reported_month,
    ledger,
    task_id,
    seq_no,
    task_name,
    special_group,
    lead_unit,
    leader,
    deadline_text,
    deadline,
    actual_pct AS last_actual_pct,
    status AS last_status
FROM task_status
WHERE NOT completed AND next_month_returned = false;
