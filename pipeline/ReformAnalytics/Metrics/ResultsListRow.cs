namespace ReformAnalytics.Metrics;

/// <summary>One row of results_list (成果清单): a task and the report month it was first reported completed.</summary>
public sealed record ResultsListRow(
    DateOnly CompletedMonth,
    string CompletedQuarter,
    string Ledger,
    string TaskId,
    string? SeqNo,
    string TaskName,
    string? SpecialGroup,
    string? LeadUnit,
    string? Leader,
    string? ResultForm,
    string? DeadlineText,
    DateOnly? Deadline,
    bool? CompletedOnTime,
    string? StatusText,
    string? ProgressText)
{
    /// <summary>The heading the task is listed under as a sub-task (task_heading, 上级任务); null for a task under none.</summary>
    public string? TaskHeading { get; init; }

    internal static ResultsListRow Read(ColumnReader r) => new(
        r.Date("completed_month"),
        r.Text("completed_quarter"),
        r.Text("ledger"),
        r.Text("task_id"),
        r.TextOrNull("seq_no"),
        r.Text("task_name"),
        r.TextOrNull("special_group"),
        r.TextOrNull("lead_unit"),
        r.TextOrNull("leader"),
        r.TextOrNull("result_form"),
        r.TextOrNull("deadline_text"),
        r.DateOrNull("deadline"),
        r.BoolOrNull("completed_on_time"),
        r.TextOrNull("status_text"),
        r.TextOrNull("progress_text"))
    {
        TaskHeading = r.TextOrNull("task_heading"),
    };
}
