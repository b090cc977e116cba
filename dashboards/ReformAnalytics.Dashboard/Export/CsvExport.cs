using System.Data.Common;
using System.Globalization;
using System.Text;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;

namespace ReformAnalytics.Dashboard.Export;

/// <summary>Writes a query result as CSV that Excel and WPS open correctly: UTF-8 with BOM, comma, CRLF.</summary>
internal static class CsvExport
{
    public static async Task<long> WriteAsync(DbDataReader reader, Stream output, ExportStyle style, int maxRows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await using (writer.ConfigureAwait(false))
        {
            var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            var line = new StringBuilder();
            for (var i = 0; i < names.Length; i++)
            {
                Append(line, i, FormulaGuard.Escape(style == ExportStyle.Labelled ? Labels.Column(names[i]) : names[i]));
            }

            await writer.WriteLineAsync(line, ct).ConfigureAwait(false);
            long rows = 0;
            while (rows < maxRows && await StreamingReads.ReadAsync(reader, rows, ct).ConfigureAwait(false))
            {
                line.Clear();
                for (var i = 0; i < names.Length; i++)
                {
                    var cell = ExportCell.From(names[i], reader.IsDBNull(i) ? null : reader.GetValue(i), style);
                    Append(line, i, cell.Text ?? (cell.Number is { } n ? n.ToString("R", CultureInfo.InvariantCulture) : cell.Date is { } d ? Format.IsoDate(d) : string.Empty));
                }

                await writer.WriteLineAsync(line, ct).ConfigureAwait(false);
                rows++;
            }

            await writer.FlushAsync(ct).ConfigureAwait(false);
            return rows;
        }
    }

    private static void Append(StringBuilder line, int index, string field)
    {
        if (index > 0)
        {
            line.Append(',');
        }

        if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' ')))
        {
            line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            line.Append(field);
        }
    }
}
