using DuckDB.NET.Data;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// year_end_carry_over (年末结转) on a hand-made turn of the year. Overall ledger, 2023-11 and 2023-12, then 2024-01:
/// <list type="bullet">
/// <item>OV2023-A 营商环境改革 (县发改局), open at 60% in December; January has OV2024-A “营商环境改革。” -> carried
/// (the same name key once the full stop is dropped).</item>
/// <item>OV2023-B 医共体建设, completed in December -> not listed.</item>
/// <item>OV2023-C 集团化办学改革 (县教育局), open at 50%; January has OV2024-C 深化集团化办学改革 of the same unit. Distinct
/// bigrams: 6 and 8, all 6 shared -> Dice 12/14 = 0.857 -> similar, 0.86.</item>
/// <item>OV2023-D 数字乡村试点 (县农业局), behind at 30%; nothing like it in January -> dropped.</item>
/// <item>OV2023-F, in November only (December's return missing) -> not in the last month, not listed.</item>
/// <item>OV2023-G 优化政务服务流程 (县政务服务中心), open at 40%; January has 深化政务服务流程 (Dice 12/14 = 0.857) but of
/// 县行政审批局 -> only the same unit's tasks are compared -> dropped.</item>
/// </list>
/// The local pilot ledger has December 2023 only (no 2024 yet) -> no rows; nor has 2024 (no 2025).
/// </summary>
public sealed class YearEndCarryOverTests
{
    private const string Insert = """
        INSERT INTO snapshots BY NAME
        SELECT ledger, task_id, m::DATE AS report_month, last_day(m::DATE) AS status_date, task_name, lead_unit, [] AS co_units,
               deadline_text, deadline::DATE AS deadline, 'month' AS deadline_kind, false AS open_ended,
               make_date(year(m::DATE), 1, 1) AS planned_start, [] AS milestone_dates, [] AS milestones,
               progress AS progress_pct, status, 'f.csv' AS source_file, '' AS source_sheet, 1 AS source_row
        FROM (VALUES
            ('overall', 'OV2023-A', '营商环境改革', '县发改局', '2023年12月底前', '2023-12-31', '2023-11-01', 50.0, 'on_track'),
            ('overall', 'OV2023-A', '营商环境改革', '县发改局', '2023年12月底前', '2023-12-31', '2023-12-01', 60.0, 'on_track'),
            ('overall', 'OV2023-B', '医共体建设', '县卫健局', '2023年12月底前', '2023-12-31', '2023-11-01', 80.0, 'on_track'),
            ('overall', 'OV2023-B', '医共体建设', '县卫健局', '2023年12月底前', '2023-12-31', '2023-12-01', 100.0, 'completed'),
            ('overall', 'OV2023-C', '集团化办学改革', '县教育局', '2023年12月底前', '2023-12-31', '2023-11-01', 40.0, 'on_track'),
            ('overall', 'OV2023-C', '集团化办学改革', '县教育局', '2023年12月底前', '2023-12-31', '2023-12-01', 50.0, 'on_track'),
            ('overall', 'OV2023-D', '数字乡村试点', '县农业局', '2023年12月底前', '2023-12-31', '2023-11-01', 20.0, 'behind'),
            ('overall', 'OV2023-D', '数字乡村试点', '县农业局', '2023年12月底前', '2023-12-31', '2023-12-01', 30.0, 'behind'),
            ('overall', 'OV2023-F', '国资国企改革', '县财政局', '2023年12月底前', '2023-12-31', '2023-11-01', 30.0, 'on_track'),
            ('overall', 'OV2023-G', '优化政务服务流程', '县政务服务中心', '2023年12月底前', '2023-12-31', '2023-12-01', 40.0, 'on_track'),
            ('overall', 'OV2024-A', '营商环境改革。', '县发改局', '2024年6月底前', '2024-06-30', '2024-01-01', 10.0, 'on_track'),
            ('overall', 'OV2024-C', '深化集团化办学改革', '县教育局', '2024年9月底前', '2024-09-30', '2024-01-01', 5.0, 'on_track'),
            ('overall', 'OV2024-E', '政务服务一网通办', '县财政局', '2024年6月底前', '2024-06-30', '2024-01-01', 0.0, 'not_started'),
            ('overall', 'OV2024-G', '深化政务服务流程', '县行政审批局', '2024年6月底前', '2024-06-30', '2024-01-01', 0.0, 'not_started'),
            ('local_pilot', 'LP2023-X', '数字乡村试点', '县农业局', '2023年12月底前', '2023-12-31', '2023-12-01', 30.0, 'on_track')
        ) t(ledger, task_id, task_name, lead_unit, deadline_text, deadline, m, progress, status);
        """;

    /// <summary>The fixture, with the metric views installed (also used by the docs' example query).</summary>
    public static async Task<DuckDBConnection> OpenAsync(string? moreRows = null)
    {
        var connection = await MetricsDatabase.OpenAsync();
        await MetricsDatabase.ExecuteAsync(connection, Insert);
        if (moreRows is not null)
        {
            await MetricsDatabase.ExecuteAsync(connection, moreRows);
        }

        await MetricViews.InstallAsync(connection, CancellationToken.None);
        return connection;
    }

    [Fact]
    public async Task TurnOfTheYear_ListsDecembersUnfinishedTasks_WithWhereEachWent()
    {
        using var connection = await OpenAsync();

        var rows = await TaskRow.QueryAsync(connection, "SELECT * FROM year_end_carry_over ORDER BY ledger, task_id");

        Assert.Equal(["OV2023-A", "OV2023-C", "OV2023-D", "OV2023-G"], rows.Select(r => r.Text("task_id")));
        Assert.All(rows, r => Assert.Equal(2023L, r.Long("year")));
        Assert.All(rows, r => Assert.Equal(new DateOnly(2023, 12, 1), r.Date("last_month")));
        Assert.All(rows, r => Assert.Equal(new DateOnly(2024, 1, 1), r.Date("next_month")));
        Assert.Equal(["carried", "similar", "dropped", "dropped"], rows.Select(r => r.Text("outcome")));
        Assert.Equal([60.0, 50.0, 30.0, 40.0], rows.Select(r => r.Double("actual_pct")!.Value));
    }

    [Fact]
    public async Task Carried_ShowsTheNewYearsTask()
    {
        using var connection = await OpenAsync();

        var a = Assert.Single(await TaskRow.QueryAsync(connection, "SELECT * FROM year_end_carry_over WHERE task_id = 'OV2023-A'"));

        Assert.Equal(("OV2024-A", "营商环境改革。", "县发改局"), (a.Text("next_task_id"), a.Text("next_task_name"), a.Text("next_lead_unit")));
        Assert.Equal(("2024年6月底前", new DateOnly(2024, 6, 30)), (a.Text("next_deadline_text"), a.Date("next_deadline")));
        Assert.Equal(10.0, a.Double("next_progress_pct"));
        Assert.Equal(1.0, a.Double("similarity"));
    }

    [Fact]
    public async Task Similar_SameUnitOnly_WithTheDiceFigure()
    {
        using var connection = await OpenAsync();

        var rows = (await TaskRow.QueryAsync(connection, "SELECT * FROM year_end_carry_over")).ToDictionary(r => r.Text("task_id")!);

        Assert.Equal(("OV2024-C", 0.86), (rows["OV2023-C"].Text("next_task_id"), rows["OV2023-C"].Double("similarity")));

        // 深化政务服务流程 is as close to OV2023-G's name, but another unit's task: no hint, dropped.
        Assert.Null(rows["OV2023-G"].Text("next_task_id"));
        Assert.Null(rows["OV2023-G"].Double("similarity"));
        Assert.Null(rows["OV2023-D"].Text("next_task_name"));
    }

    [Fact]
    public async Task NextYearNotYetIn_NoRows()
    {
        using var connection = await MetricsDatabase.OpenAsync();
        await MetricsDatabase.ExecuteAsync(connection, Insert.Replace("'2024-01-01'", "'2023-12-01'", StringComparison.Ordinal).Replace("OV2024-", "OV2023-N", StringComparison.Ordinal));
        await MetricViews.InstallAsync(connection, CancellationToken.None);

        Assert.Empty(await TaskRow.QueryAsync(connection, "SELECT * FROM year_end_carry_over"));
    }

    [Fact]
    public async Task NumberingBeforeTheName_IsNotPartOfIt()
    {
        // The assigned pilot ledger numbers its tasks differently each year: 1.推进财税体制改革 in December,
        // （一）推进财税体制改革 in January -> the same name once the numbering is removed -> carried. 2.数字政府 and
        // 二、数字政府建设: keys 数字政府 and 数字政府建设, distinct bigrams 3 and 5, all 3 shared -> Dice 6/8 = 0.75 < 0.8
        // -> dropped. （三）2024年度体检 loses （三） and keeps 2024 (a year, not numbering) -> carried.
        using var connection = await OpenAsync("""
            INSERT INTO snapshots BY NAME
            SELECT 'assigned_pilot' AS ledger, task_id, m::DATE AS report_month, last_day(m::DATE) AS status_date, task_name,
                   '县财政局' AS lead_unit, [] AS co_units, '年底前' AS deadline_text, last_day(make_date(year(m::DATE), 12, 1)) AS deadline,
                   'year' AS deadline_kind, false AS open_ended, make_date(year(m::DATE), 1, 1) AS planned_start, [] AS milestone_dates,
                   [] AS milestones, 50.0 AS progress_pct, 'on_track' AS status, 'p.csv' AS source_file, '' AS source_sheet, 1 AS source_row
            FROM (VALUES ('AP2023-1', '1.推进财税体制改革', '2023-12-01'), ('AP2023-2', '2.数字政府', '2023-12-01'),
                         ('AP2023-3', '（三）2024年度体检', '2023-12-01'),
                         ('AP2024-1', '（一）推进财税体制改革', '2024-01-01'), ('AP2024-2', '二、数字政府建设', '2024-01-01'),
                         ('AP2024-3', '2024年度体检', '2024-01-01')) t(task_id, task_name, m)
            """);

        var rows = (await TaskRow.QueryAsync(connection, "SELECT * FROM year_end_carry_over WHERE ledger = 'assigned_pilot'")).ToDictionary(r => r.Text("task_id")!);

        Assert.Equal(("carried", "AP2024-1"), (rows["AP2023-1"].Text("outcome"), rows["AP2023-1"].Text("next_task_id")));
        Assert.Equal("dropped", rows["AP2023-2"].Text("outcome"));
        Assert.Equal(("carried", "AP2024-3"), (rows["AP2023-3"].Text("outcome"), rows["AP2023-3"].Text("next_task_id")));
    }
}
