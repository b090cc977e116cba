namespace ReformAnalytics.Metrics;

/// <summary>One row of missing_returns: a task absent from its ledger's snapshot of a month it was expected in.</summary>
public sealed record MissingReturnRow(
    DateOnly ReportMonth,
    DateOnly LastReportedMonth,
    string Ledger,
    string TaskId,
    string? SeqNo,
    string TaskName,
    string? SpecialGroup,
    string? LeadUnit,
    string? Leader,
    string? DeadlineText,
    DateOnly? Deadline,
    double? LastActualPct,
    string LastStatus)
{
    /// <summary>The heading the task is listed under as a sub-task (task_heading, 上级任务); null for a task under none.</summary>
    public string? TaskHeading { get; init; }

    internal static MissingReturnRow Read(ColumnReader r) => new(
        r.Date("report_month"),
        r.Date("last_reported_month"),
        r.Text("ledger"),
        r.Text("task_id"),
        r.TextOrNull("seq_no"),
        r.Text("task_name"),
        r.TextOrNull("special_group"),
        r.TextOrNull("lead_unit"),
        r.TextOrNull("leader"),
        r.TextOrNull("deadline_text"),
        r.DateOrNull("deadline"),
        r.DoubleOrNull("last_actual_pct"),
        r.Text("last_status"))
    {
        TaskHeading = r.TextOrNull("task_heading"),
    };
}
