using ReformAnalytics.Metrics;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// The 年末结转 list of the report and <c>reform lists</c> (MetricQueries.YearEndCarryOverAsync) puts the special groups
/// of a ledger in the order the ledger lists them, as the dashboard's 年末结转 page does; before, a ledger's tasks
/// followed their identifiers and the groups came mixed. December 2024, one overall ledger file (whole): 经济体制改革
/// 专项小组's section first (row 5), 社会体制改革专项小组's second (row 20). January 2025 has neither task: both dropped.
/// </summary>
public sealed class CarryOverOrderTests
{
    private const string Insert = """
        INSERT INTO snapshots BY NAME
        SELECT ledger, task_id, m::DATE AS report_month, last_day(m::DATE) AS status_date, task_name, special_group, lead_unit,
               [] AS co_units, '年底前' AS deadline_text, DATE '2024-12-31' AS deadline, 'year' AS deadline_kind, false AS open_ended,
               make_date(year(m::DATE), 1, 1) AS planned_start, [] AS milestone_dates, [] AS milestones,
               progress AS progress_pct, 'on_track' AS status, f AS source_file, '总台账' AS source_sheet, r AS source_row
        FROM (VALUES
            ('overall', 'OV2024-Z1', '深化投资审批制度改革', '经济体制改革专项小组', '县发改局', '2024-12-01', 60.0, '2024年12月台账.xlsx', 5),
            ('overall', 'OV2024-A9', '健全社会救助体系', '社会体制改革专项小组', '县民政局', '2024-12-01', 50.0, '2024年12月台账.xlsx', 20),
            ('overall', 'OV2025-B1', '推进数字政府建设', '经济体制改革专项小组', '县大数据局', '2025-01-01', 0.0, '2025年1月台账.xlsx', 5)
        ) t(ledger, task_id, task_name, special_group, lead_unit, m, progress, f, r);
        """;

    [Fact]
    public async Task YearEndCarryOver_OneLedgersDroppedTasks_GroupsInTheLedgersOrder()
    {
        using var connection = await MetricsDatabase.OpenAsync();
        await MetricsDatabase.ExecuteAsync(connection, Insert);
        await MetricViews.InstallAsync(connection, CancellationToken.None);

        var rows = await new MetricQueries(connection).YearEndCarryOverAsync(2024, CancellationToken.None);

        // Both dropped, both 总台账: 经济 (row 5) before 社会 (row 20), though OV2024-A9 sorts before OV2024-Z1 and 社会
        // before 经济 by name.
        Assert.Equal(["OV2024-Z1", "OV2024-A9"], rows.Select(r => r.TaskId));
    }
}
