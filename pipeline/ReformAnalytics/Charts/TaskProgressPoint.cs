namespace ReformAnalytics.Charts;

/// <summary>One task in the progress-against-time chart: share of its window gone, reported progress, light.</summary>
public sealed record TaskProgressPoint(string TaskId, double TimeGonePct, double ProgressPct, TrafficLight Light);
