using ReformAnalytics.Charts;
using ReformAnalytics.Model;
using ScottPlot;

namespace ReformAnalytics.Tests.Charts;

public sealed class ChartContentTests
{
    [Fact]
    public void GroupChart_StacksStatusesInOrder_DoneFirst()
    {
        // 经济体制改革专项小组: completed 6, on_track 4, behind 2 -> segments 0-6, 6-10, 10-12 (first group on top, y = 4).
        using var plot = GroupCompletionChart.Build(ChartSamples.Groups, "t");
        var segments = plot.GetPlottables<ScottPlot.Plottables.BarPlot>()
            .SelectMany(p => p.Bars.Select(b => (p.LegendText, b.Position, b.ValueBase, b.Value)))
            .Where(s => s.Position == 4)
            .ToList();

        Assert.Equal(
            [("自报已完成", 4.0, 0.0, 6.0), ("自报序时推进", 4.0, 6.0, 10.0), ("自报滞后", 4.0, 10.0, 12.0)],
            segments);
    }

    [Fact]
    public void Heatmap_MoreUnitsThanItDraws_CaptionSaysWhichAndHowMany()
    {
        // 17 units with one behind task each in January 2024; 15 drawn. No return owed and missing: a blank is a real 0
        // (a month without a return is hatched and explained, HeatmapMissingReturnsTests).
        var cells = Enumerable.Range(1, 17).Select(i => new UnitMonthCount(ChartSamples.UnitName(i), new ReportMonth(2024, 1), 1)).ToList();

        Assert.Equal(
            "按全年滞后任务数与漏报数合计列出最多的15个单位，共17个单位；空白表示当月无滞后任务",
            BehindHeatmapChart.Note(cells, 15));
        Assert.Null(BehindHeatmapChart.Note(cells, 17));
    }

    [Fact]
    public void LagBins_TenPointBins_FromTheFloorOfTheSmallestLag()
    {
        // -12 -> [-20,-10); -5 -> [-10,0); 0, 2, 4, 8, 9 -> [0,10); 10, 15 -> [10,20) (a bin holds its lower edge).
        var (start, counts) = LagDistributionChart.Bin([-12, -5, 0, 2, 4, 8, 9, 10, 15]);

        Assert.Equal(-20, start);
        Assert.Equal([1, 1, 5, 2], counts);
    }

    [Fact]
    public void LagBins_IgnoreMissingValues()
    {
        var (_, counts) = LagDistributionChart.Bin([double.NaN, 5, double.PositiveInfinity]);

        Assert.Equal([1], counts);
    }

    [Fact]
    public void UnitRanking_TwentyUnits_ShowsEightBestAndEightWorst()
    {
        using var plot = UnitRankingChart.Build(ChartSamples.Units, "t", perList: 8);
        plot.RenderInMemory(720, 420);
        var ticks = plot.Axes.Left.TickGenerator.Ticks.Select(t => t.Label).ToList();

        Assert.Equal(16, ticks.Count);
        Assert.StartsWith("1. ", ticks[0], StringComparison.Ordinal);
        Assert.StartsWith("8. ", ticks[7], StringComparison.Ordinal);
        Assert.StartsWith("13. ", ticks[8], StringComparison.Ordinal);
        Assert.StartsWith("20. ", ticks[15], StringComparison.Ordinal);
    }

    [Fact]
    public void UnitRanking_FewUnits_ShowsEveryUnitOnce()
    {
        using var plot = UnitRankingChart.Build(ChartSamples.Units.Take(10).ToList(), "t", perList: 8);
        plot.RenderInMemory(720, 420);

        Assert.Equal(10, plot.Axes.Left.TickGenerator.Ticks.Length);
    }

    [Fact]
    public void UnitRanking_UnitRankedOnReturnsItDidNotSend_IsMarkedAndNamedInTheNote()
    {
        UnitScore[] units =
        [
            new("县甲局", 96.68, 1, "red"),
            new("县丙局", 55, 2, null, "10月漏报1项，按上次报送的进度计"),
            new("县乙局", 51.67, 3, "black", "10月未报送，按8月报送的进度计"),
        ];
        using var plot = UnitRankingChart.Build(units, "t", perList: 8);
        plot.RenderInMemory(720, 420);

        // Both boards and the gap between them show 县甲局 and 县乙局; 县丙局 (no board) is not drawn but its note is still given.
        Assert.Equal(["1. 县甲局", "3. 县乙局※"], plot.Axes.Left.TickGenerator.Ticks.Select(t => t.Label));
        Assert.Equal(
            "标※的单位：县丙局10月漏报1项，按上次报送的进度计；县乙局10月未报送，按8月报送的进度计，未报送的任务计入排名",
            UnitRankingChart.Render(units).Note);
        Assert.Null(UnitRankingChart.Render(units.Take(1).ToList()).Note);
    }

    [Fact]
    public void Heatmap_WritesEachNonZeroCountInItsCell()
    {
        var cells = new List<UnitMonthCount>
        {
            new("县财政局", new ReportMonth(2024, 4), 3),
            new("县财政局", new ReportMonth(2024, 5), 0),
            new("县教育局", new ReportMonth(2024, 5), 1),
        };

        using var plot = BehindHeatmapChart.Build(cells, "t");
        var labels = plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["1", "3"], labels);
        Assert.Equal(4, plot.GetPlottables<ScottPlot.Plottables.Rectangle>().Count());
    }

    [Fact]
    public void Trend_NamesTheTasksOwnTimeShareApartFromTheCalendarShare()
    {
        // June 2024: work 63.2, the tasks' own planned share 66.7, the calendar share 181/365 = 49.6.
        using var plot = MonthlyTrendChart.Build([new(new ReportMonth(2024, 6), 63.2, 66.7, 49.6)], "t");
        var legends = plot.GetPlottables<ScottPlot.Plottables.Scatter>().Select(s => s.LegendText).ToList();
        var texts = plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText).ToList();

        Assert.Equal(["时间进度（按各任务自身完成时限应完成）", "全年时间已过（按日历计）", "工作进度（实际平均进度）"], legends);
        Assert.Contains("过半50%", texts);
        Assert.DoesNotContain(texts, t => t.Contains("时间过半", StringComparison.Ordinal));
        Assert.Equal(
            "时间进度为各任务按自身完成时限此时应完成比例的平均，“双过半”以工作进度与之相比；全年时间已过为按日历计算的全年过去比例，仅供对照",
            MonthlyTrendChart.Render([new(new ReportMonth(2024, 6), 63.2, 66.7, 49.6)]).Note);
    }

    [Fact]
    public void QuarterChange_LabelsTheChangeInPoints_AndNewCategories()
    {
        using var plot = QuarterChangeChart.Build([new("甲", 30, 50), new("乙", null, 40)], "t", "上季度", "本季度");
        var labels = plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText).ToList();

        Assert.Equal(["+20", "新增"], labels);
        Assert.Equal("柱顶数字：较上季度增减（个百分点）", plot.Axes.Bottom.Label.Text);
    }

    [Fact]
    public void QuarterChange_NoCategoryHasLastQuarter_LabelsTheRates_AndSaysSoInTheTitle()
    {
        // A first quarter: a new ledger year is not compared with the last year's fourth quarter.
        using var plot = QuarterChangeChart.Build([new("甲", null, 5.1), new("乙", null, 0)], "t", "上季度", "本季度");
        var labels = plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText).ToList();
        var chart = QuarterChangeChart.Render([new("甲", null, 5.1)], "上季度", "本季度");

        Assert.Equal(["5.1%", "0%"], labels);
        Assert.Equal(string.Empty, plot.Axes.Bottom.Label.Text); // the labels are rates: no note of points
        Assert.Equal("各专项小组完成率（上季度无可比数据）", chart.Title);
        Assert.Equal("各专项小组完成率与上季度对比", QuarterChangeChart.Render([new("甲", 30, 50)], "上季度", "本季度").Title);
    }

    public static TheoryData<string> EveryChart => ["group", "trend", "ranking", "lag", "progress", "ledgers", "change", "heatmap"];

    [Theory]
    [MemberData(nameof(EveryChart))]
    public void EmptyInput_SaysNoData_InsteadOfDrawingAnEmptyFrame(string which)
    {
        using Plot plot = which switch
        {
            "group" => GroupCompletionChart.Build([], "t"),
            "trend" => MonthlyTrendChart.Build([], "t"),
            "ranking" => UnitRankingChart.Build([], "t"),
            "lag" => LagDistributionChart.Build([], "t"),
            "progress" => ProgressVsTimeChart.Build([], ChartSamples.StatusDate, title: "t"),
            "ledgers" => LedgerComparisonChart.Build([], "t"),
            "change" => QuarterChangeChart.Build([], "t", "上季度", "本季度"),
            "heatmap" => BehindHeatmapChart.Build([], "t"),
            _ => throw new ArgumentOutOfRangeException(nameof(which)),
        };

        Assert.Contains(plot.GetPlottables<ScottPlot.Plottables.Text>(), t => t.LabelText == "暂无数据");
    }
}
