namespace ReformAnalytics.Metrics;

/// <summary>One row of double_half (双过半): time share gone and work share done for one group at one status date.</summary>
public sealed record DoubleHalfRow(
    DateOnly ReportMonth,
    DateOnly StatusDate,
    string Dimension,
    string GroupName,
    int DeadlineTasks,
    int OpenEndedExcluded,
    int NoDeadlineExcluded,
    int NoProgress,
    int Completed,
    double YearTimePct,
    double? TimeSharePct,
    double? WorkSharePct,
    double? GapPp,
    bool? Reached)
{
    internal static DoubleHalfRow Read(ColumnReader r) => new(
        r.Date("report_month"),
        r.Date("status_date"),
        r.Text("dimension"),
        r.Text("group_name"),
        r.Int("deadline_tasks"),
        r.Int("open_ended_excluded"),
        r.Int("no_deadline_excluded"),
        r.Int("no_progress"),
        r.Int("completed"),
        r.Double("year_time_pct"),
        r.DoubleOrNull("time_share_pct"),
        r.DoubleOrNull("work_share_pct"),
        r.DoubleOrNull("gap_pp"),
        r.BoolOrNull("reached"));
}
