namespace ReformAnalytics.Reports;

/// <summary>
/// A table with a caption and one header row (repeated on every printed page). Cells are text as printed;
/// <paramref name="NumericColumns"/> are right-aligned. An empty table prints <paramref name="EmptyText"/>.
/// </summary>
public sealed record ReportTable(
    string Caption,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlySet<int> NumericColumns,
    string EmptyText = "无。",
    string? Note = null) : ReportBlock;
