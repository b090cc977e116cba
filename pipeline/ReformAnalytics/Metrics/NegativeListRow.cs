namespace ReformAnalytics.Metrics;

/// <summary>One row of negative_list (负面清单): a task overdue, due and unfinished, behind or stalled at a report month, and why.</summary>
public sealed record NegativeListRow(
    DateOnly ReportMonth,
    string Ledger,
    string TaskId,
    string? SeqNo,
    string TaskName,
    string? SpecialGroup,
    string? LeadUnit,
    string? Leader,
    string? DeadlineText,
    DateOnly? Deadline,
    double? PlannedPct,
    double? ActualPct,
    bool ActualDerived,
    double? LagPp,
    double? SvTDays,
    bool Overdue,
    bool DueUnfinished,
    int? DaysOverdue,
    bool Behind,
    bool Stalled,
    int StalledMonths,
    string Light,
    string Status,
    string? StatusText,
    bool StatusDisagrees,
    string? ProgressText,
    IReadOnlyList<string> Reasons)
{
    /// <summary>The heading the task is listed under as a sub-task (task_heading, 上级任务); null for a task under none.</summary>
    public string? TaskHeading { get; init; }

    internal static NegativeListRow Read(ColumnReader r) => new(
        r.Date("report_month"),
        r.Text("ledger"),
        r.Text("task_id"),
        r.TextOrNull("seq_no"),
        r.Text("task_name"),
        r.TextOrNull("special_group"),
        r.TextOrNull("lead_unit"),
        r.TextOrNull("leader"),
        r.TextOrNull("deadline_text"),
        r.DateOrNull("deadline"),
        r.DoubleOrNull("planned_pct"),
        r.DoubleOrNull("actual_pct"),
        r.Bool("actual_derived"),
        r.DoubleOrNull("lag_pp"),
        r.DoubleOrNull("sv_t_days"),
        r.Bool("overdue"),
        r.Bool("due_unfinished"),
        r.IntOrNull("days_overdue"),
        r.Bool("behind"),
        r.Bool("stalled"),
        r.Int("stalled_months"),
        r.Text("light"),
        r.Text("status"),
        r.TextOrNull("status_text"),
        r.Bool("status_disagrees"),
        r.TextOrNull("progress_text"),
        r.TextList("reasons"))
    {
        TaskHeading = r.TextOrNull("task_heading"),
    };
}
