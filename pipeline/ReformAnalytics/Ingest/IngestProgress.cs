namespace ReformAnalytics.Ingest;

/// <summary>Progress of a run: the stage (Chinese, for display) and how far it is.</summary>
public readonly record struct IngestProgress(string Stage, int Done, int Total);
