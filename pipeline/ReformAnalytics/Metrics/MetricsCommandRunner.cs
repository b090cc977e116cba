using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Model;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Metrics;

/// <summary>
/// <c>reform metrics</c>: metric_summary at one report month for one grouping, as a table, csv, json or a
/// workbook. Messages go to <c>error</c> in Chinese; the figures go to <c>output</c> (csv and json carry the
/// view's own column names, so they are the view). Returns the exit code: 0 done, 1 no data for the month,
/// 2 unusable options or database.
/// </summary>
public static class MetricsCommandRunner
{
    public static async Task<int> RunAsync(MetricsCommandOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        using var connection = await MetricDatabase.OpenForCommandAsync(options.Validate, options.DbPath, error, cancellationToken).ConfigureAwait(false);
        if (connection is null)
        {
            return 2;
        }

        var queries = new MetricQueries(connection);
        var rows = await queries.SummaryAsync(options.AsOf, options.By, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            await error.WriteLineAsync(await MetricDatabase.NoDataMessageAsync(connection, options.AsOf, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            return 1;
        }

        var parameters = new (string, object)[] { ("month", options.AsOf.FirstDay), ("dimension", MetricGroupingNames.Id(options.By)) };
        switch (options.Format)
        {
            case MetricsFormat.Csv:
                await queries.StreamAsync(MetricQueries.SummarySql, r => QueryResultWriter.WriteCsvAsync(r, output, cancellationToken), cancellationToken, parameters).ConfigureAwait(false);
                break;
            case MetricsFormat.Json:
                await queries.StreamAsync(MetricQueries.SummarySql, r => QueryResultWriter.WriteJsonAsync(r, output, cancellationToken), cancellationToken, parameters).ConfigureAwait(false);
                break;
            case MetricsFormat.Xlsx:
                var path = Path.GetFullPath(options.ResolvedOutputPath);
                await WriteWorkbookAsync(path, rows, options, cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync($"已写出：{path}").ConfigureAwait(false);
                break;
            default:
                await output.WriteLineAsync(MetricSummaryLayout.Title(options.AsOf, options.By)).ConfigureAwait(false);
                var cells = rows.Select(r => MetricSummaryLayout.TextCells(r).ToArray()).ToList();
                if (options.WriteTableForTerminal?.Invoke(MetricSummaryLayout.Headers, cells) != true)
                {
                    TextTable.Write(output, MetricSummaryLayout.Headers, cells);
                }

                await output.WriteLineAsync(MetricSummaryLayout.Note(rows)).ConfigureAwait(false);
                break;
        }

        // A unit that sent nothing is not in the table, and one that left tasks out is there with fewer: say so, and how
        // the 红黑榜 counts them, beside the figures (not in them).
        if (options.By == MetricGrouping.Unit
            && CarriedReturnsNote.Of(await queries.UnitRankingAsync(options.AsOf, cancellationToken).ConfigureAwait(false)) is { } carried)
        {
            await error.WriteLineAsync(carried).ConfigureAwait(false);
        }

        // The figures of a year with a month never ingested are read past the gap: say so, beside the figures (not in them).
        var missing = await queries.MissingMonthsAsync(new ReportMonth(options.AsOf.Year, 1), options.AsOf, cancellationToken).ConfigureAwait(false);
        if (missing.Count > 0)
        {
            await error.WriteLineAsync(MissingMonthRow.Note(missing)).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task WriteWorkbookAsync(string path, IReadOnlyList<MetricSummaryRow> rows, MetricsCommandOptions options, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            using (var workbook = new XlsxWriter(file, XlsxWriter.OurApplication))
            {
                var headers = MetricSummaryLayout.Headers;
                workbook.StartSheet("指标汇总", new XlsxSheetOptions
                {
                    ColumnWidths = MetricSummaryLayout.Widths,
                    FreezeRows = 2,
                    RepeatRowsOnPrint = 2,
                    Landscape = true,
                });
                workbook.WriteRow(XlsxCell.Of(MetricSummaryLayout.Title(options.AsOf, options.By), XlsxStyle.Title));
                workbook.Merge(1, 1, 1, headers.Count);
                workbook.WriteRow([.. headers.Select(h => XlsxCell.Of(h, XlsxStyle.Header))]);
                foreach (var row in rows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    workbook.WriteRow(MetricSummaryLayout.Cells(row));
                }

                workbook.WriteRow(XlsxCell.Of(MetricSummaryLayout.Note(rows), XlsxStyle.Wrap));
                workbook.Merge(workbook.RowCount, 1, workbook.RowCount, headers.Count);
            }

            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
