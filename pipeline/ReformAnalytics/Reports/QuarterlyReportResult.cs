namespace ReformAnalytics.Reports;

/// <summary>What <see cref="QuarterlyReport.WriteAsync(DuckDB.NET.Data.DuckDBConnection, ReformAnalytics.Metrics.Quarter, string, ReportFormats, CancellationToken)"/> wrote.</summary>
/// <param name="HtmlPath">The HTML file, when asked for.</param>
/// <param name="DocxPath">The Word file, when asked for.</param>
/// <param name="Document">The report as laid out (for printing a summary or testing).</param>
public sealed record QuarterlyReportResult(string? HtmlPath, string? DocxPath, ReportDocument Document)
{
    public IEnumerable<string> Files => new[] { HtmlPath, DocxPath }.OfType<string>();
}
