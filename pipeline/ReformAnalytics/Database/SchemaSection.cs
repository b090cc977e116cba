namespace ReformAnalytics.Database;

/// <summary>
/// A section of docs/schema.md that describes tables or views: the ones its heading names (a stored table and its live
/// view share one section, `task_status` (stored) and `task_status_live` (view)) and the rows of its column tables.
/// </summary>
public sealed record SchemaSection(IReadOnlyList<string> Objects, IReadOnlyList<SchemaRow> Rows);
