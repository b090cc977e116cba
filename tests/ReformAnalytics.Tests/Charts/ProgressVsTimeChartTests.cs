using ReformAnalytics.Charts;

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

        Assert.Equal("图中为设定完成时限且填报了进度的8项任务，另有11项未设完成时限、2项未填报进度，未绘出", chart.Note);
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
}
