namespace ReformAnalytics.Charts;

/// <summary>A rate for one category (group, ledger, …) last quarter and this quarter, in percent.</summary>
public sealed record PeriodComparison(string Category, double? PreviousPct, double? CurrentPct);
