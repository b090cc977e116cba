-- schema.sql: the tables ingest writes. Documented for analysts in docs/schema.md.
-- The lake (Parquet) is the durable record; every table here can be rebuilt from it (`reform rebuild`).

-- One row per task per (ledger, report month) snapshot.
CREATE TABLE IF NOT EXISTS snapshots (
    ledger            VARCHAR  NOT NULL,  -- overall | assigned_pilot | local_pilot
    task_id           VARCHAR  NOT NULL,  -- stable across months (see docs/schema.md, task identity)
    report_month      DATE     NOT NULL,  -- first day of the report month
    status_date       DATE     NOT NULL,  -- last day of the report month (status date D)
    seq_no            VARCHAR,            -- 序号 as written
    task_name         VARCHAR  NOT NULL,  -- 改革任务
    special_group     VARCHAR,            -- 专项小组
    lead_unit         VARCHAR,            -- 牵头单位 (first one when several)
    co_units          VARCHAR[],          -- 责任单位/配合单位, split
    leader            VARCHAR,            -- 责任领导
    person_in_charge  VARCHAR,            -- 责任人
    result_form       VARCHAR,            -- 成果形式
    task_kind         VARCHAR,            -- 制定出台 | 推进落实 | NULL
    deadline_text     VARCHAR,            -- 完成时限 as written
    deadline          DATE,               -- parsed deadline F; NULL when open-ended or missing
    deadline_kind     VARCHAR  NOT NULL,  -- missing|day|month|quarter|half_year|year|range|milestones|open_ended
    open_ended        BOOLEAN  NOT NULL,  -- 长期坚持/持续推进/常态化推进
    planned_start     DATE     NOT NULL,  -- start of the planned window (ledger year's 1 Jan unless written)
    milestone_dates   DATE[],             -- milestones in order; the last is the deadline
    milestones        VARCHAR[],          -- the text of each milestone
    progress_pct      DOUBLE,             -- 0-100; NULL when not reported
    status            VARCHAR  NOT NULL,  -- completed|ahead|on_track|behind|not_started|suspended|unknown
    status_text       VARCHAR,            -- reported status as written
    progress_text     VARCHAR,            -- 进展情况 narrative
    source_file       VARCHAR  NOT NULL,
    source_sheet      VARCHAR  NOT NULL,
    source_row        INTEGER  NOT NULL,  -- 1-based row as the spreadsheet shows it
    task_heading      VARCHAR             -- the heading the task is a sub-task of (1 over 1.1, （一） under 一、…专项小组)
);
-- A database written before snapshots had its task_heading column.
ALTER TABLE snapshots ADD COLUMN IF NOT EXISTS task_heading VARCHAR;

-- One row per file (or superseded/refused file) per ingest run, and one per stored month renamed by the table of unit names.
CREATE TABLE IF NOT EXISTS ingest_log (
    run_id        VARCHAR  NOT NULL,
    file_name     VARCHAR  NOT NULL,
    sha256        VARCHAR  NOT NULL,
    ledger        VARCHAR,
    report_month  DATE,
    rows          INTEGER  NOT NULL,
    issues        INTEGER  NOT NULL,
    outcome       VARCHAR  NOT NULL,  -- ingested | unchanged | superseded | refused | renamed | removed
    message       VARCHAR,
    return_unit   VARCHAR             -- the lead unit whose own return the file was; NULL for a whole ledger
);
-- A database written before ingest_log had its return_unit column.
ALTER TABLE ingest_log ADD COLUMN IF NOT EXISTS return_unit VARCHAR;

-- Every problem found in input, located for the unit that has to fix it.
CREATE TABLE IF NOT EXISTS ingest_issues (
    run_id    VARCHAR  NOT NULL,
    file      VARCHAR  NOT NULL,
    sheet     VARCHAR  NOT NULL,
    row       INTEGER  NOT NULL,
    "column"  VARCHAR  NOT NULL,
    value     VARCHAR  NOT NULL,
    message   VARCHAR  NOT NULL,
    severity  VARCHAR  NOT NULL   -- error (row not stored) | warning (stored, needs a look)
);

-- The office's table of unit names in force (--units): each unit's spellings, its own name included.
-- Every table a run set is kept in the lake (unit_names/run=…/); this holds the latest.
CREATE TABLE IF NOT EXISTS unit_names (
    run_id      VARCHAR  NOT NULL,   -- the run that set the table
    unit        VARCHAR  NOT NULL,   -- the name figures are counted under
    spelling    VARCHAR  NOT NULL,   -- one way ledgers write it
    table_file  VARCHAR  NOT NULL    -- the file the table came from
);
