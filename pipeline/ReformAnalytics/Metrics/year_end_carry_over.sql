-- year_end_carry_over: 年末结转, where each ledger's unfinished tasks went at the turn of the year. Task ids never
-- carry across years (docs/schema.md) and nothing is expected in January from December (missing_returns), so
-- this view is the only check that an unfinished task did not quietly leave the ledger with the old year.
-- One row per task not completed in its ledger's last report month of year `year` (normally December), for
-- every ledger that also has a snapshot in year + 1, with what the ledger's first report month of year + 1
-- (normally January, `next_month`) holds:
--   outcome 'carried'  a task of the same name is there (name_key: leading numbering such as 1. 1、 （一） 一、 ①
--                      removed, as task identity does, then lower case, only letters and digits kept)
--                      (several: the same lead unit first, then the smaller task id);
--           'similar'  no such task, but one of the same lead unit with a similar name: character-bigram Dice of
--                      the name keys (distinct bigrams) of at least 0.8, the threshold of task identity; the best
--                      one, then the smaller task id. Listed for the office to check, not taken as the same task;
--           'dropped'  neither: the task left the ledger unfinished.
-- similarity is 1 for 'carried', the Dice figure for 'similar', NULL for 'dropped'. Read with WHERE year = ….
CREATE OR REPLACE VIEW year_end_carry_over AS
WITH months AS (
    SELECT ledger, year(report_month) AS year, min(report_month) AS first_month, max(report_month) AS last_month
    FROM snapshots
    GROUP BY ALL
),
-- the name key and its distinct character bigrams, once for every row of a year's last and first month
keyed AS (
    SELECT ledger, report_month, task_id, name_key,
           list_distinct([substring(name_key, i, 2) for i in range(1, greatest(length(name_key), 2))]) AS grams
    FROM (
        -- without leading numbering, as task identity removes it (TaskNameKey): bracketed （一） (1) 一、 ① first, then
        -- numbered 1. 1、 1.2. only when no digit follows (3.2024年 keeps its year), each kind twice so either order
        -- (1.（一）…) goes; something of the name is always left
        SELECT s.ledger, s.report_month, s.task_id,
               regexp_replace(lower(
                   regexp_replace(regexp_replace(regexp_replace(regexp_replace(s.task_name,
                       '^\s*(?:[(（]\s*[0-9０-９一二三四五六七八九十]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．:：]|[①-⑳])\s*(.)', '\1'),
                       '^\s*(?:[0-9０-９]+(?:[.．][0-9０-９]+)*\s*[.．、:：)）]|[0-9]+\s+)\s*([^0-9０-９])', '\1'),
                       '^\s*(?:[(（]\s*[0-9０-９一二三四五六七八九十]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．:：]|[①-⑳])\s*(.)', '\1'),
                       '^\s*(?:[0-9０-９]+(?:[.．][0-9０-９]+)*\s*[.．、:：)）]|[0-9]+\s+)\s*([^0-9０-９])', '\1')
               ), '[^\p{L}\p{N}]', '', 'g') AS name_key
        FROM snapshots s
        JOIN months m ON m.ledger = s.ledger AND s.report_month IN (m.first_month, m.last_month)
    )
),
ended AS (
    SELECT m.year, n.first_month AS next_month, t.*, k.name_key, k.grams
    FROM task_status t
    JOIN months m ON m.ledger = t.ledger AND m.last_month = t.report_month
    JOIN months n ON n.ledger = t.ledger AND n.year = m.year + 1
    JOIN keyed k ON k.ledger = t.ledger AND k.report_month = t.report_month AND k.task_id = t.task_id
    WHERE NOT t.completed
),
next_tasks AS (
    SELECT s.*, k.name_key, k.grams
    FROM snapshots s
    JOIN months n ON n.ledger = s.ledger AND n.first_month = s.report_month
    JOIN keyed k ON k.ledger = s.ledger AND k.report_month = s.report_month AND k.task_id = s.task_id
),
exact_match AS (
    SELECT e.ledger, e.task_id, x.task_id AS next_task_id, 1.0 AS similarity, true AS exact
    FROM ended e
    JOIN next_tasks x ON x.ledger = e.ledger AND x.report_month = e.next_month AND x.name_key = e.name_key
    QUALIFY row_number() OVER (PARTITION BY e.ledger, e.task_id ORDER BY (x.lead_unit IS NOT DISTINCT FROM e.lead_unit) DESC, x.task_id) = 1
),
-- only the same lead unit's tasks are compared, so the pairs stay few in a large county
similar_match AS (
    SELECT ledger, task_id, next_task_id, similarity, false AS exact
    FROM (
        SELECT
            e.ledger, e.task_id, x.task_id AS next_task_id,
            2.0 * len(list_intersect(e.grams, x.grams)) / (len(e.grams) + len(x.grams)) AS similarity
        FROM ended e
        JOIN next_tasks x ON x.ledger = e.ledger AND x.report_month = e.next_month AND x.lead_unit = e.lead_unit
        WHERE NOT EXISTS (SELECT 1 FROM exact_match m WHERE m.ledger = e.ledger AND m.task_id = e.task_id)
    )
    WHERE similarity >= 0.8
    QUALIFY row_number() OVER (PARTITION BY ledger, task_id ORDER BY similarity DESC, next_task_id) = 1
),
best AS (
    SELECT * FROM exact_match
    UNION ALL
    SELECT * FROM similar_match
)
SELECT
    e.year,
    e.ledger,
    e.task_id,
    e.seq_no,
    e.task_name,
    e.task_heading,
    e.special_group,
    e.lead_unit,
    e.leader,
    e.deadline_text,
    e.deadline,
    e.report_month AS last_month,
    e.actual_pct,
    e.status,
    e.status_text,
    e.light,
    CASE WHEN b.exact THEN 'carried' WHEN b.exact IS NOT NULL THEN 'similar' ELSE 'dropped' END AS outcome,
    e.next_month,
    x.task_id AS next_task_id,
    x.task_name AS next_task_name,
    x.task_heading AS next_task_heading,
    x.lead_unit AS next_lead_unit,
    x.deadline_text AS next_deadline_text,
    x.deadline AS next_deadline,
    x.progress_pct AS next_progress_pct,
    round(b.similarity, 2) AS similarity
FROM ended e
LEFT JOIN best b ON b.ledger = e.ledger AND b.task_id = e.task_id
LEFT JOIN next_tasks x ON x.ledger = e.ledger AND x.report_month = e.next_month AND x.task_id = b.next_task_id;
