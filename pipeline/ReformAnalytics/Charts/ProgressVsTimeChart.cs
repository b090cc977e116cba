using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>
/// One point per task: share of its planned window gone (x) against reported progress (y), by light. Tasks
/// without a deadline or a progress figure cannot be placed; the legend and the caption say how many.
/// </summary>
public static class ProgressVsTimeChart
{
    public const string Name = "progress-vs-time";

    public static Plot Build(IReadOnlyList<TaskProgressPoint> tasks, string title, TasksNotPlotted notPlotted = default, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        theme ??= ChartTheme.Default;
        var plot = theme.CreatePlot(title, "时间进度（%）", "实际进度（%）");
        if (tasks.Count == 0)
        {
            ChartParts.NoData(plot, theme);
            return plot;
        }

        var diagonal = plot.Add.Line(0, 0, 100, 100);
        diagonal.LineColor = ChartPalette.Reference;
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LineWidth = 1.2f;
        diagonal.LegendText = "进度与时间同步";

        foreach (var light in new[] { TrafficLight.Green, TrafficLight.Amber, TrafficLight.Red })
        {
            var ofLight = tasks.Where(t => t.Light == light).ToList();
            if (ofLight.Count == 0)
            {
                continue;
            }

            var points = plot.Add.ScatterPoints(
                ofLight.Select(t => Math.Clamp(t.TimeGonePct, 0, 100)).ToArray(),
                ofLight.Select(t => Math.Clamp(t.ProgressPct, 0, 100)).ToArray(),
                ChartPalette.Light(light));
            points.MarkerSize = 7;
            points.MarkerShape = MarkerShape.FilledCircle;
            points.LegendText = TrafficLightNames.Label(light) + "：" + ofLight.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "项";
        }

        plot.Axes.SetLimits(-3, 103, -3, 103);
        theme.ShowLegendBelow(plot);
        if (notPlotted.LegendNote() is { } note)
        {
            theme.AddLegendNote(plot, note);
        }

        return plot;
    }

    public static RenderedChart Render(IReadOnlyList<TaskProgressPoint> tasks, TasksNotPlotted notPlotted = default, string title = "任务实际进度与时间进度对照", ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        theme ??= ChartTheme.Default;
        using var plot = Build(tasks, title, notPlotted, theme);
        var note = tasks.Count + notPlotted.Total == 0 ? null : notPlotted.Caption(tasks.Count);
        return theme.Render(plot, Name, title) with { Note = note };
    }
}
