using ReformAnalytics.Charts;
using ReformAnalytics.Metrics;
using ScottPlot;
using SkiaSharp;

namespace ReformAnalytics.Tests.Charts;

/// <summary>
/// Figure 2 counts only the tasks it draws and says how many it leaves out, so its legend can be read against
/// the report's light counts (which cover every task).
/// </summary>
public sealed class ProgressVsTimeChartTests
{
    private static List<string> LegendLabels(ScottPlot.Plot plot) =>
        [.. plot.Legend.ManualItems.Select(i => i.LabelText)];

    [Fact]
    public void Legend_CountsTheDrawnTasksPerLight_AndNotesTheTasksLeftOut()
    {
        // ChartSamples.Tasks: green T1, T2, T7, T8; amber T3, T5; red T4, T6.
        using var plot = ProgressVsTimeChart.Build(ChartSamples.Tasks, ChartSamples.StatusDate, new TasksNotPlotted(11, 2));

        Assert.Equal(
            ["进度与时间同步", "绿灯（正常）：4项", "黄灯（预警）：2项", "红灯（逾期或严重滞后）：2项", "未绘出：未设完成时限11项、未填报进度2项"],
            LegendLabels(plot));
    }

    [Fact]
    public void Legend_EveryTaskDrawn_HasNoNote()
    {
        using var plot = ProgressVsTimeChart.Build(ChartSamples.Tasks, ChartSamples.StatusDate);

        Assert.DoesNotContain(LegendLabels(plot), l => l.StartsWith("未绘出", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_CaptionNote_SaysWhichTasksAreDrawnAndHowManyAreNot()
    {
        var chart = ProgressVsTimeChart.Render(ChartSamples.Tasks, ChartSamples.StatusDate, new TasksNotPlotted(11, 2), theme: new ChartTheme { RenderSvg = false, PngScale = 1 });

        // No two sample tasks share a spot, so no dot stands for several.
        Assert.Equal("图中为设定完成时限且填报了进度的8项任务，另有11项未设完成时限、2项未填报进度，未绘出；相互重叠的圆点横向略作错开", chart.Note);
    }

    [Theory]
    [InlineData(0, 2, "图中为设定完成时限且填报了进度的187项任务，另有2项未填报进度，未绘出")]
    [InlineData(11, 0, "图中为设定完成时限且填报了进度的187项任务，另有11项未设完成时限，未绘出")]
    [InlineData(0, 0, "图中为设定完成时限且填报了进度的187项任务")]
    public void Caption_NamesOnlyTheGroupsLeftOut(int withoutDeadline, int withoutProgress, string expected)
    {
        Assert.Equal(expected, new TasksNotPlotted(withoutDeadline, withoutProgress).Caption(187));
    }

    [Fact]
    public void RedLabel_SaysOverdueOrFarBehind_AsTheLightRuleDoes()
    {
        // Red is overdue (whatever the lag) or lag >= the red line (docs/metrics.md); "严重滞后" alone misses the first.
        Assert.Equal("红灯（逾期或严重滞后）", TrafficLightNames.Label(TrafficLight.Red));
    }

    private static readonly DateOnly YearEnd = new(2024, 12, 31);

    private static readonly ChartTheme Small = new() { RenderSvg = false, PngScale = 1 };

    /// <summary>The year's end: every task due within the year has its time all gone.</summary>
    private static List<TaskProgressPoint> YearEndTasks() =>
    [
        new("A", 100, 100, TrafficLight.Green, new(2024, 3, 31)), new("B", 100, 40, TrafficLight.Red, new(2024, 3, 31)),
        new("C", 100, 90, TrafficLight.Amber, new(2024, 12, 31)), new("D", 60, 50, TrafficLight.Green, new(2025, 6, 30)),
    ];

    [Fact]
    public void YearEnd_MostTasksAtFullTime_AxisIsTheDeadlineMonth_AndTitleAndLabelsSaySo()
    {
        using var plot = ProgressVsTimeChart.Build(YearEndTasks(), YearEnd);
        plot.RenderInMemory(Small.Width, Small.Height);

        Assert.Equal("任务实际进度与完成时限对照", plot.Axes.Title.Label.Text);
        Assert.Equal("完成时限（2024年，按月份）", plot.Axes.Bottom.Label.Text);
        Assert.Equal("实际进度（%）", plot.Axes.Left.Label.Text);

        // 1月 to 12月, and a column after the year for D (due June 2025).
        Assert.Equal(
            [.. Enumerable.Range(1, 12).Select(m => m + "月"), "次年及以后"],
            plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).OrderBy(t => t.Position).Select(t => t.Label));

        // B, unfinished and due in March, stands in the March column (x = 3), not at 100% time.
        var red = plot.GetPlottables<ScottPlot.Plottables.Scatter>().Single(p => p.Color == ChartPalette.LightRed);
        Assert.Equal([new Coordinates(3, 40)], red.Data.GetScatterPoints());
        Assert.Contains("统计截止日（12月31日）", LegendLabels(plot));
    }

    [Fact]
    public void Render_YearEnd_FileAndCaptionNameTheDeadlineView()
    {
        var chart = ProgressVsTimeChart.Render(YearEndTasks(), YearEnd, new TasksNotPlotted(1, 0), Small);

        Assert.Equal("任务实际进度与完成时限对照", chart.Title);
        Assert.Equal("2024年第四季度-图2-任务实际进度与完成时限对照", ChartSet.FileStem(new Quarter(2024, 4), 2, chart.Title));
        Assert.Equal(
            "图中为设定完成时限且填报了进度的4项任务，另有1项未设完成时限，未绘出；其中3项时间进度已达100%，故横轴按完成时限所在月份排列，"
            + "统计截止日左侧实际进度不足100%的为到期未完成任务；相互重叠的圆点横向略作错开",
            chart.Note);
    }

    [Fact]
    public void ManyTasksOnOneSpot_AreOneLargerDot_WithTheirCountInIt()
    {
        var many = Enumerable.Range(1, 134).Select(i => new TaskProgressPoint("G" + i, 100, 100, TrafficLight.Green, new(2024, 6, 30))).ToList();
        var one = many.Take(1).ToList();

        using var plot = ProgressVsTimeChart.Build(many, new DateOnly(2024, 6, 30));
        var greenOfMany = GreenInDataArea(ProgressVsTimeChart.Render(many, new DateOnly(2024, 6, 30), theme: Small));
        var greenOfOne = GreenInDataArea(ProgressVsTimeChart.Render(one, new DateOnly(2024, 6, 30), theme: Small));

        Assert.Contains(plot.GetPlottables<ScottPlot.Plottables.Text>(), t => t.LabelText == "134");
        Assert.Contains("绿灯（正常）：134项", LegendLabels(plot));

        // One task: a 7 px dot (about 38 px²); 134: 22 px (about 380 px², less the digits). Old: both one 7 px dot.
        Assert.True(greenOfMany > 5 * greenOfOne, $"134 tasks {greenOfMany} green pixels, one task {greenOfOne}");
    }

    [Fact]
    public void CrowdedColumn_DotsAreMovedApartSideways_NoneOverlapsAnother()
    {
        // Twelve tasks at 50% time, 2 points apart in progress: about 4 px apart, 7 px dots overlap where they stand.
        var tasks = Enumerable.Range(0, 12).Select(i => new TaskProgressPoint("T" + i, 50, 40 + (2 * i), TrafficLight.Green, new(2024, 12, 31))).ToList();

        using var plot = ProgressVsTimeChart.Build(tasks, new DateOnly(2024, 6, 30), theme: Small);

        var dots = plot.GetPlottables<ScottPlot.Plottables.Scatter>()
            .SelectMany(s => s.Data.GetScatterPoints().Select(c => (At: plot.GetPixel(c), Home: plot.GetPixel(new Coordinates(50, c.Y)), s.MarkerSize)))
            .ToList();
        Assert.Equal(12, dots.Count);
        Assert.All(dots, d => Assert.InRange(Math.Abs(d.At.X - d.Home.X), 0, 18));
        for (var i = 0; i < dots.Count; i++)
        {
            for (var j = i + 1; j < dots.Count; j++)
            {
                var distance = Math.Sqrt(Math.Pow(dots[i].At.X - dots[j].At.X, 2) + Math.Pow(dots[i].At.Y - dots[j].At.Y, 2));
                Assert.True(distance >= (dots[i].MarkerSize + dots[j].MarkerSize) / 2, $"dots {i} and {j} are {distance:0.0} px apart");
            }
        }
    }

    /// <summary>Green pixels above the legend (the legend's own green marker is the same in every picture).</summary>
    private static int GreenInDataArea(RenderedChart chart)
    {
        var png = new PngPixels(chart.Png);
        var green = ChartPalette.LightGreen;
        return png.Count(new SKRectI(0, 0, png.Width, png.Height * 6 / 10), p => p.Red == green.R && p.Green == green.G && p.Blue == green.B);
    }
}
