namespace ReformAnalytics.Charts;

/// <summary>
/// Everything the quarter's charts draw, read from the metric views (see <see cref="ChartDataLoader"/>), at
/// <paramref name="StatusDate"/> (the end of the report month; its year is the ledger year).
/// </summary>
public sealed record QuarterChartData(
    string PreviousLabel,
    string CurrentLabel,
    IReadOnlyList<GroupStatusCount> GroupStatus,
    IReadOnlyList<MonthlyProgress> Trend,
    IReadOnlyList<UnitScore> Ranking,
    IReadOnlyList<double> Lags,
    LagThresholds? Thresholds,
    IReadOnlyList<TaskProgressPoint> Tasks,
    TasksNotPlotted TasksNotPlotted,
    IReadOnlyList<LedgerTotals> Ledgers,
    IReadOnlyList<PeriodComparison> GroupChange,
    IReadOnlyList<UnitMonthCount> UnitBehind,
    DateOnly StatusDate);
