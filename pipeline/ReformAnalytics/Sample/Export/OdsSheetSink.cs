using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Sample.Export;

/// <summary>
/// Writes a ledger table as an OpenDocument spreadsheet (.ods), the way LibreOffice (and WPS's 另存为 .ods) saves one: the
/// <c>mimetype</c> entry first and stored, the manifest, and the sheet in <c>content.xml</c>. A cell is typed as the
/// workbook's would be (<c>float</c>, <c>percentage</c>, a <c>date</c>), its shown text beside it, a line break a new
/// paragraph; a merged block is its first cell spanning it with the covered cells after it; a hidden column or row is
/// <c>table:visibility="collapse"</c>. The rows are held until <see cref="Save"/>, since a merge is told after its rows.
/// Fixed entry times, so that the same rows give the same bytes.
/// </summary>
internal sealed class OdsSheetSink : ISheetSink
{
    private const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string MimeType = "application/vnd.oasis.opendocument.spreadsheet";
    private readonly List<(XlsxCell[] Cells, bool Hidden)> _rows = [];
    private readonly Dictionary<(int Row, int Column), (int Rows, int Columns)> _spans = [];
    private readonly HashSet<(int Row, int Column)> _covered = [];

    public int RowCount => _rows.Count;

    public void WriteRow(ReadOnlySpan<XlsxCell> cells) => _rows.Add((cells.ToArray(), false));

    public void WriteHiddenRow(ReadOnlySpan<XlsxCell> cells) => _rows.Add((cells.ToArray(), true));

    public void Merge(int firstRow, int firstColumn, int lastRow, int lastColumn)
    {
        _spans[(firstRow, firstColumn)] = (lastRow - firstRow + 1, lastColumn - firstColumn + 1);
        for (var r = firstRow; r <= lastRow; r++)
        {
            for (var c = firstColumn; c <= lastColumn; c++)
            {
                if (r != firstRow || c != firstColumn)
                {
                    _covered.Add((r, c));
                }
            }
        }
    }

    /// <summary>Writes the package: one sheet named <paramref name="sheet"/>, its columns in <paramref name="hiddenColumns"/> (0-based) hidden.</summary>
    public void Save(Stream output, string sheet, IReadOnlySet<int> hiddenColumns)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, XmlZipEntry.Utf8);
        var mime = zip.CreateEntry("mimetype", CompressionLevel.NoCompression);
        mime.LastWriteTime = XlsxWriter.EntryTime;
        using (var stream = mime.Open())
        {
            stream.Write(Encoding.ASCII.GetBytes(MimeType));
        }

        XmlZipEntry.Write(zip, "META-INF/manifest.xml", standalone: false, w =>
        {
            const string Manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
            w.WriteStartElement("manifest", "manifest", Manifest);
            w.WriteAttributeString("manifest", "version", Manifest, "1.2");
            foreach (var (path, type) in new[] { ("/", MimeType), ("content.xml", "text/xml") })
            {
                w.WriteStartElement("manifest", "file-entry", Manifest);
                w.WriteAttributeString("manifest", "full-path", Manifest, path);
                w.WriteAttributeString("manifest", "media-type", Manifest, type);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        });
        XmlZipEntry.Write(zip, "content.xml", standalone: false, w => Content(w, sheet, hiddenColumns));
    }

    private void Content(XmlWriter w, string sheet, IReadOnlySet<int> hiddenColumns)
    {
        w.WriteStartElement("office", "document-content", Office);
        w.WriteAttributeString("xmlns", "table", null, Table);
        w.WriteAttributeString("xmlns", "text", null, Text);
        w.WriteAttributeString("office", "version", Office, "1.2");
        w.WriteStartElement("office", "body", Office);
        w.WriteStartElement("office", "spreadsheet", Office);
        w.WriteStartElement("table", "table", Table);
        w.WriteAttributeString("table", "name", Table, sheet);
        var width = _rows.Count > 0 ? _rows.Max(r => r.Cells.Length) : 0;
        for (var c = 0; c < width; c++)
        {
            w.WriteStartElement("table", "table-column", Table);
            if (hiddenColumns.Contains(c))
            {
                w.WriteAttributeString("table", "visibility", Table, "collapse");
            }

            w.WriteEndElement();
        }

        for (var r = 0; r < _rows.Count; r++)
        {
            var (cells, hidden) = _rows[r];
            w.WriteStartElement("table", "table-row", Table);
            if (hidden)
            {
                w.WriteAttributeString("table", "visibility", Table, "collapse");
            }

            for (var c = 0; c < cells.Length; c++)
            {
                if (_covered.Contains((r + 1, c + 1)))
                {
                    w.WriteStartElement("table", "covered-table-cell", Table);
                    w.WriteEndElement();
                    continue;
                }

                Cell(w, cells[c], _spans.TryGetValue((r + 1, c + 1), out var span) ? span : (1, 1));
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Cell(XmlWriter w, XlsxCell cell, (int Rows, int Columns) span)
    {
        w.WriteStartElement("table", "table-cell", Table);
        if (span.Columns > 1 || span.Rows > 1)
        {
            w.WriteAttributeString("table", "number-columns-spanned", Table, span.Columns.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("table", "number-rows-spanned", Table, span.Rows.ToString(CultureInfo.InvariantCulture));
        }

        var shown = CsvSheetSink.Show(cell);
        switch (cell.Kind)
        {
            case XlsxCellKind.Number when cell.Style == XlsxStyle.Date:
                var day = DateOnly.FromDayNumber(new DateOnly(1899, 12, 30).DayNumber + (int)cell.Number);
                w.WriteAttributeString("office", "value-type", Office, "date");
                w.WriteAttributeString("office", "date-value", Office, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case XlsxCellKind.Number:
                w.WriteAttributeString("office", "value-type", Office, cell.Style == XlsxStyle.Percent ? "percentage" : "float");
                w.WriteAttributeString("office", "value", Office, cell.Number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case XlsxCellKind.Text:
                w.WriteAttributeString("office", "value-type", Office, "string");
                break;
        }

        if (shown.Length > 0)
        {
            foreach (var line in shown.Split('\n'))
            {
                w.WriteElementString("text", "p", Text, line);
            }
        }

        w.WriteEndElement();
    }
}
