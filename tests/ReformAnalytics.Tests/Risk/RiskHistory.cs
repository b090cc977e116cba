using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using ReformAnalytics.Risk;
using ReformAnalytics.Tests.Metrics;

namespace ReformAnalytics.Tests.Risk;

/// <summary>
/// A small hand-built ledger year (2024) for the label and leakage tests. Planned start S = 2024-01-01 for every
/// task. Status dates D (month ends) in days after S (2024 is a leap year):
///   Jan 30, Feb 59, Mar 90, Apr 120, May 151, Jun 181, Jul 212, Aug 243, Sep 273, Oct 304, Nov 334, Dec 365.
/// Thresholds (metric_settings): amber at a lag of 10 pp, red at 25 pp; overdue = D &gt; F and not completed.
///
///  task unit    leader deadline F          progress Jan..Dec (c = completed, s = suspended)
///  R1   县发改局 张三   2024-12-31 (365)   8 16 25 33 41 50 58 66 75 83 91 100c   planned = days/365: always within 1 pp
///  R2   县财政局 李四   2024-06-30 (181)   10 20 30 35 40 45 50 55 60 65 70 75     Apr: planned 120/181 = 66.3, lag 31.3 -> red
///  R3   县财政局 李四   2024-06-30 (181)   20 35 55 70 100c then 100c              ahead of plan until completed in May
///  R4   县教育局 张三   2024-04-30 (120)   20 45 70 90 95 100c then 100c           Apr: D = F, planned 100, lag 10: amber, not
///                                                                               red, not overdue; deadline come, not completed
///  R5   县教育局 李四   长期坚持 (open-ended) no figure, on_track every month       never in the population
///  R6   县发改局 张三   2024-10-31 (304)   10 20 20s 20s 30 40 50 60 70 80 90 100c suspended in March and April
/// </summary>
internal static class RiskHistory
{
    public static readonly string[] Months =
        ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"];

    public static readonly RiskTask[] Tasks =
    [
        new("R1", "按期推进的改革任务", "县发改局", "张三", "2024-12-31", "day", ["8", "16", "25", "33", "41", "50", "58", "66", "75", "83", "91", "100c"]),
        new("R2", "滞后转红的改革任务", "县财政局", "李四", "2024-06-30", "month", ["10", "20", "30", "35", "40", "45", "50", "55", "60", "65", "70", "75"]),
        new("R3", "提前完成的改革任务", "县财政局", "李四", "2024-06-30", "month", ["20", "35", "55", "70", "100c", "100c", "100c", "100c", "100c", "100c", "100c", "100c"]),
        new("R4", "到期未完成的改革任务", "县教育局", "张三", "2024-04-30", "day", ["20", "45", "70", "90", "95", "100c", "100c", "100c", "100c", "100c", "100c", "100c"]),
        new("R5", "长期坚持的改革任务", "县教育局", "李四", null, "open_ended", ["-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"]),
        new("R6", "中途暂缓的改革任务", "县发改局", "张三", "2024-10-31", "day", ["10", "20", "20s", "20s", "30", "40", "50", "60", "70", "80", "90", "100c"]),
    ];

    /// <summary>A database holding the first <paramref name="months"/> months of every task, with the risk definitions installed.</summary>
    public static async Task<DuckDBConnection> OpenAsync(int months)
    {
        var connection = await MetricsDatabase.OpenAsync();
        await InsertAsync(connection, Tasks, 1, months);
        await RiskViews.InstallAsync(connection, CancellationToken.None);
        return connection;
    }

    /// <summary>Inserts the rows of <paramref name="tasks"/> for months <paramref name="from"/>..<paramref name="to"/> (1-based).</summary>
    public static async Task InsertAsync(DuckDBConnection connection, IEnumerable<RiskTask> tasks, int from, int to)
    {
        var sql = new StringBuilder("INSERT INTO snapshots BY NAME SELECT * FROM (VALUES ");
        var first = true;
        foreach (var task in tasks)
        {
            for (var m = from; m <= to; m++)
            {
                var cell = task.Cells[m - 1];
                var (pct, status) = cell switch
                {
                    "-" => ("NULL", "on_track"),
                    _ when cell.EndsWith('c') => (cell[..^1], "completed"),
                    _ when cell.EndsWith('s') => (cell[..^1], "suspended"),
                    _ => (cell, "on_track"),
                };
                sql.Append(first ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $"""
                    ('overall', '{task.Id}', DATE '{Months[m - 1]}-01', last_day(DATE '{Months[m - 1]}-01'), '{task.Id}', '{task.Name}',
                     '经济体制改革专项小组', '{task.Unit}', ['县委办'], '{task.Leader}', '{task.Deadline ?? "长期坚持"}',
                     {(task.Deadline is null ? "NULL" : $"DATE '{task.Deadline}'")}, '{task.DeadlineKind}', {(task.Deadline is null ? "true" : "false")},
                     DATE '2024-01-01', {pct}::DOUBLE, '{status}', '{status}', '{task.Name}：本月进度{pct}', 'risk.xlsx', 'Sheet1', 1)
                    """);
                first = false;
            }
        }

        sql.Append("""
            ) v(ledger, task_id, report_month, status_date, seq_no, task_name, special_group, lead_unit, co_units, leader,
                deadline_text, deadline, deadline_kind, open_ended, planned_start, progress_pct, status, status_text, progress_text,
                source_file, source_sheet, source_row)
            """);
        await MetricsDatabase.ExecuteAsync(connection, sql.ToString());
    }
}
