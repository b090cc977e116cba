namespace ReformAnalytics.Charts;

/// <summary>What figure 2's horizontal axis shows (<see cref="ProgressMarks.ViewOf"/> chooses).</summary>
public enum ProgressChartView
{
    /// <summary>Time progress (时间进度, the share of each task's window gone), against the 进度与时间同步 diagonal.</summary>
    TimeProgress,

    /// <summary>The deadline's month over the ledger year: for a status date at which most tasks' time is all gone.</summary>
    DeadlineMonth,
}
