namespace ReformAnalytics.Risk;

/// <summary>
/// One method over all cut-offs: each measure's mean ± spread, and <see cref="Pooled"/>: the measures on all
/// cut-offs' test tasks taken together (its Brier and calibration error rest on more tasks than one cut-off's;
/// its ranking measures mix months and are for reference only).
/// </summary>
public sealed record RiskMethodSummary(
    RiskMethod Method,
    RiskStat RocAuc,
    RiskStat PrAuc,
    RiskStat PrecisionAtK,
    RiskStat RecallAtK,
    RiskStat Brier,
    RiskStat CalibrationError,
    RiskStat CalibrationErrorFloor,
    RiskMetricSet Pooled)
{
    public static RiskMethodSummary Of(RiskMethod method, IEnumerable<RiskMetricSet> perCutOff, RiskMetricSet pooled)
    {
        var sets = perCutOff.ToList();
        return new RiskMethodSummary(
            method,
            RiskStat.Of(sets.Select(s => s.RocAuc)),
            RiskStat.Of(sets.Select(s => s.PrAuc)),
            RiskStat.Of(sets.Select(s => s.PrecisionAtK)),
            RiskStat.Of(sets.Select(s => s.RecallAtK)),
            RiskStat.Of(sets.Select(s => s.Brier)),
            RiskStat.Of(sets.Select(s => s.CalibrationError)),
            RiskStat.Of(sets.Select(s => s.CalibrationErrorFloor)),
            pooled);
    }
}
