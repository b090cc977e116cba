using ReformAnalytics.Model;

namespace ReformAnalytics.Normalising;

/// <summary>A row of the month being ingested, as task identity sees it: its name, lead unit, special group and the heading it stands under.</summary>
public readonly record struct TaskCandidate(string Name, string? LeadUnit, string? SpecialGroup = null, string? TaskHeading = null)
{
    public static TaskCandidate Of(SnapshotRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new TaskCandidate(row.TaskName, row.LeadUnit, row.SpecialGroup, row.TaskHeading);
    }
}
