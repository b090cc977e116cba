namespace ReformAnalytics.Ingest;

/// <summary>One stage of a run and how long it took.</summary>
public readonly record struct StageTiming(string Stage, TimeSpan Elapsed);
