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
        r.Date("next_month"));
}
