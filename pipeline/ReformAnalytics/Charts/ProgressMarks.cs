namespace ReformAnalytics.Charts;

/// <summary>
/// Lays out figure 2 in data terms: which axis it uses, and which tasks make one dot. Tasks of one light that fall
/// on one spot (the same whole percent on both axes, or the same deadline month and whole percent) become one dot
/// that says how many it stands for, drawn at their mean position; <see cref="ProgressDots"/> then moves dots that
/// would overlap apart. Everything here is deterministic: the same tasks give the same picture.
/// </summary>
public static class ProgressMarks
{
    /// <summary>Column of deadlines before the ledger year (上年及以前).</summary>
    public const int EarlierYears = 0;

    /// <summary>Column of deadlines after the ledger year (次年及以后).</summary>
    public const int LaterYears = 13;

    /// <summary>
    /// The deadline view when more than half of the tasks have their time all gone (时间进度 100%: at the year's end,
    /// every task due within the year), since then the time axis puts them all on one line; else the time view.
    /// </summary>
    public static ProgressChartView ViewOf(IReadOnlyCollection<TaskProgressPoint> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        return TimeAllGone(tasks) * 2 > tasks.Count ? ProgressChartView.DeadlineMonth : ProgressChartView.TimeProgress;
    }

    /// <summary>How many of the tasks have their whole window gone (时间进度 ≥ 100%).</summary>
    public static int TimeAllGone(IEnumerable<TaskProgressPoint> tasks) => tasks.Count(t => t.TimeGonePct >= 100);

    /// <summary>The deadline's column: its month (1–12) in the ledger year, 0 before that year, 13 after it.</summary>
    public static int DeadlineColumn(DateOnly deadline, int ledgerYear) =>
        deadline.Year < ledgerYear ? EarlierYears : deadline.Year > ledgerYear ? LaterYears : deadline.Month;

    /// <summary>The dots, green first and red last (so red is drawn on top), each light by position.</summary>
    public static IReadOnlyList<ProgressMark> Of(IReadOnlyList<TaskProgressPoint> tasks, ProgressChartView view, int ledgerYear)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var placed = tasks.Select(t => (
            X: view == ProgressChartView.DeadlineMonth ? DeadlineColumn(t.Deadline, ledgerYear) : Math.Clamp(t.TimeGonePct, 0, 100),
            Y: Math.Clamp(t.ProgressPct, 0, 100),
            t.Light));
        return [.. placed
            .GroupBy(p => (X: Whole(p.X), Y: Whole(p.Y), p.Light))
            .Select(g => new ProgressMark(g.Average(p => p.X), g.Average(p => p.Y), g.Key.Light, g.Count()))
            .OrderBy(m => m.Light).ThenBy(m => m.X).ThenBy(m => m.Y)];
    }

    private static double Whole(double value) => Math.Round(value, MidpointRounding.AwayFromZero);
}
