namespace ReformAnalytics.Charts;

/// <summary>
/// One task in figure 2: share of its window gone, reported progress, light, and its deadline (完成时限, the last
/// one where the cell gives milestones), by which the chart places it when most tasks' time is all gone.
/// </summary>
public sealed record TaskProgressPoint(string TaskId, double TimeGonePct, double ProgressPct, TrafficLight Light, DateOnly Deadline);
