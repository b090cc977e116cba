-- risk_flags (report): the risk model's latest assessment on or before the status date ($status_date), best
-- rank first, with the task's name, lead unit and heading (task_heading, last) as task_status has them at the report month ($month).
-- flagged = how many tasks that assessment scored (every open task); likely = how many of them have a
-- probability of at least one half.
WITH latest AS (
    SELECT max(as_of) AS as_of FROM risk_flags WHERE as_of <= $status_date
)
SELECT
    r.as_of,
    count(*) OVER () AS flagged,
    r.rank,
    r.task_id,
    t.task_name,
    t.lead_unit,
    r.probability,
    r.reasons,
    count(*) FILTER (WHERE r.probability >= 0.5) OVER () AS likely,
    t.task_heading
FROM risk_flags r
JOIN latest l ON r.as_of = l.as_of
LEFT JOIN task_status t ON t.task_id = r.task_id AND t.report_month = $month
ORDER BY r.rank, r.task_id;
