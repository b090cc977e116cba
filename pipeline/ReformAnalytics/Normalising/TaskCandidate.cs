using ReformAnalytics.Model;

namespace ReformAnalytics.Normalising;

/// <summary>A row of the month being ingested, as task identity sees it: its name and lead unit.</summary>
public readonly record struct TaskCandidate(string Name, string? LeadUnit)
{
    public static TaskCandidate Of(SnapshotRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new TaskCandidate(row.TaskName, row.LeadUnit);
    }
}
