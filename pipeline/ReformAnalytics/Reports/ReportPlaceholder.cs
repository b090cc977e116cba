namespace ReformAnalytics.Reports;

/// <summary>Space the office fills in by hand (下一步工作打算), with a hint of what belongs there.</summary>
public sealed record ReportPlaceholder(string Hint) : ReportBlock;
