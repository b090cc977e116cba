using System.Globalization;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Sample.Export;

/// <summary>
/// Writes a sheet as CSV the way Excel and WPS save one: every row as wide as the table, a field quoted when it
/// holds the delimiter, a quote or a line break, CRLF between records. Cells are written as Excel shows them:
/// a date cell as 2024/6/30, a percent cell as 80%.
/// </summary>
internal sealed class CsvSheetSink(TextWriter writer, char delimiter) : ISheetSink
{
    public int RowCount { get; private set; }

    public void WriteRow(ReadOnlySpan<XlsxCell> cells)
    {
        for (var c = 0; c < cells.Length; c++)
        {
            if (c > 0)
            {
                writer.Write(delimiter);
            }

            WriteField(Show(cells[c]));
        }

        writer.Write("\r\n");
        RowCount++;
    }

    public void Merge(int firstRow, int firstColumn, int lastRow, int lastColumn)
    {
    }

    /// <summary>The text Excel shows for a cell.</summary>
    public static string Show(XlsxCell cell) => cell.Kind switch
    {
        XlsxCellKind.Text => cell.Text ?? string.Empty,
        XlsxCellKind.Number when cell.Style == XlsxStyle.Date =>
            DateOnly.FromDayNumber(new DateOnly(1899, 12, 30).DayNumber + (int)cell.Number).ToString("yyyy/M/d", CultureInfo.InvariantCulture),
        XlsxCellKind.Number when cell.Style == XlsxStyle.Percent => (cell.Number * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%",
        XlsxCellKind.Number => cell.Number.ToString("0.##", CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    private void WriteField(string text)
    {
        if (text.AsSpan().IndexOfAny(delimiter, '"', '\n') < 0 && !text.Contains('\r', StringComparison.Ordinal))
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
