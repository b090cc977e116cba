-- risk_flags: the risk list of each status date (as_of = the status date D, the report month's last day), one row per open task
-- scored (has a deadline, not completed, not suspended, not already red): its probability of falling behind
-- within the model's horizon, its rank at that date (1 = riskiest; ties by task_id), up to three reasons in
-- Chinese, and the horizon itself (horizon_months: falling behind in any of the next H months; NULL on rows
-- written before it was recorded). Written by RiskFlagger (reform risk flag), which replaces the rows of the
-- date it scores.
CREATE TABLE IF NOT EXISTS risk_flags (
    as_of           DATE      NOT NULL,
    task_id         VARCHAR   NOT NULL,
    probability     DOUBLE    NOT NULL,
    rank            INTEGER   NOT NULL,
    reasons         VARCHAR[] NOT NULL,
    horizon_months  INTEGER
);
-- a table written by an earlier version gains the column (its old rows keep NULL)
ALTER TABLE risk_flags ADD COLUMN IF NOT EXISTS horizon_months INTEGER;
