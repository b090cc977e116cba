-- group_order: the special groups (专项小组) in the order the office's ledger lists them, per report month: the order
-- of the section rows (一、经济体制改革专项小组, 二、…) of the overall ledger (改革任务总台账), each group placed by the
-- first row that holds one of its tasks (its smallest source_row). Every list of groups that is not a ranking (the
-- report's tables, the charts, reform metrics --by group, the dashboard, the notebooks, the downloads) reads groups in
-- this order, rankings break their ties by it; none orders groups by their names. The rule (docs/metrics.md, "Order of
-- the special groups"):
--   * a month is ordered by the overall ledger in force then: the latest whole overall ledger of that month or before
--     (whole: stored from one file, no row of it twice), else the first whole one after it. A month stored from the
--     units' own returns (several files, or one template sent back by each unit under one name) has no order of its
--     own: every file starts its rows at the same place. Where the overall ledger never came whole, its months are
--     taken as they are, the nearest in the same way;
--   * a month whose sections were reordered is ordered its own way from then on; months before keep theirs. A list
--     sorted by month first orders each month's rows by that month; a list of groups alone across months (a filter)
--     by the latest month;
--   * a group not in that ledger (a group only in a pilot ledger, one dropped from the overall ledger, one that
--     appears only in a later month) comes after the groups that are, in the order it first appeared: its first
--     report month, then the ledger (overall, assigned_pilot, local_pilot), then its first row there;
--   * rows tied (a workbook keeping each group on a sheet of its own: every sheet starts at the same row) are
--     ordered by first appearance likewise, then by name, the one tie-break left.
-- One row per report month stored and per special group ever stored (of any month or ledger), so a group has an
-- ordinal in every month. A task without a group ('(未填)' in metric_summary) has none: it is listed last.
-- ledger_ordinal(ledger): the place of a ledger in the office's order of its three ledgers (三本台账), 1 改革任务总台账
-- (overall), 2 上级部署试点台账 (assigned_pilot), 3 自选试点台账 (local_pilot), NULL for anything else: every list holding
-- more than one ledger orders them `ORDER BY ledger_ordinal(ledger) NULLS LAST`, not by the identifiers (which would put
-- the pilots first).
CREATE OR REPLACE MACRO ledger_ordinal(ledger) AS
    CASE ledger WHEN 'overall' THEN 1 WHEN 'assigned_pilot' THEN 2 WHEN 'local_pilot' THEN 3 END;

CREATE OR REPLACE VIEW group_order AS
WITH sections AS (
    SELECT report_month, ledger, special_group, min(source_row) AS first_row
    FROM snapshots
    WHERE special_group IS NOT NULL
    GROUP BY report_month, ledger, special_group
),
overall_months AS (
    SELECT
        report_month,
        count(DISTINCT source_file) = 1 AND count(*) = count(DISTINCT {'sheet': source_sheet, 'row': source_row}) AS whole
    FROM snapshots
    WHERE ledger = 'overall'
    GROUP BY report_month
),
in_force AS (
    SELECT m.report_month, o.report_month AS ledger_month
    FROM (SELECT DISTINCT report_month FROM snapshots) m
    LEFT JOIN overall_months o ON true
    QUALIFY row_number() OVER (
        PARTITION BY m.report_month
        ORDER BY NOT o.whole, o.report_month > m.report_month, abs(o.report_month - m.report_month)) = 1
),
first_seen AS (
    SELECT
        special_group,
        min({
            'report_month': report_month,
            'ledger': coalesce(ledger_ordinal(ledger), 4),
            'first_row': first_row
        }) AS first
    FROM sections
    GROUP BY special_group
)
SELECT
    f.report_month,
    g.special_group,
    row_number() OVER (
        PARTITION BY f.report_month
        ORDER BY s.first_row NULLS LAST, g.first.report_month, g.first.ledger, g.first.first_row, g.special_group
    )::INTEGER AS group_ordinal,
    f.ledger_month
FROM in_force f
CROSS JOIN first_seen g
LEFT JOIN sections s ON s.ledger = 'overall' AND s.report_month = f.ledger_month AND s.special_group = g.special_group;

-- group_ordinal(as_of, group_name): the place of a special group in the ledger's order at report month as_of (1 = the
-- ledger's first section), from group_order; NULL for a group never stored, '(未填)' or a month not stored. Order a list
-- of groups by it, NULLS LAST, then by the name: `ORDER BY group_ordinal(report_month, special_group) NULLS LAST,
-- special_group`; a list of the groups alone, across months, passes its last month. (It looks the pair up in one map
-- built from the view: no argument is read inside a subquery over the view, so an argument naming a column the view
-- has too, report_month or special_group, means the caller's column.)
CREATE OR REPLACE MACRO group_ordinal(as_of, group_name) AS
    (SELECT map(list(strftime(report_month, '%Y-%m') || '|' || special_group), list(group_ordinal)) FROM group_order)[
        strftime(as_of::DATE, '%Y-%m') || '|' || group_name];
