-- missing_returns: one row per monthly return owed and not sent (return_expectations with returned false): the
-- task was open in its last snapshot (last_reported_month) and is absent from the ledger's snapshot of report_month.
-- A unit that sends nothing for three months has its open tasks here in each of the three; a task the office removed
-- from the ledger while its unit went on reporting shows here once, in the month it disappears, and nowhere after.
CREATE OR REPLACE VIEW missing_returns AS
SELECT
    report_month,
    last_reported_month,
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
    last_actual_pct,
    last_status
FROM return_expectations
WHERE NOT returned;
