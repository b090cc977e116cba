namespace ReformAnalytics.Risk;

/// <summary>One method over all cut-offs: each measure's mean ± spread.</summary>
public sealed record RiskMethodSummary(
    RiskMethod Method,
    RiskStat RocAuc,
    RiskStat PrAuc,
    RiskStat PrecisionAtK,
    RiskStat RecallAtK,
    RiskStat Brier,
    RiskStat CalibrationError)
{
    public static RiskMethodSummary Of(RiskMethod method, IEnumerable<RiskMetricSet> perCutOff)
    {
        var sets = perCutOff.ToList();
        return new RiskMethodSummary(
            method,
            RiskStat.Of(sets.Select(s => s.RocAuc)),
            RiskStat.Of(sets.Select(s => s.PrAuc)),
            RiskStat.Of(sets.Select(s => s.PrecisionAtK)),
            RiskStat.Of(sets.Select(s => s.RecallAtK)),
            RiskStat.Of(sets.Select(s => s.Brier)),
            RiskStat.Of(sets.Select(s => s.CalibrationError)));
    }
}
