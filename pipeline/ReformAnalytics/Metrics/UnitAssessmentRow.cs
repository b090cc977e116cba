namespace ReformAnalytics.Metrics;

/// <summary>One row of unit_assessment (年度考核): a lead unit's component scores with reporting discipline over the year to date, composite score, rank and board (red 居前, black 居后).</summary>
public sealed record UnitAssessmentRow(
    DateOnly ReportMonth,
    string LeadUnit,
    int Tasks,
    int DeadlineTasks,
    int Completed,
    int CompletedOnTime,
    int Settled,
    double? OnTimeRatePct,
    double? AvgLagPp,
    int Overdue,
    int ExpectedReturnsYtd,
    int MissingReturnsYtd,
    double OnTimeScore,
    double LagScore,
    double OverdueScore,
    double DisciplineScore,
    bool Ranked,
    double Score,
    int? Rank,
    int UnitsRanked,
    string? Board) : IUnitScores
{
    internal static UnitAssessmentRow Read(ColumnReader r) => new(
        r.Date("report_month"),
        r.Text("lead_unit"),
        r.Int("tasks"),
        r.Int("deadline_tasks"),
        r.Int("completed"),
        r.Int("completed_on_time"),
        r.Int("settled"),
        r.DoubleOrNull("on_time_rate_pct"),
        r.DoubleOrNull("avg_lag_pp"),
        r.Int("overdue"),
        r.Int("expected_returns_ytd"),
        r.Int("missing_returns_ytd"),
        r.Double("on_time_score"),
        r.Double("lag_score"),
        r.Double("overdue_score"),
        r.Double("discipline_score"),
        r.Bool("ranked"),
        r.Double("score"),
        r.IntOrNull("rank"),
        r.Int("units_ranked"),
        r.TextOrNull("board"));
}
