using ReformAnalytics.Charts;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using ReformAnalytics.Reports;
using ReformAnalytics.Tests.Metrics;
using static ReformAnalytics.Tests.Metrics.GroupOrderFixture;

namespace ReformAnalytics.Tests.Reports;

/// <summary>
/// The second quarter's report and charts on <see cref="GroupOrderFixture"/> list the special groups as June's ledger
/// does (经济, 党的建设, 社会, then 生态文明 of the pilot ledger), not by name (党的建设, 生态文明, 社会, 经济), and 图4 no longer
/// puts the groups with most tasks first (经济 and 社会, two each, then by name: 社会 first).
/// </summary>
public sealed class GroupOrderReportTests(GroupOrderFixture fixture) : IClassFixture<GroupOrderFixture>
{
    private async Task<QuarterFigures> FiguresAsync()
    {
        using var connection = await fixture.OpenAsync();
        var figures = await QuarterFiguresLoader.LoadAsync(connection, new Quarter(2024, 2), 10, CancellationToken.None);
        return figures with { GroupStatus = (await ChartDataLoader.LoadAsync(connection, new Quarter(2024, 2), new ReportMonth(2024, 6), CancellationToken.None)).GroupStatus };
    }

    [Fact]
    public async Task GroupsTable_AndDoubleHalfTable_ListTheGroupsAsJunesLedger()
    {
        var document = QuarterlyReportBuilder.Build(await FiguresAsync(), []);

        var groups = document.Sections.Single(s => s.Heading == ReportHeadings.GroupsAndLedgers).Blocks.OfType<ReportTable>()
            .Single(t => t.Caption.EndsWith("分专项小组推进情况", StringComparison.Ordinal));
        var halves = document.Sections.SelectMany(s => s.Blocks.OfType<ReportTable>()).SelectMany(t => t.Rows)
            .Select(r => r[0]).Where(c => c.StartsWith("专项小组：", StringComparison.Ordinal));

        Assert.Equal(JuneOrder, groups.Rows.Select(r => r[0]));
        Assert.Equal(JuneOrder.Select(g => "专项小组：" + g), halves);
    }

    [Fact]
    public async Task GroupSentence_ATieForTheHighestRate_NamesTheGroupTheLedgerListsFirst()
    {
        // June: 经济 1 of 2 and 社会 1 of 2 completed, 50% each; 党的建设 and 生态文明 0 of 1. 经济 is the ledger's first
        // section (by name 社会 came first); of the two at 0%, 党的建设 is listed before 生态文明 either way.
        var text = GroupsSection.GroupText(await FiguresAsync());

        Assert.StartsWith("分专项小组看，4个专项小组中，完成率最高的是经济体制改革专项小组（50%），最低的是党的建设制度改革专项小组（0%）", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChartData_Figures4And5_ListTheGroupsAsJunesLedger()
    {
        using var connection = await fixture.OpenAsync();

        var data = await ChartDataLoader.LoadAsync(connection, new Quarter(2024, 2), new ReportMonth(2024, 6), CancellationToken.None);

        Assert.Equal(JuneOrder, data.GroupStatus.Select(s => s.Group).Distinct());
        Assert.Equal(JuneOrder, data.GroupChange.Select(g => g.Category));
    }

    [Fact]
    public async Task Figure4_DrawsTheLedgersFirstGroupOnTop()
    {
        using var connection = await fixture.OpenAsync();
        var data = await ChartDataLoader.LoadAsync(connection, new Quarter(2024, 2), new ReportMonth(2024, 6), CancellationToken.None);

        using var plot = GroupCompletionChart.Build(data.GroupStatus, "t");
        plot.RenderInMemory(720, 420);
        var top = plot.Axes.Left.TickGenerator.Ticks.OrderByDescending(t => t.Position).Select(t => t.Label);

        // Four groups: 图5 has 560 / 4 / 12 = 11 (at most 10) characters a group, and every name without 专项小组 fits.
        Assert.Equal(["经济体制改革", "党的建设制度改革", "社会体制改革", "生态文明体制改革"], top);
    }
}
