using ReformAnalytics.Model;

namespace ReformAnalytics.Normalising;

/// <summary>
/// A task already in the history of a ledger year: its id, its latest name, lead unit and special group, the last month it
/// was reported, and what that month's row said (<see cref="State"/>, when known).
/// </summary>
public sealed record KnownTask(string TaskId, string Name, string? LeadUnit, ReportMonth LastSeen, string? SpecialGroup = null, TaskState? State = null)
{
    /// <summary>The heading its latest row stood under (<see cref="SnapshotRow.TaskHeading"/>); null for none.</summary>
    public string? TaskHeading { get; init; }

    /// <summary>The task as its (latest) snapshot row shows it.</summary>
    public static KnownTask Of(SnapshotRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new KnownTask(row.TaskId, row.TaskName, row.LeadUnit, ReportMonth.Of(row.ReportMonth), row.SpecialGroup, TaskState.Of(row)) { TaskHeading = row.TaskHeading };
    }
}
