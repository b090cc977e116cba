namespace ReformAnalytics.Reports;

/// <summary>A numbered section of the report (一、总体进展情况 …).</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks);
