using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using static ReformAnalytics.Tests.Metrics.GroupOrderFixture;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// The special groups in the order the ledger lists them (group_order, group_ordinal), on <see cref="GroupOrderFixture"/>:
/// before, every list put them in code-point order (党的建设, 生态文明, 社会, 经济), whatever the ledger said.
/// </summary>
public sealed class GroupOrderTests(GroupOrderFixture fixture) : IClassFixture<GroupOrderFixture>
{
    [Fact]
    public async Task GroupOrder_EachMonth_FollowsTheSectionsOfTheOverallLedgerInForce()
    {
        using var connection = await fixture.OpenAsync();

        var rows = await TaskRow.QueryAsync(connection, """
            SELECT strftime(report_month, '%Y-%m') AS month, string_agg(special_group, ',' ORDER BY group_ordinal) AS groups,
                   strftime(any_value(ledger_month), '%Y-%m') AS ledger_month
            FROM group_order GROUP BY report_month ORDER BY report_month
            """);

        // April and May: 经济, 社会, 党的建设 as their sections stand; June reordered them; July, the units' own returns, keeps
        // June's. 生态文明 (a pilot ledger's only) and 文化 (first seen in July, in no whole ledger) follow, by first appearance.
        string[] aprilMay = [Economy, Society, Party, Ecology, Culture];
        string[] juneOn = [Economy, Party, Society, Ecology, Culture];
        Assert.Equal(["2024-04", "2024-05", "2024-06", "2024-07"], rows.Select(r => r.Text("month")));
        Assert.Equal(
            [string.Join(',', aprilMay), string.Join(',', aprilMay), string.Join(',', juneOn), string.Join(',', juneOn)],
            rows.Select(r => r.Text("groups")));
        Assert.Equal(["2024-04", "2024-05", "2024-06", "2024-06"], rows.Select(r => r.Text("ledger_month")));
    }

    [Fact]
    public async Task GroupOrdinal_TakesColumnsNamedAsTheViewsOwn_AndIsNullForNoGroup()
    {
        using var connection = await fixture.OpenAsync();

        // P1 in June: 党的建设 is June's second section; in May, third. A month not stored, and '(未填)', have no place.
        var rows = await TaskRow.QueryAsync(connection, """
            SELECT strftime(report_month, '%Y-%m') AS month, group_ordinal(report_month, special_group) AS place
            FROM snapshots WHERE task_id = 'P1' AND report_month IN (DATE '2024-05-01', DATE '2024-06-01') ORDER BY report_month
            """);
        var none = await TaskRow.QueryAsync(connection, "SELECT group_ordinal(DATE '2024-08-01', '经济体制改革专项小组') AS later, group_ordinal(DATE '2024-06-01', '(未填)') AS unnamed");

        Assert.Equal([3L, 2L], rows.Select(r => r.Long("place")));
        Assert.Null(none[0]["later"]);
        Assert.Null(none[0]["unnamed"]);
    }

    [Fact]
    public async Task LedgerOrdinal_IsTheOfficesOrderOfItsThreeLedgers()
    {
        using var connection = await fixture.OpenAsync();

        var rows = await TaskRow.QueryAsync(connection, """
            SELECT ledger_ordinal('overall') AS overall, ledger_ordinal('assigned_pilot') AS assigned,
                   ledger_ordinal('local_pilot') AS local, ledger_ordinal('other') AS other
            """);

        Assert.Equal(1L, rows[0].Long("overall"));
        Assert.Equal(2L, rows[0].Long("assigned"));
        Assert.Equal(3L, rows[0].Long("local"));
        Assert.Null(rows[0]["other"]);
    }

    [Fact]
    public async Task MetricsCommand_ByGroup_ListsTheGroupsAsTheMonthsLedgerDoes()
    {
        async Task<IReadOnlyList<string>> Groups(MetricsFormat format)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var options = new MetricsCommandOptions { DbPath = fixture.DbPath, AsOf = new ReportMonth(2024, 6), By = MetricGrouping.Group, Format = format };
            Assert.Equal(0, await MetricsCommandRunner.RunAsync(options, output, error, CancellationToken.None));
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (format == MetricsFormat.Csv)
            {
                var column = Array.IndexOf(lines[0].Split(','), "group_name");
                return [.. lines.Skip(1).Select(l => l.Split(',')[column])];
            }

            return [.. lines.Select(l => l.Split(' ')[0]).Where(JuneOrder.Contains)];
        }

        Assert.Equal(JuneOrder, await Groups(MetricsFormat.Csv));
        Assert.Equal(JuneOrder, await Groups(MetricsFormat.Table));
    }

    [Fact]
    public async Task ResultsList_WithinAMonthAndLedger_GroupsInTheLedgersOrder()
    {
        using var connection = await fixture.OpenAsync();
        await MetricViews.InstallAsync(connection, CancellationToken.None);

        // E1 (经济) and S1 (社会) were both completed in June, both in the overall ledger: 经济 is June's first section.
        var results = await new MetricQueries(connection).ResultsListAsync(new ReportMonth(2024, 4), new ReportMonth(2024, 6), CancellationToken.None);

        Assert.Equal(["E1", "S1"], results.Select(r => r.TaskId));
    }
}
