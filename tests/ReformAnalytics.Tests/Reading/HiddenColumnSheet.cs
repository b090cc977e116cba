using System.Globalization;
using System.Net;
using System.Text;
using ReformAnalytics.Tests.Support;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Tests.Reading;

/// <summary>
/// One sheet of text cells with some columns hidden, written as each format that can hide a column does it: an .xlsx
/// (<c>&lt;col hidden="1"&gt;</c>), an .xls (BIFF8, a column of width 0), an .ods (<c>table:visibility="collapse"</c> on
/// <c>table:table-column</c>), an Excel 2003 XML spreadsheet (<c>&lt;Column ss:Hidden="1"&gt;</c>, with <c>ss:Index</c> and
/// <c>ss:Span</c>) and a web page (<c>&lt;col style="display:none"&gt;</c> for the first hidden column, cells of their own with
/// <c>style="display:none"</c> for the others, as Excel writes both). A row of one text is merged across the whole width
/// (a section row). Both named .xls where the office receives them so.
/// </summary>
internal sealed class HiddenColumnSheet(string sheetName, IReadOnlyList<string?[]> rows, IReadOnlySet<int> hidden)
{
    public const string Sheet = "6月台账";

    private int Width => rows.Max(r => r.Length);

    public string Write(ReadingFiles files, string format) => format switch
    {
        "xlsx" => files.WriteWorkbook("hidden.xlsx", Xlsx),
        "xls" => files.Write("hidden.xls", Biff()),
        "ods" => files.Write("hidden.ods", TestOds.Package(string.Empty, Ods())),
        "xml" => files.WriteText("hidden-xml.xls", SpreadsheetXml()),
        "html" => files.WriteText("hidden-page.xls", WebPage()),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private bool IsSection(string?[] row) => row.Length == 1 && Width > 1;

    private void Xlsx(XlsxWriter w)
    {
        w.StartSheet(sheetName, new XlsxSheetOptions { HiddenColumns = hidden });
        for (var r = 0; r < rows.Count; r++)
        {
            w.WriteRow([.. rows[r].Select(c => (XlsxCell)c)]);
            if (IsSection(rows[r]))
            {
                w.Merge(r + 1, 1, r + 1, Width);
            }
        }
    }

    private byte[] Biff()
    {
        var book = new BiffWorkbookWriter();
        var sheet = book.AddSheet(sheetName);
        for (var r = 0; r < rows.Count; r++)
        {
            sheet.Row(r, [.. rows[r]]);
            if (IsSection(rows[r]))
            {
                sheet.Merge(r, 0, r, Width - 1);
            }
        }

        sheet.HiddenColumns.UnionWith(hidden);
        return book.ToBytes();
    }

    private string Ods()
    {
        var sb = new StringBuilder($"<table:table table:name=\"{sheetName}\">");
        for (var c = 0; c < Width; c++)
        {
            sb.Append(hidden.Contains(c) ? "<table:table-column table:visibility=\"collapse\"/>" : "<table:table-column/>");
        }

        foreach (var row in rows)
        {
            sb.Append("<table:table-row>");
            if (IsSection(row))
            {
                sb.Append(CultureInfo.InvariantCulture, $"<table:table-cell office:value-type=\"string\" table:number-columns-spanned=\"{Width}\"><text:p>{Escape(row[0])}</text:p></table:table-cell>");
                sb.Append(CultureInfo.InvariantCulture, $"<table:covered-table-cell table:number-columns-repeated=\"{Width - 1}\"/>");
            }
            else
            {
                foreach (var cell in row)
                {
                    sb.Append(cell is null ? "<table:table-cell/>" : $"<table:table-cell office:value-type=\"string\"><text:p>{Escape(cell)}</text:p></table:table-cell>");
                }
            }

            sb.Append("</table:table-row>");
        }

        return sb.Append("</table:table>").ToString();
    }

    /// <summary>The columns as Excel writes them: a shown column only where one must be placed, hidden runs by ss:Index and ss:Span.</summary>
    private string SpreadsheetXml()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?>"
            + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">");
        sb.Append(CultureInfo.InvariantCulture, $"<Worksheet ss:Name=\"{sheetName}\"><Table><Column ss:Width=\"40\"/>");
        for (var c = 0; c < Width; c++)
        {
            if (!hidden.Contains(c) || (c > 0 && hidden.Contains(c - 1)))
            {
                continue;
            }

            var span = 0;
            while (hidden.Contains(c + span + 1))
            {
                span++;
            }

            sb.Append(CultureInfo.InvariantCulture, $"<Column ss:Index=\"{c + 1}\" ss:Hidden=\"1\" ss:AutoFitWidth=\"0\"{(span > 0 ? $" ss:Span=\"{span}\"" : string.Empty)}/>");
        }

        foreach (var row in rows)
        {
            sb.Append("<Row>");
            if (IsSection(row))
            {
                sb.Append(CultureInfo.InvariantCulture, $"<Cell ss:MergeAcross=\"{Width - 1}\"><Data ss:Type=\"String\">{Escape(row[0])}</Data></Cell>");
            }
            else
            {
                foreach (var cell in row)
                {
                    sb.Append(cell is null ? "<Cell/>" : $"<Cell><Data ss:Type=\"String\">{Escape(cell)}</Data></Cell>");
                }
            }

            sb.Append("</Row>");
        }

        return sb.Append("</Table></Worksheet></Workbook>").ToString();
    }

    private string WebPage()
    {
        var first = hidden.Count == 0 ? -1 : hidden.Min();
        var sb = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><table>");
        for (var c = 0; c < Width; c++)
        {
            sb.Append(c == first ? "<col width=0 style='display:none;mso-width-source:userset;mso-width-alt:0'>" : "<col width=72>");
        }

        foreach (var row in rows)
        {
            sb.Append("<tr>");
            if (IsSection(row))
            {
                sb.Append(CultureInfo.InvariantCulture, $"<td colspan={Width}>{Escape(row[0])}</td>");
            }
            else
            {
                for (var c = 0; c < row.Length; c++)
                {
                    sb.Append(hidden.Contains(c) && c != first ? "<td class=xl65 style='display:none'>" : "<td class=xl65>").Append(Escape(row[c])).Append("</td>");
                }
            }

            sb.Append("</tr>");
        }

        return sb.Append("</table></body></html>").ToString();
    }

    private static string Escape(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
