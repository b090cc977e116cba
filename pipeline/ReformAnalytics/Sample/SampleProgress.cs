namespace ReformAnalytics.Sample;

/// <summary>Progress of a generation run, reported after each month.</summary>
public readonly record struct SampleProgress(int MonthsDone, int MonthsTotal, long RowsWritten);
