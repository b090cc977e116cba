using System.Globalization;

namespace ReformAnalytics.Charts;

/// <summary>
/// The tasks of the month the progress-against-time chart cannot place: without a deadline there is no time
/// gone (x), without a progress figure no actual progress (y). The chart and its caption say how many.
/// </summary>
/// <param name="WithoutDeadline">Open-ended tasks (长期坚持…) and tasks with no deadline written.</param>
/// <param name="WithoutProgress">Tasks with a deadline whose unit reported no progress figure.</param>
public readonly record struct TasksNotPlotted(int WithoutDeadline, int WithoutProgress)
{
    public int Total => WithoutDeadline + WithoutProgress;

    /// <summary>For the legend: 未绘出：未设完成时限11项、未填报进度2项; null when every task is drawn.</summary>
    public string? LegendNote() =>
        Total == 0 ? null : "未绘出：" + Join("未设完成时限" + Count(WithoutDeadline) + "项", "未填报进度" + Count(WithoutProgress) + "项");

    /// <summary>
    /// For the caption: 图中为设定完成时限且填报了进度的187项任务，另有11项未设完成时限、2项未填报进度，未绘出.
    /// </summary>
    public string Caption(int plotted)
    {
        var text = "图中为设定完成时限且填报了进度的" + Count(plotted) + "项任务";
        return Total == 0
            ? text
            : text + "，另有" + Join(Count(WithoutDeadline) + "项未设完成时限", Count(WithoutProgress) + "项未填报进度") + "，未绘出";
    }

    /// <summary>The deadline part and the progress part, each only when its count is not zero.</summary>
    private string Join(string deadlinePart, string progressPart) =>
        string.Join("、", new[] { (WithoutDeadline, deadlinePart), (WithoutProgress, progressPart) }.Where(p => p.Item1 > 0).Select(p => p.Item2));

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
