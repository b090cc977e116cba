using ReformAnalytics.Charts;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Charts;

/// <summary>Figure 8's month labels each fit their column, the year named once on the axis.</summary>
public sealed class HeatmapMonthLabelTests
{
    [Fact]
    public void TwelveMonthsOfOneYear_LabelledByMonth_YearOnTheAxis_EveryLabelNarrowerThanItsColumn()
    {
        // Two units, January to December 2024. Before, the first column read 2024年1月, wider than its column
        // (about 560 / 12 ≈ 47 px) and running into 2月.
        var cells = (from unit in new[] { "县财政局", "县教育局" }
                     from month in Enumerable.Range(1, 12)
                     select new UnitMonthCount(unit, new ReportMonth(2024, month), month % 3)).ToList();

        using var plot = BehindHeatmapChart.Build(cells, "t");
        plot.RenderInMemory(720, 420);
        var ticks = plot.Axes.Bottom.TickGenerator.Ticks.Select(t => t.Label).ToList();
        var column = plot.LastRender.DataRect.Width / 12;

        Assert.Equal([.. Enumerable.Range(1, 12).Select(m => $"{m}月")], ticks);
        Assert.Equal("月份（2024年）", plot.Axes.Bottom.Label.Text);
        Assert.All(ticks, t => Assert.True(
            TextInk.Bounds(plot.Axes.Bottom.TickLabelStyle, t, new ScottPlot.Pixel(0, 0)).Width < column - 6,
            $"{t} is no narrower than its column ({column:0.0} px) less a gap"));
    }

    [Fact]
    public void MonthsOverTwoYears_FirstMonthAndJanuary_CarryTheirYearOnASecondLine()
    {
        ReportMonth[] months = [new(2024, 11), new(2024, 12), new(2025, 1), new(2025, 2)];

        Assert.Equal(["11月\n2024年", "12月", "1月\n2025年", "2月"], BehindHeatmapChart.MonthLabels(months));
        Assert.Equal("月份", BehindHeatmapChart.MonthAxisTitle([.. months.Select(m => new UnitMonthCount("县财政局", m, 1))]));
    }
}
