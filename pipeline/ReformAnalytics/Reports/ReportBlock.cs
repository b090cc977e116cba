namespace ReformAnalytics.Reports;

/// <summary>A piece of a report section: a paragraph, a table, a chart or a space left for the office.</summary>
public abstract record ReportBlock;
