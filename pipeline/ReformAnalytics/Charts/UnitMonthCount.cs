using ReformAnalytics.Model;

namespace ReformAnalytics.Charts;

/// <summary>A count for one unit in one report month (the heat map's cell: tasks behind).</summary>
public sealed record UnitMonthCount(string Unit, ReportMonth Month, int Count);
