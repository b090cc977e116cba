using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Database;

namespace ReformAnalytics.Dashboard.Tests.Support;

/// <summary>
/// A small county, written with the ingest schema (schema.sql) and plain INSERTs. Three report months
/// (2024-04 to 2024-06), two ledgers, three special groups, five lead units. The June figures the tests
/// expect are worked out by hand in the comments below (status date D = 2024-06-30, planned start
/// S = 2024-01-01 for every task).
///
/// June, all ledgers: tasks present T1 T2 T3 T4 T6 = 5 (T5's June return is missing); T4 is open-ended,
/// so deadline tasks = 4; completed = 1 (T1) -> completion rate 1/4 = 25.0%.
///   T2: F = 2024-03-31 &lt; D, not completed -> overdue, days overdue = 91 (Apr 30 + May 31 + Jun 30);
///       planned 100, actual 60 -> lag 40 -> red, and it reports 序时推进 -> status disagrees;
///       60 in April, May and June -> stalled for 2 months.
///   T3: F = 2024-12-31, planned = (D - S)/(F - S) = 181/365 = 49.6%, actual 40 -> lag 9.6 (below 10: not behind).
///   T6 (local pilot): F = D = 2024-06-30 -> not overdue (D is not after F); planned 100, actual 20 -> lag 80, behind.
///   behind = T2, T6 = 2; overdue = T2 = 1.
/// Local pilot ledger in June: 1 task (T6), 0 completed -> 0.0%.
/// 县发改委 in June: T1 only (T5 missing) -> 1 task, 1 completed -> 100.0%; returns expected from May's
/// open tasks T1 and T5 = 2, returned 1 (T1), missing 1 (T5) -> return rate 50.0%.
/// </summary>
public static class FixtureCounty
{
    public const string FormulaNarrative = "=cmd|' /C calc'!A0 已召开推进会";

    public static readonly DateOnly Start = new(2024, 1, 1);

    public static IReadOnlyList<FixtureTask> Tasks { get; } =
    [
        new("overall", "T1", "优化营商环境改革", "经济体制改革专项小组", "县发改委", "张县长", "2024年6月底前", new DateOnly(2024, 6, 30), "month",
        [
            new("2024-04", 50, "on_track", "序时推进", "完成方案起草"),
            new("2024-05", 80, "on_track", "按计划推进", "方案征求意见"),
            new("2024-06", 100, "completed", "已完成", "方案已印发实施"),
        ]),
        new("overall", "T2", "深化医药卫生体制改革", "社会事业改革专项小组", "县卫健局", "李副县长", "2024年3月底前", new DateOnly(2024, 3, 31), "month",
        [
            new("2024-04", 60, "on_track", "序时推进", "推进医共体建设"),
            new("2024-05", 60, "on_track", "序时推进", "推进医共体建设"),
            new("2024-06", 60, "on_track", "序时推进", FormulaNarrative),
        ]),
        new("overall", "T3", "农村集体产权制度改革", "经济体制改革专项小组", "县农业农村局", "张县长", "年底前", new DateOnly(2024, 12, 31), "year",
        [
            new("2024-04", 20, "on_track", "有序推进", "清产核资"),
            new("2024-05", 30, "on_track", "有序推进", "成员身份确认"),
            new("2024-06", 40, "on_track", "有序推进", "股权量化"),
        ]),
        new("overall", "T4", "生态环境监管体制改革", "生态文明体制改革专项小组", "县生态环境局", "王副县长", "长期坚持", null, "open_ended",
        [
            new("2024-04", null, "on_track", "持续推进", "常态化监管"),
            new("2024-05", null, "on_track", "持续推进", "常态化监管"),
            new("2024-06", null, "on_track", "持续推进", "常态化监管"),
        ]),
        new("overall", "T5", "数字政府建设", "经济体制改革专项小组", "县发改委", "张县长", "2024年9月底前", new DateOnly(2024, 9, 30), "month",
        [
            new("2024-04", 10, "on_track", "推进中", "平台招标"),
            new("2024-05", 10, "on_track", "推进中", "平台招标"),
        ]),
        new("local_pilot", "T6", "乡镇综合行政执法改革试点", "社会事业改革专项小组", "县司法局", "李副县长", "2024年6月30日", new DateOnly(2024, 6, 30), "day",
        [
            new("2024-04", 0, "not_started", "未启动", "等待上级文件"),
            new("2024-05", 10, "behind", "进度滞后", "人员未到位"),
            new("2024-06", 20, "behind", "进度滞后", "人员未到位"),
        ]),
    ];

    /// <summary>Writes the county into a new DuckDB file, only the returns of the given months (all when null).</summary>
    public static async Task CreateAsync(string path, IReadOnlyCollection<string>? months = null, CancellationToken ct = default)
    {
        await using var connection = await ReformDatabase.OpenForWriteAsync(path, ct);
        await InsertAsync(connection, months, ct);
        await ReformDatabase.ExecuteAsync(connection, "INSERT INTO ingest_log (run_id, file_name, sha256, ledger, report_month, rows, issues, outcome, message) VALUES ('r000001', '2024年6月改革任务总台账.xlsx', 'abc', 'overall', DATE '2024-06-01', 5, 1, 'ingested', NULL)", ct);
        await ReformDatabase.ExecuteAsync(connection, "INSERT INTO ingest_issues VALUES ('r000001', '2024年6月改革任务总台账.xlsx', '6月', 7, '完成时限', '尽快', '无法识别完成时限“尽快”', 'warning')", ct);
        await ReformDatabase.ExecuteAsync(connection, "INSERT INTO unit_names VALUES ('r000001', '县发改委', '县发改委', '单位名称对照表.yaml'), ('r000001', '县发改委', '县发展和改革委员会', '单位名称对照表.yaml')", ct);
        await ReformDatabase.ExecuteAsync(connection, "CHECKPOINT", ct);
    }

    /// <summary>The INSERT statements for the returns of the given months (used by the writer process too).</summary>
    public static IEnumerable<string> InsertStatements(IReadOnlyCollection<string>? months)
    {
        foreach (var task in Tasks)
        {
            var row = 3;
            foreach (var report in task.Reports)
            {
                row++;
                if (months is not null && !months.Contains(report.Month))
                {
                    continue;
                }

                var month = DateOnly.ParseExact(report.Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var statusDate = month.AddMonths(1).AddDays(-1);
                yield return string.Create(CultureInfo.InvariantCulture, $"""
                    INSERT INTO snapshots VALUES (
                        {L(task.Ledger)}, {L(task.Id)}, DATE '{month:yyyy-MM-dd}', DATE '{statusDate:yyyy-MM-dd}', {L(task.Id[1..])}, {L(task.Name)},
                        {L(task.Group)}, {L(task.Unit)}, ['县财政局'], {L(task.Leader)}, '联络员', '制度文件', '推进落实',
                        {L(task.DeadlineText)}, {(task.Deadline is { } d ? $"DATE '{d:yyyy-MM-dd}'" : "NULL")}, {L(task.DeadlineKind)}, {(task.OpenEnded ? "true" : "false")},
                        DATE '2024-01-01', {(task.Deadline is { } f ? $"[DATE '{f:yyyy-MM-dd}']" : "NULL")}, NULL,
                        {(report.Progress is { } p ? p.ToString("R", CultureInfo.InvariantCulture) : "NULL")}, {L(report.Status)}, {L(report.StatusText)}, {L(report.ProgressText)},
                        {L($"2024年{month.Month}月改革任务台账.xlsx")}, {L(task.Ledger == "overall" ? "总台账" : "自选试点")}, {row}, NULL)
                    """);
            }
        }
    }

    private static async Task InsertAsync(DuckDBConnection connection, IReadOnlyCollection<string>? months, CancellationToken ct)
    {
        foreach (var sql in InsertStatements(months))
        {
            await ReformDatabase.ExecuteAsync(connection, sql, ct);
        }
    }

    private static string L(string text) => ReformDatabase.Literal(text);
}
