using ReformAnalytics.Model;

namespace ReformAnalytics.Charts;

/// <summary>
/// One month of the trend, in percent: share of work done (工作进度) against share planned by the tasks' own deadlines
/// (时间进度), and the calendar share of the year gone (全年时间已过，按日历计), when known.
/// </summary>
public sealed record MonthlyProgress(ReportMonth Month, double ActualPct, double PlannedPct, double? CalendarPct = null);
