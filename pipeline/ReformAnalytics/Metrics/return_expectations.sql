-- return_expectations: one row per task and report month M in which the task's monthly return was owed (应报), with
-- whether it came (returned). The one definition behind reporting_discipline, missing_returns and return_progress.
-- Let L be the task's latest snapshot before M (same ledger and ledger year), not completed there. The return is owed
-- in M when the ledger's snapshot of M has been taken in, no month of the ledger between L and M is missing (缺月),
-- and one of:
--   M is the month after L                  (the rule of every month: last month's open tasks are reported again);
--   the task comes back after M              (a gap: every month it was absent, its unit owed the return);
--   its lead unit (as written in L) has no row at all in the ledger's snapshot of M
--                                            (the unit sent nothing: each month of its silence is owed, also when
--                                            it never comes back that year).
-- A task the office took out of the ledger while its unit went on reporting is owed once, in the month it
-- disappears, as before. returned: the task is in the snapshot of M (M is the next month the task appears in).
-- January owes nothing: a new ledger year has new task ids. The unit is the lead unit written in L.
CREATE OR REPLACE VIEW return_expectations AS
WITH ledger_months AS (
    SELECT ledger, report_month, row_number() OVER (PARTITION BY ledger ORDER BY report_month) AS month_index
    FROM (SELECT DISTINCT ledger, report_month FROM task_status)
),
units_sent AS (
    SELECT DISTINCT ledger, report_month, coalesce(lead_unit, '(未填)') AS unit
    FROM task_status
    WHERE NOT carried
),
seen AS (
    SELECT
        t.*,
        coalesce(t.lead_unit, '(未填)') AS unit,
        lm.month_index,
        lead(t.report_month) OVER (PARTITION BY t.ledger, t.task_id ORDER BY t.report_month) AS next_seen
    FROM task_status t
    JOIN ledger_months lm ON lm.ledger = t.ledger AND lm.report_month = t.report_month
    WHERE NOT t.carried
)
SELECT
    m.report_month,
    s.ledger,
    s.task_id,
    s.unit,
    s.report_month AS last_reported_month,
    coalesce(m.report_month = s.next_seen, false) AS returned,
    s.seq_no,
    s.task_name,
    s.task_heading,
    s.special_group,
    s.lead_unit,
    s.leader,
    s.deadline_text,
    s.deadline,
    s.actual_pct AS last_actual_pct,
    s.status AS last_status
FROM seen s
JOIN ledger_months m
    ON m.ledger = s.ledger
    AND m.report_month > s.report_month
    AND year(m.report_month) = year(s.report_month)
    AND (s.next_seen IS NULL OR m.report_month <= s.next_seen)
    AND m.month_index - s.month_index = datediff('month', s.report_month, m.report_month)
LEFT JOIN units_sent u
    ON u.ledger = m.ledger AND u.report_month = m.report_month AND u.unit = s.unit
WHERE NOT s.completed
    AND (m.report_month = (s.report_month + INTERVAL 1 MONTH)::DATE
        OR s.next_seen IS NOT NULL
        OR u.unit IS NULL);
