-- task_progress: every snapshot row with its actual progress and the figures that need the task's other
-- snapshots (window functions over one task's history, computed in one sort).
--   actual_pct      the reported progress_pct (clamped to 0-100); when the task counts as completed, 100;
--                   when no figure was reported: not_started -> 0; otherwise NULL (unknown).
--   actual_derived  actual_pct came from the status, not from a reported figure.
--   completed       status 'completed', or a reported figure of 100 or more.
--   stalled_months  how many earlier snapshots of the task in a row show the same actual_pct as this one
--                   (0 when it moved, when either figure is unknown, or when the task is completed).
--   completed_month the first report month in which the task was completed (only on completed rows).
--   next_month_returned  the task appears in its ledger's snapshot of the following month; NULL while that
--                   snapshot has not been taken in.
CREATE OR REPLACE VIEW task_progress AS
WITH actual AS (
    SELECT
        s.*,
        (s.status = 'completed' OR coalesce(s.progress_pct >= 100, false)) AS completed,
        CASE
            WHEN s.status = 'completed' OR s.progress_pct >= 100 THEN 100.0
            WHEN s.progress_pct IS NOT NULL THEN greatest(s.progress_pct, 0.0)
            WHEN s.status = 'not_started' THEN 0.0
        END AS actual_pct,
        (s.progress_pct IS NULL AND (s.status IN ('completed', 'not_started')))
            OR (s.status = 'completed' AND s.progress_pct < 100) AS actual_derived
    FROM snapshots s
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
        min(CASE WHEN completed THEN report_month END) OVER (task_months ROWS UNBOUNDED PRECEDING) AS first_completed,
        lead(report_month) OVER task_months AS next_report_month
    FROM actual
    WINDOW task_months AS (PARTITION BY ledger, task_id ORDER BY report_month)
),
ledger_months AS (
    SELECT DISTINCT ledger, report_month FROM snapshots
)
SELECT
    st.* EXCLUDE (seq, moved, first_completed, next_report_month),
    (st.seq - max(CASE WHEN st.moved = 1 THEN st.seq END)
        OVER (PARTITION BY st.ledger, st.task_id ORDER BY st.report_month ROWS UNBOUNDED PRECEDING))::INTEGER AS stalled_months,
    CASE WHEN st.completed THEN st.first_completed END AS completed_month,
    CASE
        WHEN st.next_report_month = (st.report_month + INTERVAL 1 MONTH)::DATE THEN true
        WHEN lm.report_month IS NOT NULL THEN false
    END AS next_month_returned
FROM steps st
LEFT JOIN ledger_months lm
    ON lm.ledger = st.ledger AND lm.report_month = (st.report_month + INTERVAL 1 MONTH)::DATE;
