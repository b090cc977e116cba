using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>
/// Month by month, the share of work done (工作进度) against the share planned by each task's own deadline (时间进度,
/// what 双过半 compares with), with the 双过半 mark at June. The calendar share of the year gone (全年时间已过，按日历计,
/// the office's everyday 时间过半) is a different yardstick: drawn as its own thin line and named so, as the report's text does.
/// </summary>
public static class MonthlyTrendChart
{
    public const string Name = "monthly-trend";

    /// <summary>The tasks' own planned share: the report's 时间进度 (按各项任务自身的完成时限测算).</summary>
    public const string PlannedLegend = "时间进度（按各任务自身完成时限应完成）";

    /// <summary>The calendar share of the year: the report's 全年时间已过（按日历计）.</summary>
    public const string CalendarLegend = "全年时间已过（按日历计）";

    public const string ActualLegend = "工作进度（实际平均进度）";

    /// <summary>The two yardsticks of time told apart, in the words of the report's 双过半 note.</summary>
    public const string Note = "时间进度为各任务按自身完成时限此时应完成比例的平均，“双过半”以工作进度与之相比；全年时间已过为按日历计算的全年过去比例，仅供对照";

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
        planned.LegendText = PlannedLegend;

        var calendar = points.Where(p => p.CalendarPct is not null).ToList();
        if (calendar.Count > 0)
        {
            var calendarLine = plot.Add.ScatterLine(calendar.Select(p => (double)p.Month.Month).ToArray(), calendar.Select(p => p.CalendarPct!.Value).ToArray(), ChartPalette.Series(3));
            calendarLine.LinePattern = LinePattern.Dotted;
            calendarLine.LineWidth = 1.5f;
            calendarLine.MarkerSize = 0;
            calendarLine.LegendText = CalendarLegend;
        }

        var actual = plot.Add.ScatterLine(x, points.Select(p => p.ActualPct).ToArray(), ChartPalette.Series(0));
        actual.LineWidth = 2.5f;
        actual.MarkerSize = 7;
        actual.MarkerShape = MarkerShape.FilledCircle;
        actual.LegendText = ActualLegend;

        ChartParts.VerticalReference(plot, theme, 6, 104, "双过半（6月底）", ChartPalette.Reference);
        ChartParts.HorizontalReference(plot, theme, 50, 12.5, "过半50%", ChartPalette.Reference);

        var ticks = Enumerable.Range(1, 12).Select(m => (double)m).ToArray();
        plot.Axes.Bottom.SetTicks(ticks, ticks.Select(m => m.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "月").ToArray());
        plot.Axes.SetLimits(0.5, 12.5, -5, 108);
        theme.ShowLegendBelow(plot);

        // Last, once everything they must keep clear of is in place: the calendar line runs close under the work line.
        var labels = points.Select(p => (new Coordinates(p.Month.Month, p.ActualPct), ChartText.Percent(p.ActualPct)));
        ValueLabelPlacer.Place(plot, theme, actual, labels);
        return plot;
    }

    public static RenderedChart Render(IReadOnlyList<MonthlyProgress> months, string title = "逐月完成进度与计划进度", ChartTheme? theme = null)
    {
        theme ??= ChartTheme.Default;
        using var plot = Build(months, title, theme);
        return theme.Render(plot, Name, title) with { Note = Note };
    }
}
