using DuckDB.NET.Data;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// The hand-made ledger every metric test works its expected figures out from. Planned start S = 2024-01-01
/// for every task; status dates D (month ends) are, in days after S (2024 is a leap year):
///   2024-03-31 = 90, 2024-04-30 = 120, 2024-05-31 = 151, 2024-06-30 = 181.
/// Deadlines F in days after S: 2024-05-21 = 141, 2024-06-30 = 181, 2024-07-19 = 200, 2024-10-27 = 300.
///
///  task ledger       group  unit   leader deadline                   progress Mar / Apr / May / Jun (status)
///  T1   overall      经济   发改局 张三   2024-07-19 (200)           40 / 50 / 60 / 70  on_track
///  T2   overall      经济   发改局 张三   2024-05-21 (141)           50 / 60 / 80 (behind) / 100 completed   -> completed after its deadline
///  T3   overall      经济   财政局 李四   2024-06-30 (181)           50 / 60 / 80 / 95  on_track               -> deadline on June's status date
///  T4   overall      社会   财政局 李四   长期坚持 (open-ended)      none, on_track every month
///  T5   overall      社会   教育局 李四   2024-10-27 (300)           30 / 30 / 30 / 30  on_track               -> stalled
///  T6   overall      社会   教育局 张三   2024-07-19 (200)           none: not_started / on_track / on_track / (absent: removed, a missing return)
///  T7   local_pilot  经济   发改局 张三   milestones 2024-04-30 (120), 2024-10-27 (300)   20 / 40 / 45 / 50 on_track
///  T8   overall      经济   财政局 张三   2024-07-19 (200)           80 on_track / none completed / 100 completed / 100 completed
/// (经济 = 经济体制改革专项小组, 社会 = 社会体制改革专项小组; units are 县发改局, 县财政局, 县教育局.)
/// </summary>
public sealed class MetricsFixture : IAsyncLifetime
{
    public const string Economy = "经济体制改革专项小组";
    public const string Society = "社会体制改革专项小组";
    public const string Development = "县发改局";
    public const string Finance = "县财政局";
    public const string Education = "县教育局";

    public const string InsertSnapshots = """
        INSERT INTO snapshots BY NAME
        SELECT
            t.ledger, t.task_id, r.report_month::DATE AS report_month, last_day(r.report_month::DATE) AS status_date,
            t.task_id AS seq_no, t.task_name, t.special_group, t.lead_unit, [] AS co_units, t.leader,
            t.deadline_text, t.deadline::DATE AS deadline, t.deadline_kind, t.open_ended,
            DATE '2024-01-01' AS planned_start, t.milestone_dates::DATE[] AS milestone_dates,
            r.progress_pct::DOUBLE AS progress_pct, r.status, r.status AS status_text,
            '进展：' || coalesce(r.progress_pct::VARCHAR || '%', '未填') AS progress_text,
            'fixture.xlsx' AS source_file, 'Sheet1' AS source_sheet, 1 AS source_row
        FROM (VALUES
            ('overall',     'T1', '优化营商环境改革',   '经济体制改革专项小组', '县发改局', '张三', '2024年7月19日前', '2024-07-19', 'day',        false, NULL),
            ('overall',     'T2', '财政预算绩效改革',   '经济体制改革专项小组', '县发改局', '张三', '2024年5月21日前', '2024-05-21', 'day',        false, NULL),
            ('overall',     'T3', '国资国企改革',       '经济体制改革专项小组', '县财政局', '李四', '6月底前',         '2024-06-30', 'month',      false, NULL),
            ('overall',     'T4', '基层治理长效机制',   '社会体制改革专项小组', '县财政局', '李四', '长期坚持',        NULL,         'open_ended', true,  NULL),
            ('overall',     'T5', '县域医共体建设',     '社会体制改革专项小组', '县教育局', '李四', '2024年10月27日前', '2024-10-27', 'day',        false, NULL),
            ('overall',     'T6', '集团化办学改革',     '社会体制改革专项小组', '县教育局', '张三', '2024年7月19日前', '2024-07-19', 'day',        false, NULL),
            ('local_pilot', 'T7', '数字乡村试点',       '经济体制改革专项小组', '县发改局', '张三', '4月底前出台方案；10月27日前全面推开', '2024-10-27', 'milestones', false, ['2024-04-30', '2024-10-27']),
            ('overall',     'T8', '政务服务一网通办',   '经济体制改革专项小组', '县财政局', '张三', '2024年7月19日前', '2024-07-19', 'day',        false, NULL)
        ) t(ledger, task_id, task_name, special_group, lead_unit, leader, deadline_text, deadline, deadline_kind, open_ended, milestone_dates)
        JOIN (VALUES
            ('T1', '2024-03-01', 40,   'on_track'), ('T1', '2024-04-01', 50,   'on_track'), ('T1', '2024-05-01', 60,   'on_track'), ('T1', '2024-06-01', 70,   'on_track'),
            ('T2', '2024-03-01', 50,   'on_track'), ('T2', '2024-04-01', 60,   'on_track'), ('T2', '2024-05-01', 80,   'behind'),   ('T2', '2024-06-01', 100,  'completed'),
            ('T3', '2024-03-01', 50,   'on_track'), ('T3', '2024-04-01', 60,   'on_track'), ('T3', '2024-05-01', 80,   'on_track'), ('T3', '2024-06-01', 95,   'on_track'),
            ('T4', '2024-03-01', NULL, 'on_track'), ('T4', '2024-04-01', NULL, 'on_track'), ('T4', '2024-05-01', NULL, 'on_track'), ('T4', '2024-06-01', NULL, 'on_track'),
            ('T5', '2024-03-01', 30,   'on_track'), ('T5', '2024-04-01', 30,   'on_track'), ('T5', '2024-05-01', 30,   'on_track'), ('T5', '2024-06-01', 30,   'on_track'),
            ('T6', '2024-03-01', NULL, 'not_started'), ('T6', '2024-04-01', NULL, 'on_track'), ('T6', '2024-05-01', NULL, 'on_track'),
            ('T7', '2024-03-01', 20,   'on_track'), ('T7', '2024-04-01', 40,   'on_track'), ('T7', '2024-05-01', 45,   'on_track'), ('T7', '2024-06-01', 50,   'on_track'),
            ('T8', '2024-03-01', 80,   'on_track'), ('T8', '2024-04-01', NULL, 'completed'), ('T8', '2024-05-01', 100, 'completed'), ('T8', '2024-06-01', 100,  'completed')
        ) r(task_id, report_month, progress_pct, status) USING (task_id);
        """;

    public DuckDBConnection Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connection = await MetricsDatabase.OpenAsync();
        await MetricsDatabase.ExecuteAsync(Connection, InsertSnapshots);
        await MetricViews.InstallAsync(Connection, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Connection.Dispose();
        return Task.CompletedTask;
    }
}
