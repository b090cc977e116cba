using ReformAnalytics.Model;

namespace ReformAnalytics.Normalising;

/// <summary>A task already in the history of a ledger year: its id, its latest name, lead unit and special group, and the last month it was reported.</summary>
public sealed record KnownTask(string TaskId, string Name, string? LeadUnit, ReportMonth LastSeen, string? SpecialGroup = null)
{
    /// <summary>The task as its (latest) snapshot row shows it.</summary>
    public static KnownTask Of(SnapshotRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new KnownTask(row.TaskId, row.TaskName, row.LeadUnit, ReportMonth.Of(row.ReportMonth), row.SpecialGroup);
    }
}
