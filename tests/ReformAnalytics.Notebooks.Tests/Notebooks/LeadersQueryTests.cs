using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Metrics;
using ReformAnalytics.Notebooks.Tests.Harness;
using ReformAnalytics.Notebooks.Tests.Support;

namespace ReformAnalytics.Notebooks.Tests.Notebooks;

/// <summary>
/// 常用查询's 责任领导的任务量, run on three hand-made tasks of June 2024 (the sample county has no co-led task):
/// <list type="bullet">
/// <item>T1 张三, 县发改局, 50%, due 31 December;</item>
/// <item>T2 张三、李四 (co-led), 县财政局, 40%, due 31 December;</item>
/// <item>T3 李四, 县教育局, completed in March.</item>
/// </list>
/// A co-led task counts for each of its leaders, as metric_summary's leader groups count it. Before, the open tasks and
/// units were counted by the leader cell as written, so T2 fell under “张三、李四”, which is no leader: 张三 showed 2 tasks
/// but 1 open, 李四 2 tasks and none open.
/// </summary>
public sealed partial class LeadersQueryTests
{
    [Fact]
    public async Task LeadersLoads_CountACoLedTask_ForEachOfItsLeaders()
    {
        await using var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync();
        await ReformDatabase.EnsureSchemaAsync(connection, CancellationToken.None);
        await ReformDatabase.ExecuteAsync(connection, """
            INSERT INTO snapshots (ledger, task_id, report_month, status_date, task_name, lead_unit, leader, deadline, deadline_kind,
                                   open_ended, planned_start, progress_pct, status, source_file, source_sheet, source_row)
            VALUES
                ('overall', 'T1', DATE '2024-06-01', DATE '2024-06-30', '营商环境改革', '县发改局', '张三', DATE '2024-12-31', 'month', false, DATE '2024-01-01', 50, 'on_track', 'f.csv', '', 2),
                ('overall', 'T2', DATE '2024-06-01', DATE '2024-06-30', '预算绩效改革', '县财政局', '张三、李四', DATE '2024-12-31', 'month', false, DATE '2024-01-01', 40, 'on_track', 'f.csv', '', 3),
                ('overall', 'T3', DATE '2024-06-01', DATE '2024-06-30', '课后服务改革', '县教育局', '李四', DATE '2024-03-31', 'month', false, DATE '2024-01-01', 100, 'completed', 'f.csv', '', 4)
            """, CancellationToken.None);
        await MetricViews.InstallAsync(connection, CancellationToken.None);

        var rows = await RunAsync(connection, NotebookQuery("常用查询.ipynb", "责任领导的任务量"), new DateOnly(2024, 6, 1));

        // By hand: 张三 leads T1 and T2, both open, of 县发改局 and 县财政局; 李四 leads T2 (open) and T3 (completed), of
        // 县财政局 and 县教育局. Most open first.
        Assert.Equal([("张三", 2L, 2L, 2L), ("李四", 2L, 1L, 2L)], rows);
    }

    /// <summary>The SQL of the notebook's <c>Query("title", """…""")</c>.</summary>
    private static string NotebookQuery(string fileName, string title)
    {
        var code = string.Join('\n', NotebookDocument.Load(RepositoryPaths.Notebook(fileName)).Cells.Where(c => c.IsCSharp).Select(c => c.Source));
        var match = QueryCall().Matches(code).Single(m => m.Groups["title"].Value == title);
        return match.Groups["sql"].Value;
    }

    private static async Task<List<(string Leader, long Tasks, long Open, long Units)>> RunAsync(DuckDBConnection connection, string sql, DateOnly month)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new DuckDBParameter("month", month));
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long, long, long)>();
        while (await reader.ReadAsync())
        {
            rows.Add((
                (string)reader["责任领导"],
                Convert.ToInt64(reader["任务数"], System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt64(reader["未完成"], System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt64(reader["牵头单位数"], System.Globalization.CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    [GeneratedRegex("Query\\(\"(?<title>[^\"]+)\", \"\"\"\\n(?<sql>.*?)\"\"\"", RegexOptions.Singleline)]
    private static partial Regex QueryCall();
}
