using DuckDB.NET.Data;

namespace ReformAnalytics.Metrics;

/// <summary>
/// Fills the snapshots table with a large, deterministic, made-up history for benchmarks: <c>tasks</c> tasks
/// reported every month for <c>months</c> months from January 2023, spread over 3 ledgers, 12 special groups,
/// 60 lead units and 25 leaders, with open-ended tasks, milestone plans, stalls, completions and missing
/// returns. Every value derives from hash(seed, task, month), so the same arguments give the same rows.
/// </summary>
public static class SyntheticSnapshots
{
    private const string InsertSql = """
        INSERT INTO snapshots BY NAME
        WITH tasks AS (
            SELECT
                t,
                (hash($seed, t) % 2147483647)::BIGINT AS h,
                ['overall', 'assigned_pilot', 'local_pilot'][1 + (t % 3)::INTEGER] AS ledger,
                make_date(2023 + ((hash($seed, t, 'year') >> 20) % 2)::INTEGER, 1, 1) AS planned_start
            FROM range($tasks) r(t)
        ),
        plans AS (
            SELECT
                *,
                h % 17 = 0 AS open_ended,
                h % 11 = 0 AS staged,
                (planned_start + (60 + (h >> 4) % 600)::INTEGER) AS deadline
            FROM tasks
        ),
        months AS (
            SELECT i, (DATE '2023-01-01' + to_months(i::INTEGER))::DATE AS report_month FROM range($months) m(i)
        ),
        rows AS (
            SELECT
                p.*,
                m.report_month,
                (hash($seed, p.t, m.i) % 2147483647)::BIGINT AS hm,
                least(100.0, greatest(0.0, ((date_diff('day', p.planned_start, last_day(m.report_month)) * (60 + (p.h >> 12) % 60))
                    / greatest(date_diff('day', p.planned_start, p.deadline), 1))
                    - ((p.h >> 20) % 40)))::INTEGER AS raw_progress
            FROM plans p
            JOIN months m ON m.report_month >= p.planned_start
        )
        SELECT
            ledger,
            'S' || t::VARCHAR AS task_id,
            report_month,
            last_day(report_month) AS status_date,
            (t % 100)::VARCHAR AS seq_no,
            '改革任务' || t::VARCHAR AS task_name,
            '专项小组' || (h % 12)::VARCHAR AS special_group,
            '单位' || (t % 60)::VARCHAR AS lead_unit,
            []::VARCHAR[] AS co_units,
            '领导' || (t % 25)::VARCHAR AS leader,
            CASE WHEN open_ended THEN '长期坚持' ELSE strftime(deadline, '%Y年%-m月%-d日前') END AS deadline_text,
            CASE WHEN NOT open_ended THEN deadline END AS deadline,
            CASE WHEN open_ended THEN 'open_ended' WHEN staged THEN 'milestones' ELSE 'day' END AS deadline_kind,
            open_ended,
            planned_start,
            CASE WHEN staged AND NOT open_ended
                THEN [planned_start + (date_diff('day', planned_start, deadline) // 2)::INTEGER, deadline] END AS milestone_dates,
            CASE WHEN hm % 13 = 0 THEN NULL ELSE (raw_progress // 10 * 10)::DOUBLE END AS progress_pct,
            CASE WHEN raw_progress >= 100 THEN 'completed' WHEN raw_progress = 0 THEN 'not_started' ELSE 'on_track' END AS status,
            NULL AS status_text,
            NULL AS progress_text,
            'synthetic.xlsx' AS source_file,
            'Sheet1' AS source_sheet,
            (t % 1000)::INTEGER AS source_row
        FROM rows
        WHERE hm % 97 <> 0
        ORDER BY report_month, ledger, task_id
        """;

    /// <summary>Inserts the rows; returns how many.</summary>
    public static async Task<long> InsertAsync(DuckDBConnection connection, int tasks, int months, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentOutOfRangeException.ThrowIfLessThan(tasks, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        using var command = connection.CreateCommand();
        command.CommandText = InsertSql;
        command.Parameters.Add(new DuckDBParameter("seed", seed));
        command.Parameters.Add(new DuckDBParameter("tasks", (long)tasks));
        command.Parameters.Add(new DuckDBParameter("months", (long)months));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
