namespace ReformAnalytics.Dashboard.Data;

/// <summary>A column of a table or view, with its DuckDB type name.</summary>
internal readonly record struct ColumnInfo(string Name, string DataType);
