namespace ReformAnalytics.Model;

/// <summary>Error: the row was not stored. Warning: stored, but something needs a look.</summary>
public enum IssueSeverity
{
    Warning,
    Error,
}
