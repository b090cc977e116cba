namespace ReformAnalytics.Reports;

/// <summary>A paragraph of body text (drafted from the figures; the office edits it).</summary>
public sealed record ReportParagraph(string Text) : ReportBlock;
