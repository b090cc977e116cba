using System.Data.Common;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Dashboard.Export;

/// <summary>
/// Writes a query result as one .xlsx sheet (streamed by <see cref="XlsxWriter"/>): header row frozen, dates as dates
/// (shown 2024年7月31日 in the labelled download, as the pages write them).
/// </summary>
internal static class XlsxExport
{
    public static async Task<long> WriteAsync(DbDataReader reader, Stream output, string sheetName, ExportStyle style, int maxRows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(output);
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var headers = names.Select(n => style == ExportStyle.Labelled ? Labels.Column(n) : n).ToArray();
        using var xlsx = new XlsxWriter(output, XlsxWriter.OurApplication);
        xlsx.StartSheet(SheetName(sheetName), new XlsxSheetOptions
        {
            FreezeRows = 1,
            RepeatRowsOnPrint = 1,
            Landscape = true,
            ColumnWidths = [.. headers.Select(h => (double)Math.Clamp(h.Length * 2 + 4, 10, 40))],
        });
        xlsx.WriteRow([.. headers.Select(h => XlsxCell.Of(FormulaGuard.Escape(h), XlsxStyle.Header))]);
        var cells = new XlsxCell[names.Length];
        long rows = 0;
        while (rows < maxRows && await StreamingReads.ReadAsync(reader, rows, ct).ConfigureAwait(false))
        {
            for (var i = 0; i < names.Length; i++)
            {
                var cell = ExportCell.From(names[i], reader.IsDBNull(i) ? null : reader.GetValue(i), style);
                cells[i] = cell switch
                {
                    { Text: { } text } => XlsxCell.Of(text),
                    { Date: { } date } => style == ExportStyle.Labelled ? XlsxCell.Day(date) : XlsxCell.Of(date),
                    { Number: { } number } when style == ExportStyle.Labelled => Labelled(names[i], number),
                    { Number: { } number } => XlsxCell.Of(number),
                    _ => XlsxCell.Blank,
                };
            }

            xlsx.WriteRow(cells);
            rows++;
        }

        return rows;
    }

    /// <summary>
    /// A number of the labelled download, kept a number and shown as the page shows it: a share as a percent (43%, 62.5%),
    /// the risk model's probability as a whole percent.
    /// </summary>
    private static XlsxCell Labelled(string column, double number) =>
        column.Equals("probability", StringComparison.OrdinalIgnoreCase) ? XlsxCell.Of(number, XlsxStyle.WholePercent)
        : column.EndsWith("_rate", StringComparison.OrdinalIgnoreCase) || column.EndsWith("_share", StringComparison.OrdinalIgnoreCase) ? XlsxCell.Share(number)
        : XlsxCell.Of(number);

    /// <summary>Excel sheet names: at most 31 characters, none of []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]);
        clean = clean.Length == 0 ? "数据" : clean;
        return clean.Length > 31 ? clean[..31] : clean;
    }
}
