namespace ReformAnalytics.Dashboard.Sql;

/// <summary>A DuckDB error put in plain words (<see cref="Summary"/>), with DuckDB's own message kept beside it.</summary>
internal sealed record SqlError(string Summary, string Original);
