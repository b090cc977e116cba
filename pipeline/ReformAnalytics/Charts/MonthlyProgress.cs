using ReformAnalytics.Model;

namespace ReformAnalytics.Charts;

/// <summary>One month of the trend: share of work done against share planned, both in percent.</summary>
public sealed record MonthlyProgress(ReportMonth Month, double ActualPct, double PlannedPct);
