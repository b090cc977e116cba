using ReformAnalytics.Model;

namespace ReformAnalytics.Metrics;

/// <summary>What <see cref="ListsWriter"/> wrote: the report month the lists stand at (the quarter's last month
/// with snapshots; null when the quarter has none, and then no file is written) and the files.</summary>
public sealed record ListsResult(ReportMonth? AsOf, IReadOnlyList<string> Files);
