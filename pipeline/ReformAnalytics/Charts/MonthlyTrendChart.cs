using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>Month by month, the share of work done against the share planned, with the 双过半 mark at June.</summary>
public static class MonthlyTrendChart
{
    public const string Name = "monthly-trend";

    public static Plot Build(IReadOnlyList<MonthlyProgress> months, string title, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(months);
        theme ??= ChartTheme.Default;
        var plot = theme.CreatePlot(title, "月份", "比例（%）");
        if (months.Count == 0)
        {
            ChartParts.NoData(plot, theme);
            return plot;
        }

        var year = months.Max(m => m.Month).Year;
        var points = months.Where(m => m.Month.Year == year).OrderBy(m => m.Month).ToList();
        var x = points.Select(p => (double)p.Month.Month).ToArray();

        var planned = plot.Add.ScatterLine(x, points.Select(p => p.PlannedPct).ToArray(), ChartPalette.Series(4));
        planned.LinePattern = LinePattern.Dashed;
        planned.LineWidth = 2;
        planned.MarkerSize = 6;
        planned.MarkerShape = MarkerShape.OpenCircle;
        planned.LegendText = "计划进度（时间进度）";

        var actual = plot.Add.ScatterLine(x, points.Select(p => p.ActualPct).ToArray(), ChartPalette.Series(0));
        actual.LineWidth = 2.5f;
        actual.MarkerSize = 7;
        actual.MarkerShape = MarkerShape.FilledCircle;
        actual.LegendText = "实际进度（工作进度）";

        foreach (var p in points)
        {
            ChartParts.Label(plot, theme, ChartText.Percent(p.ActualPct), p.Month.Month, p.ActualPct, Alignment.UpperCenter, ChartPalette.Series(0), offsetY: 6);
        }

        ChartParts.VerticalReference(plot, theme, 6, 104, "双过半（6月底）", ChartPalette.Reference);
        ChartParts.HorizontalReference(plot, theme, 50, 12.5, "时间过半 50%", ChartPalette.Reference);

        var ticks = Enumerable.Range(1, 12).Select(m => (double)m).ToArray();
        plot.Axes.Bottom.SetTicks(ticks, ticks.Select(m => m.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "月").ToArray());
        plot.Axes.SetLimits(0.5, 12.5, -5, 108);
        theme.ShowLegendBelow(plot);
        return plot;
    }

    public static RenderedChart Render(IReadOnlyList<MonthlyProgress> months, string title = "逐月完成进度与计划进度", ChartTheme? theme = null)
    {
        theme ??= ChartTheme.Default;
        using var plot = Build(months, title, theme);
        return theme.Render(plot, Name, title);
    }
}
