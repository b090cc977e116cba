namespace ReformAnalytics.Dashboard.Tests.Support;

/// <summary>One monthly return of a fixture task: the month (yyyy-MM), the figure, the status and the words used.</summary>
public sealed record FixtureReport(string Month, double? Progress, string Status, string StatusText, string ProgressText);
