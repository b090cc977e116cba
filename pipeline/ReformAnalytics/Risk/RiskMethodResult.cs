namespace ReformAnalytics.Risk;

/// <summary>One method's measures on one cut-off's test set.</summary>
public sealed record RiskMethodResult(RiskMethod Method, RiskMetricSet Metrics);
