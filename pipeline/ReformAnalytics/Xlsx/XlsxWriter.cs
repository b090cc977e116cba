using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ReformAnalytics.Xlsx;

/// <summary>
/// A streaming .xlsx writer: rows go straight into the zip entry of their sheet, so a workbook of
/// millions of rows is written in constant memory. Strings are written inline (no shared-string table
/// to hold). Supports merged cells, column widths, hidden columns, frozen header rows, print titles and
/// the styles of <see cref="XlsxStyle"/>. Sheets are written one after another.
/// </summary>
public sealed class XlsxWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);

    // Zip entries carry a timestamp; a fixed one (the earliest a zip can hold) makes the same rows give the same bytes.
    internal static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ZipArchive _zip;
    private readonly string? _application;
    private readonly List<(string Name, XlsxSheetOptions Options)> _sheets = [];
    private readonly List<string> _merges = [];
    private StreamWriter? _sheet;
    private int _rowIndex;
    private bool _finished;

    /// <summary>
    /// <paramref name="application"/>: the program named in the workbook's properties (docProps/app.xml), none when
    /// null. What ReformAnalytics writes for people to read passes <see cref="OurApplication"/>, so that ingest can tell
    /// such a workbook, left in a folder of ledgers, from a ledger (<see cref="OwnWorkbook"/>).
    /// </summary>
    public XlsxWriter(Stream output, string? application = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Utf8);
        _application = application;
    }

    /// <summary>The application name ReformAnalytics writes into the workbooks it produces for the office.</summary>
    public const string OurApplication = "ReformAnalytics";

    /// <summary>Rows written to the current sheet so far; the next row's 1-based number is this plus one.</summary>
    public int RowCount => _rowIndex;

    public void StartSheet(string name, XlsxSheetOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        EndSheet();
        options ??= new XlsxSheetOptions();
        _sheets.Add((name, options));
        var entry = _zip.CreateEntry($"xl/worksheets/sheet{_sheets.Count}.xml", CompressionLevel.Fastest);
        entry.LastWriteTime = EntryTime;
        _sheet = new StreamWriter(entry.Open(), Utf8, 1 << 16);
        _rowIndex = 0;
        _merges.Clear();
        _sheet.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        if (options.Landscape)
        {
            // Excel and WPS print at the page setup's fitToWidth only when the sheet says it fits to page; without this
            // they print at 100% and a wide list runs onto a second sheet of paper across.
            _sheet.Write("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        }

        if (options.FreezeRows > 0)
        {
            var topLeft = "A" + (options.FreezeRows + 1).ToString(CultureInfo.InvariantCulture);
            _sheet.Write($"<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"{options.FreezeRows}\" topLeftCell=\"{topLeft}\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
        }

        if (options.ColumnWidths.Count > 0 || options.HiddenColumns.Count > 0)
        {
            _sheet.Write("<cols>");
            var count = Math.Max(options.ColumnWidths.Count, options.HiddenColumns.Count == 0 ? 0 : options.HiddenColumns.Max() + 1);
            for (var c = 0; c < count; c++)
            {
                var width = c < options.ColumnWidths.Count ? options.ColumnWidths[c] : 10;
                var hidden = options.HiddenColumns.Contains(c) ? " hidden=\"1\"" : string.Empty;
                _sheet.Write(string.Create(CultureInfo.InvariantCulture, $"<col min=\"{c + 1}\" max=\"{c + 1}\" width=\"{width}\" customWidth=\"1\"{hidden}/>"));
            }

            _sheet.Write("</cols>");
        }

        _sheet.Write("<sheetData>");
    }

    public void WriteRow(ReadOnlySpan<XlsxCell> cells) => WriteRow(cells, hidden: false);

    /// <summary>Writes the next row; a <paramref name="hidden"/> one is in the sheet but not shown (Excel's 隐藏行).</summary>
    public void WriteRow(ReadOnlySpan<XlsxCell> cells, bool hidden)
    {
        var w = _sheet ?? throw new InvalidOperationException("StartSheet must be called before WriteRow.");
        _rowIndex++;
        var row = _rowIndex.ToString(CultureInfo.InvariantCulture);
        w.Write("<row r=\"");
        w.Write(row);
        w.Write(hidden ? "\" hidden=\"1\">" : "\">");
        for (var c = 0; c < cells.Length; c++)
        {
            var cell = cells[c];
            if (cell.Kind == XlsxCellKind.Blank && cell.Style == XlsxStyle.Default)
            {
                continue;
            }

            w.Write("<c r=\"");
            w.Write(ColumnName(c));
            w.Write(row);
            w.Write('"');
            if (cell.Style != XlsxStyle.Default)
            {
                w.Write(" s=\"");
                w.Write((int)cell.Style);
                w.Write('"');
            }

            switch (cell.Kind)
            {
                case XlsxCellKind.Text:
                    w.Write(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                    WriteEscaped(w, cell.Text!);
                    w.Write("</t></is></c>");
                    break;
                case XlsxCellKind.Number:
                    w.Write("><v>");
                    w.Write(cell.Number.ToString("R", CultureInfo.InvariantCulture));
                    w.Write("</v></c>");
                    break;
                default:
                    w.Write("/>");
                    break;
            }
        }

        w.Write("</row>");
    }

    public void WriteRow(params XlsxCell[] cells) => WriteRow(cells.AsSpan());

    /// <summary>Merges a block; rows and columns are 1-based and inclusive.</summary>
    public void Merge(int firstRow, int firstColumn, int lastRow, int lastColumn)
    {
        _merges.Add(string.Create(CultureInfo.InvariantCulture, $"{ColumnName(firstColumn - 1)}{firstRow}:{ColumnName(lastColumn - 1)}{lastRow}"));
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _finished = true;
            EndSheet();
            WritePackageParts();
        }

        _zip.Dispose();
    }

    public static string ColumnName(int zeroBasedColumn)
    {
        var n = zeroBasedColumn + 1;
        Span<char> buffer = stackalloc char[4];
        var i = buffer.Length;
        while (n > 0)
        {
            var rem = (n - 1) % 26;
            buffer[--i] = (char)('A' + rem);
            n = (n - 1) / 26;
        }

        return new string(buffer[i..]);
    }

    private void EndSheet()
    {
        if (_sheet is null)
        {
            return;
        }

        var options = _sheets[^1].Options;
        _sheet.Write("</sheetData>");
        if (_merges.Count > 0)
        {
            _sheet.Write($"<mergeCells count=\"{_merges.Count}\">");
            foreach (var m in _merges)
            {
                _sheet.Write($"<mergeCell ref=\"{m}\"/>");
            }

            _sheet.Write("</mergeCells>");
        }

        _sheet.Write("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>");
        _sheet.Write(options.Landscape ? "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>" : "<pageSetup paperSize=\"9\" orientation=\"portrait\"/>");
        _sheet.Write("</worksheet>");
        _sheet.Dispose();
        _sheet = null;
    }

    private void WritePackageParts()
    {
        if (_sheets.Count == 0)
        {
            StartSheet("Sheet1");
            EndSheet();
        }

        var types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        var rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        var book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        var names = new StringBuilder();
        for (var i = 0; i < _sheets.Count; i++)
        {
            var n = i + 1;
            types.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/worksheets/sheet{n}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{n}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>");
            var escapedName = Escape(_sheets[i].Name);
            book.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{escapedName}\" sheetId=\"{n}\" r:id=\"rId{n}\"/>");
            if (_sheets[i].Options.RepeatRowsOnPrint > 0)
            {
                names.Append(CultureInfo.InvariantCulture, $"<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"{i}\">'{escapedName.Replace("'", "''", StringComparison.Ordinal)}'!$1:${_sheets[i].Options.RepeatRowsOnPrint}</definedName>");
            }
        }

        if (_application == OurApplication)
        {
            // Excel and WPS keep a workbook's names when they save it again, and rewrite its properties.
            names.Append(CultureInfo.InvariantCulture, $"<definedName name=\"{OwnWorkbook.MarkerName}\" hidden=\"1\">\"{OurApplication}\"</definedName>");
        }

        types.Append("</Types>");
        rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{_sheets.Count + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
        book.Append("</sheets>");
        if (names.Length > 0)
        {
            book.Append("<definedNames>").Append(names).Append("</definedNames>");
        }

        book.Append("</workbook>");

        var rootRels = "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>";
        if (_application is not null)
        {
            types.Insert(types.Length - "</Types>".Length, "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
            rootRels += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>";
            WriteEntry(OwnWorkbook.PropertiesPart, $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>{Escape(_application)}</Application></Properties>");
        }

        WriteEntry("[Content_Types].xml", types.ToString());
        WriteEntry("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + rootRels + "</Relationships>");
        WriteEntry("xl/workbook.xml", book.ToString());
        WriteEntry("xl/_rels/workbook.xml.rels", rels.ToString());
        WriteEntry("xl/styles.xml", Styles);
    }

    private void WriteEntry(string name, string content)
    {
        var entry = _zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = EntryTime;
        using var w = new StreamWriter(entry.Open(), Utf8);
        w.Write(content);
    }

    private static string Escape(string text)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        WriteEscaped(w, text);
        return w.ToString();
    }

    private static void WriteEscaped(TextWriter w, string text)
    {
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '<': w.Write("&lt;"); break;
                case '>': w.Write("&gt;"); break;
                case '&': w.Write("&amp;"); break;
                case '"': w.Write("&quot;"); break;
                case '\n' or '\r' or '\t': w.Write(ch); break;
                default:
                    if (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF)
                    {
                        w.Write(ch);
                    }

                    break;
            }
        }
    }

    // Style indexes follow XlsxStyle: 0 default, 1 header (bold, bordered, centred, wrapped), 2 title (bold 16pt),
    // 3 date (yyyy/m/d), 4 percent (0.0%), 5 wrapped text, 6 one-decimal number (0.0), 7 score (0.00, as every output
    // prints 红黑榜 and 考核 scores), 8 date as the office writes it (2024年7月31日), 9 whole percent (0%), 10 whole
    // number (0). Fonts fall back to what is installed.
    private const string Styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<numFmts count=\"4\"><numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d\"/><numFmt numFmtId=\"165\" formatCode=\"0.0%\"/><numFmt numFmtId=\"166\" formatCode=\"0.0\"/><numFmt numFmtId=\"167\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
        + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"宋体\"/></font><font><b/><sz val=\"11\"/><name val=\"黑体\"/></font><font><b/><sz val=\"16\"/><name val=\"黑体\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"11\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\"/></xf>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"167\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
}
