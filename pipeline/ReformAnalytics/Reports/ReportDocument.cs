namespace ReformAnalytics.Reports;

/// <summary>The whole report, independent of its format: HTML and Word are written from the same document.</summary>
/// <param name="Title">The report title.</param>
/// <param name="Subtitle">What the figures cover (data date, ledgers).</param>
/// <param name="Sections">The sections in order.</param>
/// <param name="Footnote">Where the figures come from, printed at the end.</param>
public sealed record ReportDocument(string Title, string Subtitle, IReadOnlyList<ReportSection> Sections, string Footnote);
