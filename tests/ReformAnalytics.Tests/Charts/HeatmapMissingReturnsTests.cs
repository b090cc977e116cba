using System.Text;
using DuckDB.NET.Data;
using ReformAnalytics.Charts;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using ReformAnalytics.Tests.Ingest;

namespace ReformAnalytics.Tests.Charts;

/// <summary>
/// The unit-by-month heat map marks a month without a return apart from a real 0, by return_progress (the owed
/// returns of return_expectations). August is a whole ledger: 县发改局 任务甲 60%, 任务乙 已完成, 任务丙 50%; 县财政局
/// 任务丁 40%; 县教育局 任务戊 30%, all due 2024年12月底前. September comes as returns: 县发改局 任务甲 70% (任务丙 left
/// out), 县财政局 任务丁 50%; 县教育局 sends nothing.
/// </summary>
public sealed class HeatmapMissingReturnsTests
{
    private const string Header = "序号,改革任务,牵头单位,完成时限,完成情况,完成进度\n";

    [Fact]
    public async Task ChartData_UnitMonths_CarryTheReturnsOwedAndNotSent()
    {
        using var f = new IngestFixture();
        Write(f, "2024年8月改革任务总台账.csv", Header +
            "1,任务甲,县发改局,2024年12月底前,序时推进,60%\n" +
            "2,任务乙,县发改局,2024年8月底前,已完成,100%\n" +
            "3,任务丙,县发改局,2024年12月底前,序时推进,50%\n" +
            "4,任务丁,县财政局,2024年12月底前,序时推进,40%\n" +
            "5,任务戊,县教育局,2024年12月底前,序时推进,30%\n");
        Write(f, "县发改局2024年9月改革任务台账.csv", Header + "1,任务甲,县发改局,2024年12月底前,序时推进,70%\n");
        Write(f, "县财政局2024年9月改革任务台账.csv", Header + "1,任务丁,县财政局,2024年12月底前,序时推进,50%\n");
        Assert.False((await f.IngestAsync()).Refused);
        await using var connection = new DuckDBConnection("DataSource=" + f.Db);
        await connection.OpenAsync();
        await MetricViews.InstallAsync(connection, CancellationToken.None);

        var data = await ChartDataLoader.LoadAsync(connection, new Quarter(2024, 3), new ReportMonth(2024, 9), CancellationToken.None);

        // S = 1 Jan 2024, F = 31 Dec = S + 365 (leap year). 31 Aug = S + 243: planned 243/365 = 66.6%, so 任务甲 60 lags
        // 6.6 (not behind), 任务丙 50 lags 16.6, 任务丁 40 lags 26.6, 任务戊 30 lags 36.6: one task behind in each unit.
        // 30 Sep = S + 273: planned 74.8%. 县发改局: 任务甲 70 lags 4.8 (not behind), 任务丙 owed and not sent (1 漏报;
        // 任务乙, completed in August, is a carried row, never owed), so 0 behind among the tasks sent. 县财政局: 任务丁 50
        // lags 24.8, 1 behind, nothing owed left out. 县教育局: 任务戊 owed, no row at all: sent nothing (未报), 0 behind.
        // Rows in code-point order of the unit: 发 U+53D1, 教 U+6559, 财 U+8D22.
        Assert.Equal(
            [
                new UnitMonthCount("县发改局", new ReportMonth(2024, 8), 1),
                new UnitMonthCount("县发改局", new ReportMonth(2024, 9), 0, MissingReturns: 1),
                new UnitMonthCount("县教育局", new ReportMonth(2024, 8), 1),
                new UnitMonthCount("县教育局", new ReportMonth(2024, 9), 0, MissingReturns: 1, SentNothing: true),
                new UnitMonthCount("县财政局", new ReportMonth(2024, 8), 1),
                new UnitMonthCount("县财政局", new ReportMonth(2024, 9), 1),
            ],
            data.UnitBehind);
    }

    [Fact]
    public void Heatmap_MonthWithoutAReturn_IsGreyHatchedAndSaysSo_ARealZeroStaysBlank()
    {
        // The cells of the fixture above: 县教育局 sent nothing in September (未报, grey, hatched); 县发改局 left 任务丙 out
        // and has none behind among the tasks it sent (漏报, hatched); 县财政局 September 1 behind; 县财政局 has no task
        // behind in August and owed nothing missing: a real 0, blank, unlabelled and unhatched.
        List<UnitMonthCount> cells =
        [
            new("县发改局", new ReportMonth(2024, 8), 1),
            new("县发改局", new ReportMonth(2024, 9), 0, MissingReturns: 1),
            new("县教育局", new ReportMonth(2024, 8), 1),
            new("县教育局", new ReportMonth(2024, 9), 0, MissingReturns: 1, SentNothing: true),
            new("县财政局", new ReportMonth(2024, 8), 0),
            new("县财政局", new ReportMonth(2024, 9), 1),
        ];

        using var plot = BehindHeatmapChart.Build(cells, "t");
        var labels = plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText).Order(StringComparer.Ordinal).ToList();
        var rectangles = plot.GetPlottables<ScottPlot.Plottables.Rectangle>().ToList();

        // Labels: 1 (发改 Aug), 1 (教育 Aug), 1 (财政 Sep), 漏报 (发改 Sep), 未报 (教育 Sep); 财政 Aug is a real 0, no label.
        Assert.Equal(["1", "1", "1", "未报", "漏报"], labels);
        Assert.Equal(6, rectangles.Count);
        Assert.Equal(2, rectangles.Count(r => r.FillHatch is not null));
        Assert.Equal(1, rectangles.Count(r => r.FillColor == ChartPalette.Neutral[5]));
        Assert.Equal(
            "斜线格为当月有应报未报的任务：标“未报”的灰格为当月应报而未报送，其余斜线格为报送时漏报了部分任务（数字只计已报送的任务，标“漏报”的其中无滞后任务），漏报明细见报送纪律表",
            BehindHeatmapChart.Note(cells, 15));
    }

    [Fact]
    public void Heatmap_FewerRowsThanUnits_KeepsAUnitThatSentNothing()
    {
        // Three units, room for two. 县发改局: 1 behind in each of three months (3). 县财政局: 2 behind in one month (2).
        // 县教育局: nothing behind, sent nothing for three months (3 owed returns missing). Ranked on behind plus missing:
        // 县发改局 3 and 县教育局 3 are drawn, 县财政局 2 is left out. On behind alone 县教育局 (0) would be left out.
        List<UnitMonthCount> cells =
        [
            new("县发改局", new ReportMonth(2024, 7), 1),
            new("县发改局", new ReportMonth(2024, 8), 1),
            new("县发改局", new ReportMonth(2024, 9), 1),
            new("县财政局", new ReportMonth(2024, 9), 2),
            new("县教育局", new ReportMonth(2024, 7), 0, MissingReturns: 1, SentNothing: true),
            new("县教育局", new ReportMonth(2024, 8), 0, MissingReturns: 1, SentNothing: true),
            new("县教育局", new ReportMonth(2024, 9), 0, MissingReturns: 1, SentNothing: true),
        ];

        using var plot = BehindHeatmapChart.Build(cells, "t", maxUnits: 2);
        var rectangles = plot.GetPlottables<ScottPlot.Plottables.Rectangle>().ToList();
        var labels = plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText).Order(StringComparer.Ordinal).ToList();

        // Two units × three months; 县教育局's three months grey and 未报; 县发改局's three 1s; no 2 (县财政局 left out).
        Assert.Equal(6, rectangles.Count);
        Assert.Equal(3, rectangles.Count(r => r.FillColor == ChartPalette.Neutral[5]));
        Assert.Equal(["1", "1", "1", "未报", "未报", "未报"], labels);
        Assert.StartsWith("按全年滞后任务数与漏报数合计列出最多的2个单位，共3个单位", BehindHeatmapChart.Note(cells, 2), StringComparison.Ordinal);
    }

    private static void Write(IngestFixture f, string name, string text) =>
        File.WriteAllText(Path.Combine(f.Input, name), text, new UTF8Encoding(false));
}
