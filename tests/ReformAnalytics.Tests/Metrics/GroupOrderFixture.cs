using DuckDB.NET.Data;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// A ledger whose special groups' order is not their code-point order, in a database file (for the command runners too).
/// Code points of the first characters: 党 U+515A &lt; 文 U+6587 &lt; 生 U+751F &lt; 社 U+793E &lt; 经 U+7ECF, so by name the
/// groups come 党的建设, 文化, 生态文明, 社会, 经济: the ledger lists them otherwise.
///
///  overall ledger, 2024 (sheet 总台账 of one file a month, section rows above the tasks; rows as numbered):
///    April, May (whole):  一、经济 E1 5, E2 6 · 二、社会 S1 8, S2 9 · 三、党的建设 P1 11      -> 经济, 社会, 党的建设
///    June (whole, sections reordered): 一、经济 E1 5, E2 6 · 二、党的建设 P1 8 · 三、社会 S1 10, S2 11 -> 经济, 党的建设, 社会
///    July: the units' own returns, a file each (县发改局.xlsx …), every task on row 5, and 文化 (C1) for the first time:
///          no order of its own -> June's
///  local pilot ledger: 生态文明 G1, row 5, every month from April: a group only in a pilot ledger.
///
/// Expected group_order (groups not in the ledger in force after, by first appearance: 生态文明 April, 文化 July):
///    April, May: 经济, 社会, 党的建设, 生态文明, 文化 (ledger_month: the month itself)
///    June, July: 经济, 党的建设, 社会, 生态文明, 文化 (ledger_month June)
///
/// Progress: every task due 2024-12-31 (年底前); April 20, May 30, June: E1 and S1 completed (100), the others 50 (E2, S2),
/// 40 (P1, G1); July +10 on the open ones. June's completion rates: 经济 1/2 = 50%, 社会 1/2 = 50%, 党的建设 0/1 = 0%,
/// 生态文明 0/1 = 0%: 经济 and 社会 tie for the highest.
/// </summary>
public sealed class GroupOrderFixture : IAsyncLifetime
{
    public const string Economy = "经济体制改革专项小组";
    public const string Society = "社会体制改革专项小组";
    public const string Party = "党的建设制度改革专项小组";
    public const string Ecology = "生态文明体制改革专项小组";
    public const string Culture = "文化体制改革专项小组";

    private const string Insert = """
        INSERT INTO snapshots BY NAME
        SELECT
            t.ledger, t.task_id, r.report_month::DATE AS report_month, last_day(r.report_month::DATE) AS status_date,
            t.task_id AS seq_no, t.task_name, t.special_group, t.lead_unit, [] AS co_units, '张三' AS leader,
            '年底前' AS deadline_text, DATE '2024-12-31' AS deadline, 'year' AS deadline_kind, false AS open_ended,
            DATE '2024-01-01' AS planned_start, [DATE '2024-12-31'] AS milestone_dates,
            r.progress_pct::DOUBLE AS progress_pct, r.status, r.status AS status_text, '进展' AS progress_text,
            r.source_file, r.source_sheet, r.source_row
        FROM (VALUES
            ('overall',     'E1', '推进政府采购制度改革', '经济体制改革专项小组',     '县发改局'),
            ('overall',     'E2', '完善县域物流服务体系', '经济体制改革专项小组',     '县财政局'),
            ('overall',     'S1', '推行养老服务补贴制度', '社会体制改革专项小组',     '县民政局'),
            ('overall',     'S2', '深化公立医院综合改革', '社会体制改革专项小组',     '县卫健局'),
            ('overall',     'P1', '深化干部人事制度改革', '党的建设制度改革专项小组', '县委组织部'),
            ('overall',     'C1', '健全文化礼堂运行机制', '文化体制改革专项小组',     '县委宣传部'),
            ('local_pilot', 'G1', '河湖长制改革试点',     '生态文明体制改革专项小组', '县水利局')
        ) t(ledger, task_id, task_name, special_group, lead_unit)
        JOIN (VALUES
            ('E1', '2024-04-01', 20,  'on_track',  '2024年4月改革任务台账.xlsx', '总台账', 5),
            ('E2', '2024-04-01', 20,  'on_track',  '2024年4月改革任务台账.xlsx', '总台账', 6),
            ('S1', '2024-04-01', 20,  'on_track',  '2024年4月改革任务台账.xlsx', '总台账', 8),
            ('S2', '2024-04-01', 20,  'on_track',  '2024年4月改革任务台账.xlsx', '总台账', 9),
            ('P1', '2024-04-01', 20,  'on_track',  '2024年4月改革任务台账.xlsx', '总台账', 11),
            ('G1', '2024-04-01', 20,  'on_track',  '2024年4月自选试点台账.xlsx', '试点', 5),
            ('E1', '2024-05-01', 30,  'on_track',  '2024年5月改革任务台账.xlsx', '总台账', 5),
            ('E2', '2024-05-01', 30,  'on_track',  '2024年5月改革任务台账.xlsx', '总台账', 6),
            ('S1', '2024-05-01', 30,  'on_track',  '2024年5月改革任务台账.xlsx', '总台账', 8),
            ('S2', '2024-05-01', 30,  'on_track',  '2024年5月改革任务台账.xlsx', '总台账', 9),
            ('P1', '2024-05-01', 30,  'on_track',  '2024年5月改革任务台账.xlsx', '总台账', 11),
            ('G1', '2024-05-01', 30,  'on_track',  '2024年5月自选试点台账.xlsx', '试点', 5),
            ('E1', '2024-06-01', 100, 'completed', '2024年6月改革任务台账.xlsx', '总台账', 5),
            ('E2', '2024-06-01', 50,  'on_track',  '2024年6月改革任务台账.xlsx', '总台账', 6),
            ('P1', '2024-06-01', 40,  'on_track',  '2024年6月改革任务台账.xlsx', '总台账', 8),
            ('S1', '2024-06-01', 100, 'completed', '2024年6月改革任务台账.xlsx', '总台账', 10),
            ('S2', '2024-06-01', 50,  'on_track',  '2024年6月改革任务台账.xlsx', '总台账', 11),
            ('G1', '2024-06-01', 40,  'on_track',  '2024年6月自选试点台账.xlsx', '试点', 5),
            ('E1', '2024-07-01', 100, 'completed', '县发改局.xlsx',   'Sheet1', 5),
            ('E2', '2024-07-01', 60,  'on_track',  '县财政局.xlsx',   'Sheet1', 5),
            ('S1', '2024-07-01', 100, 'completed', '县民政局.xlsx',   'Sheet1', 5),
            ('S2', '2024-07-01', 60,  'on_track',  '县卫健局.xlsx',   'Sheet1', 5),
            ('P1', '2024-07-01', 50,  'on_track',  '县委组织部.xlsx', 'Sheet1', 5),
            ('C1', '2024-07-01', 10,  'on_track',  '县委宣传部.xlsx', 'Sheet1', 5),
            ('G1', '2024-07-01', 50,  'on_track',  '2024年7月自选试点台账.xlsx', '试点', 5)
        ) r(task_id, report_month, progress_pct, status, source_file, source_sheet, source_row) USING (task_id);
        """;

    private readonly Support.TempFolder _folder = new("reform-group-order");

    /// <summary>June's groups in the ledger's order (the ledger in force, then the group only in a pilot ledger).</summary>
    public static IReadOnlyList<string> JuneOrder { get; } = [Economy, Party, Society, Ecology];

    public string DbPath => _folder.File("reform.duckdb");

    /// <summary>A connection of its own to the fixture's file (the command runners open the file themselves).</summary>
    public async Task<DuckDBConnection> OpenAsync()
    {
        var connection = new DuckDBConnection("DataSource=" + DbPath);
        await connection.OpenAsync();
        return connection;
    }

    public async Task InitializeAsync()
    {
        using var connection = await MetricsDatabase.OpenAsync(DbPath);
        await MetricsDatabase.ExecuteAsync(connection, Insert);
        await MetricViews.InstallAsync(connection, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
