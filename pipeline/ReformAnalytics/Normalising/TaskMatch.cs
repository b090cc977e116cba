namespace ReformAnalytics.Normalising;

/// <summary>
/// The task id given to one incoming row, how it was found, the similarity (1 for exact, 0 for new), and for
/// a similar match the name of the known task it was matched to (for the ingest summary).
/// </summary>
public readonly record struct TaskMatch(string TaskId, TaskMatchKind Kind, double Score, string? MatchedName = null);
