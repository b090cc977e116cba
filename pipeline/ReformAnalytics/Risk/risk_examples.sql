-- risk_examples(horizon, include_red): the rows the risk model learns from and scores, one per task per report
-- month D: risk_features joined with risk_labels(horizon). A row is in the population when the task is open at D:
-- it has a deadline (open-ended tasks are never overdue and are left out, as in every deadline-based rate), it is
-- not completed and not suspended (status 暂缓/中止), and, unless include_red, its light at D is not red: a task
-- already overdue or red is on the 负面清单 already, and "it will still be behind" is not worth predicting.
-- fell_behind is NULL when the outcome window holds no snapshot (D in December, or the task left the ledger).
CREATE OR REPLACE MACRO risk_examples(horizon, include_red) AS TABLE
SELECT
    f.*,
    l.outcome_month,
    l.window_snapshots,
    l.fell_behind,
    l.first_behind_month
FROM risk_features f
JOIN risk_labels(horizon) l USING (ledger, task_id, report_month)
WHERE f.has_deadline
  AND NOT f.completed
  AND f.status <> 'suspended'
  AND (include_red OR f.light <> 'red');
