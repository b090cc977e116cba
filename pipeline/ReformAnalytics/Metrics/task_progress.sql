-- task_progress: every snapshot row with its actual progress and the figures that need the task's other
-- snapshots (window functions over one task's history). The windows run over a narrow projection and are
-- joined back to the snapshot row by rowid, so the sort does not drag every text column along.
--   actual_pct      the reported progress_pct (0-100); when the task counts as completed, 100;
--                   when no figure was reported: not_started -> 0; otherwise NULL (unknown).
--   actual_derived  actual_pct came from the status, not from a reported figure.
--   completed       status 'completed', or a reported figure of 100 or more.
--   stalled_months  how many earlier snapshots of the task in a row show the same actual_pct as this one
--                   (0 when it moved, when either figure is unknown, or when the task is completed).
--   completed_month the report month from which the task has been completed without a break (only on completed
--                   rows): a completion withdrawn in a later return (已完成 in May, 90% in June, 已完成 again in
--                   August) counts from August, the completion that stuck.
--   completion_withdrawn  a completed row followed by a later snapshot of the task that is not completed (the
--                   unit took the completion back): that run of completion is not the task's completion.
--   was_overdue     an earlier snapshot of the task, not completed, was past the deadline written in it: a deadline
--                   moved after it had passed does not make the task's completion on time.
--   carried         a row the task's ledger did not report: the task was reported completed and then left out of
--                   the ledger (closed out, 销号); it stays completed in each later stored month of the ledger year
--                   until it is reported again, so the year's figures keep it. report_month and status_date are the
--                   month's, every other column its last report's.
--   next_month_returned  the task appears in its ledger's snapshot of the following month; NULL while that
--                   snapshot has not been taken in, and NULL on December rows: January opens a new ledger
--                   year whose task ids are new (ids never carry across years), so a return cannot be told.
CREATE OR REPLACE VIEW task_progress AS
WITH reported AS (
    SELECT
        rowid AS snapshot_row,
        ledger,
        task_id,
        report_month,
        status_date,
        deadline,
        open_ended,
        (status = 'completed' OR coalesce(progress_pct >= 100, false)) AS completed,
        CASE
            WHEN status = 'completed' OR progress_pct >= 100 THEN 100.0
            WHEN progress_pct IS NOT NULL THEN greatest(progress_pct, 0.0)
            WHEN status = 'not_started' THEN 0.0
        END AS actual_pct,
        (progress_pct IS NULL AND status IN ('completed', 'not_started'))
            OR (status = 'completed' AND progress_pct < 100) AS actual_derived,
        false AS carried,
        lead(report_month) OVER (PARTITION BY ledger, task_id ORDER BY report_month) AS next_reported
    FROM snapshots
),
ledger_months AS (
    SELECT DISTINCT ledger, report_month FROM snapshots
),
-- 销号: a task reported completed and then taken out of the ledger stays completed in each later month of the ledger
-- year that is stored, until it is reported again: a row carried from its last report (carried = true).
carried_rows AS (
    SELECT
        r.snapshot_row, r.ledger, r.task_id, m.report_month, last_day(m.report_month) AS status_date, r.deadline,
        r.open_ended, true AS completed, 100.0 AS actual_pct, r.actual_derived, true AS carried, NULL::DATE AS next_reported
    FROM reported r
    JOIN ledger_months m
        ON m.ledger = r.ledger
        AND m.report_month > r.report_month
        AND year(m.report_month) = year(r.report_month)
        AND (r.next_reported IS NULL OR m.report_month < r.next_reported)
    WHERE r.completed
),
actual AS (
    SELECT * FROM reported
    UNION ALL
    SELECT * FROM carried_rows
),
steps AS (
    SELECT
        *,
        row_number() OVER task_months AS seq,
        -- 1 where a new run of equal figures starts: first snapshot, a change, an unknown figure, completion
        CASE
            WHEN NOT completed AND actual_pct = lag(actual_pct) OVER task_months THEN 0
            ELSE 1
        END AS moved,
        -- completed rows after the same number of open rows form one run of completion
        count(*) FILTER (WHERE NOT completed) OVER (task_months ROWS UNBOUNDED PRECEDING) AS open_rows,
        -- an earlier snapshot, not completed, whose own deadline had passed (the deadline written then)
        coalesce(bool_or(NOT completed AND NOT open_ended AND deadline IS NOT NULL AND status_date > deadline)
            OVER (task_months ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), false) AS was_overdue,
        next_reported AS next_report_month
    FROM actual
    WINDOW task_months AS (PARTITION BY ledger, task_id ORDER BY report_month)
),
history AS (
    SELECT
        snapshot_row,
        ledger,
        report_month,
        completed,
        actual_pct,
        actual_derived,
        (seq - max(CASE WHEN moved = 1 THEN seq END)
            OVER (PARTITION BY ledger, task_id ORDER BY report_month ROWS UNBOUNDED PRECEDING))::INTEGER AS stalled_months,
        CASE WHEN completed THEN min(report_month) OVER (PARTITION BY ledger, task_id, open_rows, completed) END AS completed_month,
        completed AND count(*) FILTER (WHERE NOT completed) OVER (PARTITION BY ledger, task_id) > open_rows AS completion_withdrawn,
        was_overdue,
        carried,
        status_date,
        next_report_month
    FROM steps
)
SELECT
    s.* REPLACE (h.report_month AS report_month, h.status_date AS status_date),
    h.carried,
    h.completed,
    h.actual_pct,
    h.actual_derived,
    h.stalled_months,
    h.completed_month,
    h.was_overdue,
    h.completion_withdrawn,
    CASE
        WHEN h.carried OR month(h.report_month) = 12 THEN NULL
        WHEN h.next_report_month = (h.report_month + INTERVAL 1 MONTH)::DATE THEN true
        WHEN lm.report_month IS NOT NULL THEN false
    END AS next_month_returned
FROM snapshots s
JOIN history h ON h.snapshot_row = s.rowid
LEFT JOIN ledger_months lm
    ON lm.ledger = h.ledger AND lm.report_month = (h.report_month + INTERVAL 1 MONTH)::DATE;
