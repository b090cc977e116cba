using DuckDB.NET.Data;
using ReformAnalytics.Charts;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Reports;

/// <summary>
/// <c>reform report --db FILE --quarter 2024Q2 --out DIR [--format html,docx]</c>: drafts the quarter's analysis
/// from the metric views (the connection must have had <see cref="MetricViews.InstallAsync"/> run) and writes it
/// as <c>2024年第二季度改革任务推进情况分析.html</c> and/or <c>.docx</c> in the output folder.
/// </summary>
public static class QuarterlyReport
{
    public static Task<QuarterlyReportResult> WriteAsync(DuckDBConnection connection, Quarter quarter, string outDir, ReportFormats formats, CancellationToken cancellationToken) =>
        WriteAsync(connection, quarter, outDir, formats, QuarterlyReportOptions.Default, cancellationToken);

    public static async Task<QuarterlyReportResult> WriteAsync(
        DuckDBConnection connection,
        Quarter quarter,
        string outDir,
        ReportFormats formats,
        QuarterlyReportOptions options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        ArgumentNullException.ThrowIfNull(options);
        if (formats == ReportFormats.None)
        {
            throw new ArgumentException("至少选择一种报告格式（html 或 docx）。", nameof(formats));
        }

        var document = await BuildAsync(connection, quarter, options, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(outDir);
        var stem = Path.Combine(outDir, FileStem(quarter));
        string? html = null, docx = null;
        if (formats.HasFlag(ReportFormats.Html))
        {
            html = stem + ".html";
            await WriteFileAsync(html, s => HtmlReportWriter.WriteAsync(document, s, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        if (formats.HasFlag(ReportFormats.Docx))
        {
            docx = stem + ".docx";
            await WriteFileAsync(docx, s => DocxReportWriter.WriteAsync(document, s, options.Docx, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        return new QuarterlyReportResult(html, docx, document);
    }

    /// <summary>Reads the figures, renders the charts and lays out the report, without writing files.</summary>
    public static async Task<ReportDocument> BuildAsync(DuckDBConnection connection, Quarter quarter, QuarterlyReportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var figures = await QuarterFiguresLoader.LoadAsync(connection, quarter, options.MaxListRows, cancellationToken).ConfigureAwait(false);
        var chartData = await ChartDataLoader.LoadAsync(connection, quarter, figures.AsOf, cancellationToken).ConfigureAwait(false);
        var charts = ChartSet.Render(chartData, ChartTheme.PngOnly);
        return QuarterlyReportBuilder.Build(figures with { GroupStatus = chartData.GroupStatus }, charts, options);
    }

    /// <summary>The latest quarter with snapshots (for <c>reform demo</c>), or null for an empty database.</summary>
    public static async Task<Quarter?> LatestQuarterAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT max(report_month) FROM snapshots";
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value switch
        {
            DateOnly d => Quarter.Of(Model.ReportMonth.Of(d)),
            DateTime t => Quarter.Of(Model.ReportMonth.Of(DateOnly.FromDateTime(t))),
            _ => null,
        };
    }

    /// <summary>The report's file name without extension, as the office files it: 2024年第二季度改革任务推进情况分析.</summary>
    public static string FileStem(Quarter quarter) => quarter.Label + "改革任务推进情况分析";

    /// <summary>Writes to a temporary file first, so a failed run never leaves half a report under the real name.</summary>
    internal static async Task WriteFileAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
        {
            await write(stream).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
