namespace ReformAnalytics.Metrics;

/// <summary>
/// One row of year_end_carry_over: a task not completed at the end of <see cref="Year"/> and whether the next
/// year's ledger has it (<see cref="Outcome"/>: carried, similar or dropped).
/// </summary>
public sealed record YearEndCarryOverRow(
    int Year,
    string Ledger,
    string TaskId,
    string TaskName,
    string? LeadUnit,
    string? DeadlineText,
    double? ActualPct,
    string Outcome,
    string? NextTaskId,
    string? NextTaskName,
    double? Similarity,
    DateOnly NextMonth)
{
    /// <summary>The heading the task is listed under as a sub-task (task_heading, 上级任务); null for a task under none.</summary>
    public string? TaskHeading { get; init; }

    /// <summary>The heading of the next year's task (<see cref="NextTaskName"/>), as <see cref="TaskHeading"/>.</summary>
    public string? NextTaskHeading { get; init; }

    internal static YearEndCarryOverRow Read(ColumnReader r) => new(
        r.Int("year"),
        r.Text("ledger"),
        r.Text("task_id"),
        r.Text("task_name"),
        r.TextOrNull("lead_unit"),
        r.TextOrNull("deadline_text"),
        r.DoubleOrNull("actual_pct"),
        r.Text("outcome"),
        r.TextOrNull("next_task_id"),
        r.TextOrNull("next_task_name"),
        r.DoubleOrNull("similarity"),
        r.Date("next_month"))
    {
        TaskHeading = r.TextOrNull("task_heading"),
        NextTaskHeading = r.TextOrNull("next_task_heading"),
    };
}
