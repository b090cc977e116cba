using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using static ReformAnalytics.Tests.TaskHeadings.TaskHeadingCounty;

namespace ReformAnalytics.Tests.TaskHeadings;

/// <summary>
/// task_heading is carried from snapshots through task_status to the views the lists read (see
/// <see cref="TaskHeadingCounty"/>); before, only tasks (by SELECT *) had it, and a bare 制定实施方案 in the lists could
/// be either unit's.
/// </summary>
public sealed class TaskHeadingViewsTests(TaskHeadingCounty county) : IClassFixture<TaskHeadingCounty>
{
    private static readonly ReportMonth June = new(2024, 6);

    [Fact]
    public async Task TaskStatus_CarriesEachTasksHeading_AndNullForATaskUnderNone()
    {
        var rows = await QueryAsync("SELECT task_name, lead_unit, task_heading FROM task_status WHERE report_month = DATE '2024-06-01' ORDER BY lead_unit");

        Assert.Equal(
            [
                ["制定实施方案", "县国资办", StateAssets],
                ["推进数字政府建设", "县数据局", null],
                ["制定实施方案", "县财政局", Fiscal],
            ],
            rows);
    }

    [Fact]
    public async Task ListViews_CarryTheHeading()
    {
        var queries = new MetricQueries(county.Connection);

        var results = await queries.ResultsListAsync(new ReportMonth(2024, 4), June, CancellationToken.None);
        var negative = await queries.NegativeListAsync(June, CancellationToken.None);
        var missing = await queries.MissingReturnsAsync(June, CancellationToken.None);

        Assert.Equal([(StateAssets, Plan)], results.Select(r => (r.TaskHeading, r.TaskName)));
        Assert.Equal([(Fiscal, Plan), (null, "推进数字政府建设")], negative.Select(n => (n.TaskHeading, n.TaskName)));
        Assert.Equal([(Fiscal, "完善预算制度")], missing.Select(m => (m.TaskHeading, m.TaskName)));
    }

    [Fact]
    public async Task TasksAndRiskFeatures_CarryTheHeading()
    {
        Assert.Equal(
            [[StateAssets, Plan], [Fiscal, "完善预算制度"], [Fiscal, Plan], [null, "推进数字政府建设"]],
            await QueryAsync("SELECT task_heading, task_name FROM tasks ORDER BY task_heading NULLS LAST, task_name DESC"));
        Assert.Equal(
            [[Fiscal, Plan], [null, "推进数字政府建设"]],
            await QueryAsync("SELECT task_heading, task_name FROM risk_features WHERE report_month = DATE '2024-06-01' AND NOT completed ORDER BY lead_unit DESC"));
    }

    [Fact]
    public async Task TaskLabelMacro_ReadsAsTheListsPrint_AndAsTaskLabel()
    {
        var rows = await QueryAsync("""
            SELECT task_heading, task_name, task_label(task_heading, task_name) FROM tasks
            UNION ALL SELECT ' ', '推进数字政府建设', task_label(' ', '推进数字政府建设')
            ORDER BY 3
            """);

        Assert.Equal(
            ["推进数字政府建设", "推进数字政府建设", "深化国资国企改革 › 制定实施方案", "深化财税体制改革 › 制定实施方案", "深化财税体制改革 › 完善预算制度"],
            rows.Select(r => r[2]));
        Assert.All(rows, r => Assert.Equal(TaskLabel.Of((string?)r[0], (string)r[1]!), r[2]));
    }

    private async Task<List<object?[]>> QueryAsync(string sql)
    {
        await using var command = county.Connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
