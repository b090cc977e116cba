namespace ReformAnalytics.Metrics;

/// <summary>The row of metric_settings (settings.sql): thresholds and 红黑榜 weights, as installed.</summary>
public sealed record MetricSettings(
    double AmberLagPp,
    double RedLagPp,
    int StalledMinMonths,
    double WeightOnTime,
    double WeightLag,
    double WeightOverdue,
    double WeightDiscipline,
    double BoardShare)
{
    internal static MetricSettings Read(ColumnReader r) => new(
        r.Double("amber_lag_pp"),
        r.Double("red_lag_pp"),
        r.Int("stalled_min_months"),
        r.Double("weight_on_time"),
        r.Double("weight_lag"),
        r.Double("weight_overdue"),
        r.Double("weight_discipline"),
        r.Double("board_share"));
}
