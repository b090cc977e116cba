-- risk_labels(horizon): the outcome the risk model predicts, for every task_status row (task, status date D).
-- A task falls behind within the horizon H (report months) when at some snapshot of it in (D, D + H] it is
-- overdue, or its light is red, or its deadline has come (status date >= deadline) and it is not completed.
-- All three come from task_status (metric_settings holds the thresholds). A task's id does not carry across
-- ledger years, so the window ends at the December of D's year at the latest.
--   outcome_month  the report month by which the outcome is settled: min(D + H, December of D's year). A
--                  training cut-off C may use the row only when outcome_month <= C; rows whose window is
--                  empty (D in December) or holds no snapshot of the task have fell_behind NULL.
--   first_behind_month  the first report month of the window in which the task fell behind.
CREATE OR REPLACE MACRO risk_labels(horizon) AS TABLE
SELECT
    d.ledger,
    d.task_id,
    d.report_month,
    least(d.report_month + to_months(horizon), date_trunc('year', d.report_month) + INTERVAL 11 MONTH)::DATE AS outcome_month,
    count(s.report_month) AS window_snapshots,
    CASE WHEN count(s.report_month) > 0 THEN coalesce(bool_or(
        s.overdue OR s.light = 'red' OR (s.has_deadline AND NOT s.completed AND s.status_date >= s.deadline)), false)
    END AS fell_behind,
    min(s.report_month) FILTER (
        s.overdue OR s.light = 'red' OR (s.has_deadline AND NOT s.completed AND s.status_date >= s.deadline)) AS first_behind_month
FROM task_status d
LEFT JOIN task_status s
    ON s.ledger = d.ledger
    AND s.task_id = d.task_id
    AND s.report_month > d.report_month
    AND s.report_month <= least(d.report_month + to_months(horizon), date_trunc('year', d.report_month) + INTERVAL 11 MONTH)
GROUP BY d.ledger, d.task_id, d.report_month;
