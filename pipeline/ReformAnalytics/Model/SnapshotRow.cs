namespace ReformAnalytics.Model;

/// <summary>
/// One task in one monthly snapshot of one ledger, normalised; the row of the <c>snapshots</c> table.
/// Column meanings are documented in docs/schema.md.
/// </summary>
public sealed record SnapshotRow(
    Ledger Ledger,
    string TaskId,
    DateOnly ReportMonth,
    DateOnly StatusDate,
    string? SeqNo,
    string TaskName,
    string? SpecialGroup,
    string? LeadUnit,
    IReadOnlyList<string> CoUnits,
    string? Leader,
    string? PersonInCharge,
    string? ResultForm,
    string? TaskKind,
    string? DeadlineText,
    DateOnly? Deadline,
    DeadlineKind DeadlineKind,
    bool OpenEnded,
    DateOnly PlannedStart,
    IReadOnlyList<Milestone> Milestones,
    double? ProgressPct,
    ReportedStatus Status,
    string? StatusText,
    string? ProgressText,
    string SourceFile,
    string SourceSheet,
    int SourceRow)
{
    /// <summary>
    /// The heading the task is listed under as one of its sub-tasks (task_heading): a numbered row its 序号 extends, or a
    /// section row below the group's heading; null for none. Not part of the task's identity, which is its own name.
    /// </summary>
    public string? TaskHeading { get; init; }

    /// <summary>Given by task identity after normalising; empty until then.</summary>
    public string TaskId { get; private set; } = TaskId;

    /// <summary>
    /// Sets the task id in place. Ingest gives each of millions of freshly normalised rows its id once, where a
    /// <c>with</c> copy of every 26-field row would double the rows in memory for the garbage collector.
    /// </summary>
    internal void AssignTaskId(string taskId)
    {
        ArgumentNullException.ThrowIfNull(taskId);
        TaskId = taskId;
    }
}
