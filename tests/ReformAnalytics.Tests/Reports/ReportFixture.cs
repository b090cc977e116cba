using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Metrics;
using ReformAnalytics.Reports;

namespace ReformAnalytics.Tests.Reports;

/// <summary>
/// A small county whose report figures are worked out by hand in the tests. Planned start S = 2024-01-01; the
/// snapshots are March (Q1's last month), April, May and June 2024 (Q2). Days after S: Mar 31 = 90, Jun 30 = 181.
///
///  task ledger          group  unit    deadline              Mar / Apr / May / Jun (status)
///  R1   overall         经济   县发改局 2024-06-30             40 / 60 / 80 / 100 completed     -> completed in June, on time
///  R2   overall         经济   县财政局 2024-12-31             10 / 20 / (absent) / 30          -> May return missing
///  R3   overall         社会   县教育局 2024-05-31             20 / 40 / 50 / 60 behind         -> overdue 30 days in June
///  R4   overall         社会   县教育局 长期坚持 (open-ended)  50 / 50 / 50 / 50                -> stalled
///  R5   assigned_pilot  经济   县财政局 2024-03-31             100 completed every month       -> completed in Q1
///  R6   local_pilot     社会   县发改局 2024-09-30             20 / 60 / 100 / 100 completed    -> completed in May, on time
///  R7   overall         经济   县财政局 (none written)         June only, not_started           -> no deadline
///  R8   overall         社会   县教育局 2024-12-31             10 / 10 / 10 / 10 on_track       -> stalled, red, status disagrees
/// (经济 = 经济体制改革专项小组, 社会 = 社会体制改革专项小组.)
/// </summary>
public class ReportFixture : IAsyncLifetime
{
    public const string Economy = "经济体制改革专项小组";
    public const string Society = "社会体制改革专项小组";

    private const string InsertSnapshots = """
        INSERT INTO snapshots BY NAME
        SELECT
            t.ledger, t.task_id, r.report_month::DATE AS report_month, last_day(r.report_month::DATE) AS status_date,
            t.task_id AS seq_no, t.task_name, t.special_group, t.lead_unit, [] AS co_units, '王五' AS leader,
            t.result_form, t.deadline_text, t.deadline::DATE AS deadline, t.deadline_kind, t.open_ended,
            DATE '2024-01-01' AS planned_start, r.progress_pct::DOUBLE AS progress_pct, r.status, r.status AS status_text,
            'fixture.xlsx' AS source_file, 'Sheet1' AS source_sheet, 1 AS source_row
        FROM (VALUES
            ('overall',        'R1', '优化营商环境改革', '经济体制改革专项小组', '县发改局', '制度文件', '6月底前',    '2024-06-30', 'month',      false),
            ('overall',        'R2', '财政预算绩效改革', '经济体制改革专项小组', '县财政局', '实施方案', '年底前',     '2024-12-31', 'year',       false),
            ('overall',        'R3', '县域医共体建设',   '社会体制改革专项小组', '县教育局', '工作机制', '5月底前',    '2024-05-31', 'month',      false),
            ('overall',        'R4', '基层治理长效机制', '社会体制改革专项小组', '县教育局', NULL,       '长期坚持',   NULL,         'open_ended', true),
            ('assigned_pilot', 'R5', '农村产权交易试点', '经济体制改革专项小组', '县财政局', '试点总结', '一季度',     '2024-03-31', 'quarter',    false),
            ('local_pilot',    'R6', '集团化办学试点',   '社会体制改革专项小组', '县发改局', '试点方案', '三季度末',   '2024-09-30', 'quarter',    false),
            ('overall',        'R7', '政务数据共享',     '经济体制改革专项小组', '县财政局', NULL,       NULL,         NULL,         'missing',    false),
            ('overall',        'R8', '集体林权制度改革', '社会体制改革专项小组', '县教育局', '制度文件', '年内',       '2024-12-31', 'year',       false)
        ) t(ledger, task_id, task_name, special_group, lead_unit, result_form, deadline_text, deadline, deadline_kind, open_ended)
        JOIN (VALUES
            ('R1', '2024-03-01', 40,  'on_track'), ('R1', '2024-04-01', 60,  'on_track'), ('R1', '2024-05-01', 80,  'on_track'), ('R1', '2024-06-01', 100, 'completed'),
            ('R2', '2024-03-01', 10,  'on_track'), ('R2', '2024-04-01', 20,  'on_track'),                                         ('R2', '2024-06-01', 30,  'on_track'),
            ('R3', '2024-03-01', 20,  'on_track'), ('R3', '2024-04-01', 40,  'on_track'), ('R3', '2024-05-01', 50,  'behind'),   ('R3', '2024-06-01', 60,  'behind'),
            ('R4', '2024-03-01', 50,  'on_track'), ('R4', '2024-04-01', 50,  'on_track'), ('R4', '2024-05-01', 50,  'on_track'), ('R4', '2024-06-01', 50,  'on_track'),
            ('R5', '2024-03-01', 100, 'completed'), ('R5', '2024-04-01', 100, 'completed'), ('R5', '2024-05-01', 100, 'completed'), ('R5', '2024-06-01', 100, 'completed'),
            ('R6', '2024-03-01', 20,  'on_track'), ('R6', '2024-04-01', 60,  'ahead'),    ('R6', '2024-05-01', 100, 'completed'), ('R6', '2024-06-01', 100, 'completed'),
                                                                                                                                ('R7', '2024-06-01', NULL, 'not_started'),
            ('R8', '2024-03-01', 10,  'on_track'), ('R8', '2024-04-01', 10,  'on_track'), ('R8', '2024-05-01', 10,  'on_track'), ('R8', '2024-06-01', 10,  'on_track')
        ) r(task_id, report_month, progress_pct, status) USING (task_id);
        """;

    public DuckDBConnection Connection { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Connection = new DuckDBConnection("DataSource=:memory:");
        await Connection.OpenAsync();
        await ReformDatabase.EnsureSchemaAsync(Connection, CancellationToken.None);
        await ReformDatabase.ExecuteAsync(Connection, InsertSnapshots, CancellationToken.None);
        await MetricViews.InstallAsync(Connection, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Connection.Dispose();
        return Task.CompletedTask;
    }

    private Task<ReportDocument>? _q2;

    /// <summary>The 2024Q2 report, built once for the class.</summary>
    public Task<ReportDocument> Q2Async() =>
        _q2 ??= QuarterlyReport.BuildAsync(Connection, new Quarter(2024, 2), QuarterlyReportOptions.Default, CancellationToken.None);

    /// <summary>One value of a query on the views.</summary>
    public async Task<double> ValueAsync(string sql)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull
            ? throw new InvalidOperationException("NULL from: " + sql)
            : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
