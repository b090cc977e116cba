using ReformAnalytics.Model;

namespace ReformAnalytics.Normalising;

/// <summary>
/// What a task's latest snapshot said, for comparing the next month's row with it: completed (status 已完成 or a figure
/// of 100 or more), the deadline and its text, the progress figure, and the status date of that snapshot.
/// </summary>
public readonly record struct TaskState(bool Completed, DateOnly? Deadline, string? DeadlineText, double? ProgressPct, DateOnly StatusDate)
{
    public static TaskState Of(SnapshotRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new TaskState(IsCompleted(row.Status, row.ProgressPct), row.Deadline, row.DeadlineText, row.ProgressPct, row.StatusDate);
    }

    /// <summary>The one reading of "completed" task_status uses: status completed, or a reported figure of 100 or more.</summary>
    public static bool IsCompleted(ReportedStatus status, double? progressPct) => status == ReportedStatus.Completed || progressPct >= 100;
}
