namespace ReformAnalytics.Charts;

/// <summary>How many tasks of a special group are in a reported status (schema value, e.g. <c>completed</c>).</summary>
public sealed record GroupStatusCount(string Group, string Status, int Tasks);
