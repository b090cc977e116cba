namespace ReformAnalytics.Reports;

/// <summary>
/// What the risk model says for the quarter: <see cref="HasRun"/> is false when the table risk_flags does not
/// exist or holds no assessment up to the status date (the report then says so: 本季度末及以前尚无风险模型的评估结果). <see cref="Flagged"/>
/// counts every task the assessment scored (all open tasks, not only risky ones), <see cref="Likely"/> those at
/// 50% or more.
/// </summary>
public sealed record RiskFlags(bool HasRun, DateOnly? AsOf, int Flagged, IReadOnlyList<RiskFlagRow> Top)
{
    public static RiskFlags NotRun { get; } = new(false, null, 0, []);

    /// <summary>The months ahead the probabilities are for (risk_flags.horizon_months); null when not recorded.</summary>
    public int? HorizonMonths { get; init; }

    /// <summary>How many of the scored tasks have a probability of at least 50%.</summary>
    public int Likely { get; init; }
}
