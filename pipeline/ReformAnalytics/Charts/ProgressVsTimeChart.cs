using System.Globalization;
using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>
/// Figure 2, one dot per task with a deadline and a progress figure, coloured by light, actual progress up the side.
/// Across, as a rule, time progress (the share of the task's window gone) against the 进度与时间同步 diagonal; but when
/// most tasks' time is all gone (at the year's end every task due within the year stands at 100%), the deadline's
/// month over the ledger year, so the unfinished tasks due early in the year stand out (<see cref="ProgressMarks"/>).
/// Tasks on one spot are one dot, larger, with their number in it; dots that would overlap are moved sideways a
/// little (<see cref="ProgressDots"/>). Tasks without a deadline or a progress figure cannot be placed; the legend and
/// the caption say how many. docs/metrics.md (图2) describes both views.
/// </summary>
public static class ProgressVsTimeChart
{
    public const string Name = "progress-vs-time";

    /// <summary>The title of the time view (and the file name 图2-任务实际进度与时间进度对照).</summary>
    public const string TimeTitle = "任务实际进度与时间进度对照";

    /// <summary>The title of the deadline view (and the file name 图2-任务实际进度与完成时限对照).</summary>
    public const string DeadlineTitle = "任务实际进度与完成时限对照";

    /// <summary>Diameter of a dot of one task, in layout pixels; a dot of n tasks grows with √n up to <see cref="LargestDot"/>.</summary>
    public const float Dot = 7;

    public const float LargestDot = 22;

    public static string TitleOf(ProgressChartView view) => view == ProgressChartView.DeadlineMonth ? DeadlineTitle : TimeTitle;

    /// <summary>The diameter of a dot standing for <paramref name="count"/> tasks (its area grows with the count).</summary>
    public static float DotSize(int count) => (float)Math.Min(Dot * Math.Sqrt(Math.Max(count, 1)), LargestDot);

    /// <summary>The chart at status date <paramref name="statusDate"/> (its year is the ledger year); the title is the view's unless given.</summary>
    public static Plot Build(IReadOnlyList<TaskProgressPoint> tasks, DateOnly statusDate, TasksNotPlotted notPlotted = default, ChartTheme? theme = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        theme ??= ChartTheme.Default;
        var view = ProgressMarks.ViewOf(tasks);
        var plot = view == ProgressChartView.DeadlineMonth
            ? theme.CreatePlot(title ?? DeadlineTitle, "完成时限（" + Number(statusDate.Year) + "年，按月份）", "实际进度（%）")
            : theme.CreatePlot(title ?? TimeTitle, "时间进度（%）", "实际进度（%）");
        if (tasks.Count == 0)
        {
            ChartParts.NoData(plot, theme);
            return plot;
        }

        var marks = ProgressMarks.Of(tasks, view, statusDate.Year);
        var (left, right) = view == ProgressChartView.DeadlineMonth ? MonthAxis(plot, marks, statusDate) : TimeAxis(plot);
        plot.Axes.SetLimits(left, right, -3, 103);
        theme.ShowLegendBelow(plot);
        foreach (var light in new[] { TrafficLight.Green, TrafficLight.Amber, TrafficLight.Red })
        {
            if (tasks.Count(t => t.Light == light) is var n and > 0)
            {
                theme.AddLegendMarker(plot, TrafficLightNames.Label(light) + "：" + Number(n) + "项", ChartPalette.Light(light), size: Dot);
            }
        }

        if (notPlotted.LegendNote() is { } note)
        {
            theme.AddLegendNote(plot, note);
        }

        ProgressDots.Place(plot, theme, marks);
        return plot;
    }

    public static RenderedChart Render(IReadOnlyList<TaskProgressPoint> tasks, DateOnly statusDate, TasksNotPlotted notPlotted = default, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        theme ??= ChartTheme.Default;
        var title = TitleOf(ProgressMarks.ViewOf(tasks));
        using var plot = Build(tasks, statusDate, notPlotted, theme, title);
        return theme.Render(plot, Name, title) with { Note = Caption(tasks, statusDate, notPlotted) };
    }

    /// <summary>
    /// What the caption adds after the title: which tasks are drawn and which not (<see cref="TasksNotPlotted.Caption"/>),
    /// why the axis is the deadline in that view, that a larger dot stands for several tasks when one does, and that
    /// dots are moved apart (<see cref="ProgressDots"/>); null when there is no task at all.
    /// </summary>
    public static string? Caption(IReadOnlyList<TaskProgressPoint> tasks, DateOnly statusDate, TasksNotPlotted notPlotted)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        if (tasks.Count + notPlotted.Total == 0)
        {
            return null;
        }

        var text = notPlotted.Caption(tasks.Count);
        if (tasks.Count == 0)
        {
            return text;
        }

        var view = ProgressMarks.ViewOf(tasks);
        if (view == ProgressChartView.DeadlineMonth)
        {
            text += "；其中" + Number(ProgressMarks.TimeAllGone(tasks)) + "项时间进度已达100%，故横轴按完成时限所在月份排列，统计截止日左侧实际进度不足100%的为到期未完成任务";
        }

        if (ProgressMarks.Of(tasks, view, statusDate.Year).Any(m => m.Count > 1))
        {
            text += "；同一位置的多项任务合为一个较大的圆点，圆内数字为任务项数";
        }

        return text + "；相互重叠的圆点横向略作错开";
    }

    /// <summary>Time progress 0–100 with the 进度与时间同步 diagonal; returns the horizontal limits.</summary>
    private static (double Left, double Right) TimeAxis(Plot plot)
    {
        var diagonal = plot.Add.Line(0, 0, 100, 100);
        diagonal.LineColor = ChartPalette.Reference;
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LineWidth = 1.2f;
        diagonal.LegendText = "进度与时间同步";
        return (-3, 103);
    }

    /// <summary>
    /// One column per month of the ledger year (and one before or after it when a deadline falls there), with the
    /// status date marked; returns the horizontal limits.
    /// </summary>
    private static (double Left, double Right) MonthAxis(Plot plot, IReadOnlyList<ProgressMark> marks, DateOnly statusDate)
    {
        var first = marks.Any(m => m.X < 0.5) ? ProgressMarks.EarlierYears : 1;
        var last = marks.Any(m => m.X > 12.5) ? ProgressMarks.LaterYears : 12;
        var columns = Enumerable.Range(first, last - first + 1).ToArray();
        plot.Axes.Bottom.SetTicks(
            [.. columns.Select(c => (double)c)],
            [.. columns.Select(c => c switch
            {
                ProgressMarks.EarlierYears => "上年及以前",
                ProgressMarks.LaterYears => "次年及以后",
                _ => Number(c) + "月",
            })]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.IsVisible = false;

        // The status date as a position on the month axis: the end of its month.
        var status = plot.Add.VerticalLine(statusDate.Month + 0.5);
        status.LineColor = ChartPalette.Reference;
        status.LinePattern = LinePattern.Dashed;
        status.LineWidth = 1.2f;
        status.LegendText = "统计截止日（" + Number(statusDate.Month) + "月" + Number(statusDate.Day) + "日）";
        return (first - 0.6, last + 0.6);
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
