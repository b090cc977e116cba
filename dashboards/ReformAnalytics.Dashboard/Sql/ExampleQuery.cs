namespace ReformAnalytics.Dashboard.Sql;

/// <summary>A saved query for one of the office's common questions.</summary>
internal sealed record ExampleQuery(string Id, string Title, string Description, string Sql);
