using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// Reads an OpenDocument spreadsheet (.ods: LibreOffice, and the office suites of domestic systems built on it): every
/// <c>table:table</c> in <c>content.xml</c> is a sheet. Cells are placed in order, each taking as many columns as it repeats
/// (<c>number-columns-repeated</c>); a merged range (<c>number-columns-spanned</c>, <c>number-rows-spanned</c>) fills every
/// cell it covers with its value, and the covered cells that follow only take their places. Rows and cells repeated empty
/// (the million blank rows a sheet ends with) are skipped, not built; a value repeated is filled at most
/// <see cref="MaxRepeat"/> times, and nothing below a sheet's 1,048,576 rows is read. Values are typed by <c>office:value-type</c> as a workbook's are by their format
/// (<see cref="ExcelCellConverter"/>): a percentage is a percent, a date a date (shown without a day it is its month),
/// text is the cell's paragraphs joined by line breaks, comments left out; a formula error is an error cell, told as an .xlsx's is. A hidden sheet is skipped with a warning and
/// hidden columns and rows are known, as in a workbook. <c>content.xml</c> is held to the limits of a workbook (zip bomb) and read
/// as a stream, DTDs and external entities refused.
/// </summary>
internal static class OdsReader
{
    public const int MaxRepeat = 1_000;

    private const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string StyleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    /// <summary>LibreOffice's own attributes: its calcext:value-type says "error" for a formula whose result is an error.</summary>
    private const string CalcExtNs = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";
    private const int MaxColumns = 16_384;

    /// <summary>The rows of a sheet in Excel and LibreOffice; a value placed further down is not read.</summary>
    private const int MaxRows = 1 << 20;

    private static readonly XName ValueType = XName.Get("value-type", OfficeNs);
    private static readonly XName Value = XName.Get("value", OfficeNs);
    private static readonly XName DateValue = XName.Get("date-value", OfficeNs);
    private static readonly XName BooleanValue = XName.Get("boolean-value", OfficeNs);
    private static readonly XName ColumnsRepeated = XName.Get("number-columns-repeated", TableNs);
    private static readonly XName ColumnsSpanned = XName.Get("number-columns-spanned", TableNs);
    private static readonly XName RowsSpanned = XName.Get("number-rows-spanned", TableNs);
    private static readonly XName Paragraph = XName.Get("p", TextNs);
    private static readonly XName CalcExtValueType = XName.Get("value-type", CalcExtNs);

    public static IReadOnlyList<LedgerTable> Read(Stream stream, string file, ReadOptions options, CancellationToken ct)
    {
        stream.Position = 0;
        var tables = new SheetTables(file);
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var content = zip.GetEntry("content.xml") ?? throw new LedgerInputException(file, ReadingMessages.OdsCorrupt);
            switch (ZipBombGuard.Breach(content, 0, options))
            {
                case ZipBreach.Size:
                    throw new LedgerInputException(file, ReadingMessages.TooLargeUnpacked(content.Length, options.MaxUnpackedBytes), value: content.FullName);
                case ZipBreach.Ratio:
                    throw new LedgerInputException(file, ReadingMessages.CompressionRatio(content.FullName, ZipBombGuard.Ratio(content), options.MaxCompressionRatio), value: content.FullName);
            }

            using var reader = XmlReader.Create(content.Open(), SafeXml.Document);
            var hiddenStyles = new HashSet<string>(StringComparer.Ordinal);
            var grid = new MergedGrid(file);
            reader.MoveToContent();
            while (!reader.EOF)
            {
                ct.ThrowIfCancellationRequested();
                if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == StyleNs && reader.LocalName == "style")
                {
                    var style = (XElement)XElement.ReadFrom(reader);
                    if (style.Attribute(XName.Get("family", StyleNs))?.Value == "table"
                        && style.Element(XName.Get("table-properties", StyleNs))?.Attribute(XName.Get("display", TableNs))?.Value == "false")
                    {
                        hiddenStyles.Add(style.Attribute(XName.Get("name", StyleNs))?.Value ?? string.Empty);
                    }

                    continue;
                }

                if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == TableNs && reader.LocalName == "table")
                {
                    var sheet = reader.GetAttribute("name", TableNs) ?? string.Empty;
                    var hidden = reader.GetAttribute("style-name", TableNs) is { } s && hiddenStyles.Contains(s);
                    var hiddenRows = new HashSet<int>();
                    var hiddenColumns = ReadTable(reader, grid, hiddenRows, ct);
                    var rows = grid.Take();
                    if (hidden && options.SkipHiddenSheets)
                    {
                        tables.Skip(sheet, ReadingMessages.HiddenSheetSkipped);
                    }
                    else
                    {
                        tables.Add(LedgerTableParser.Parse(new GridListSource(sheet, rows, hiddenColumns, hiddenRows: hiddenRows), file, options, ct), sheet);
                    }
                }

                reader.Read();
            }
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or EndOfStreamException)
        {
            throw new LedgerInputException(file, ReadingMessages.OdsCorrupt, inner: e);
        }

        return tables.Finish();
    }

    /// <summary>
    /// Puts the cells of the table the reader is on into the grid, says which columns are hidden and adds the hidden rows
    /// that hold a value to <paramref name="hiddenRows"/> (0-based); leaves the reader on its end.
    /// </summary>
    private static bool[] ReadTable(XmlReader reader, MergedGrid grid, HashSet<int> hiddenRows, CancellationToken ct)
    {
        var hidden = new List<bool>();
        if (reader.IsEmptyElement)
        {
            return [];
        }

        var depth = reader.Depth;
        var row = 0;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            ct.ThrowIfCancellationRequested();
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == TableNs && reader.LocalName == "table-column")
            {
                var repeat = Math.Min(Count(reader.GetAttribute("number-columns-repeated", TableNs)), MaxColumns - hidden.Count);
                var collapsed = reader.GetAttribute("visibility", TableNs) is "collapse" or "filter";
                hidden.AddRange(Enumerable.Repeat(collapsed, Math.Max(repeat, 0)));
                reader.Read();
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == TableNs && reader.LocalName == "table-row")
            {
                var repeat = Count(reader.GetAttribute("number-rows-repeated", TableNs));
                var rowHidden = reader.GetAttribute("visibility", TableNs) is "collapse" or "filter";
                var cells = ReadRow(reader);
                for (var r = 0; cells.Count > 0 && r < Math.Min(repeat, MaxRepeat) && row + r < MaxRows; r++)
                {
                    foreach (var (column, down, across, value) in cells)
                    {
                        grid.Fill(row + r, column, Math.Min(down, MaxRows - row - r), across, value);
                    }

                    if (rowHidden)
                    {
                        hiddenRows.Add(row + r);
                    }
                }

                row = (int)Math.Min((long)row + repeat, MaxRows);
                continue;
            }

            // Sheets of charts, forms, named ranges, row and column groups: their rows and columns are read as they come.
            reader.Read();
        }

        // Columns past the last one listed are shown.
        while (hidden.Count > 0 && !hidden[^1])
        {
            hidden.RemoveAt(hidden.Count - 1);
        }

        return [.. hidden];
    }

    /// <summary>The valued cells of the row the reader is on, each with its place and span; leaves the reader after the row.</summary>
    private static List<(int Column, int Down, int Across, CellValue Value)> ReadRow(XmlReader reader)
    {
        var cells = new List<(int, int, int, CellValue)>();
        var row = (XElement)XElement.ReadFrom(reader); // a row is small: its repeated cells are one element each
        var column = 0;
        foreach (var cell in row.Elements())
        {
            if (cell.Name.NamespaceName != TableNs || cell.Name.LocalName is not ("table-cell" or "covered-table-cell"))
            {
                continue;
            }

            var repeat = Count(cell.Attribute(ColumnsRepeated)?.Value);
            var value = cell.Name.LocalName == "table-cell" ? CellOf(cell) : CellValue.Empty;
            if ((!value.IsEmpty || value.Error is not null) && column < MaxColumns)
            {
                var down = Math.Min(Count(cell.Attribute(RowsSpanned)?.Value), MaxRepeat);
                var across = Math.Min(Count(cell.Attribute(ColumnsSpanned)?.Value), MaxRepeat);
                for (var c = 0; c < Math.Min(repeat, MaxRepeat); c++)
                {
                    cells.Add((column + c, down, across, value));
                }
            }

            column = (int)Math.Min((long)column + repeat, int.MaxValue);
        }

        return cells;
    }

    /// <summary>
    /// A cell's value, typed by <c>office:value-type</c>; its shown text where it has no type or is text. A formula whose
    /// result is an error (<c>calcext:value-type="error"</c>, its text the error shown: #DIV/0!, #N/A, or LibreOffice's own
    /// Err:502) is an empty cell carrying that error (<see cref="CellValue.Error"/>), as an .xlsx's is, whatever type LibreOffice
    /// wrote beside it (a string with no value, a float of 0).
    /// </summary>
    internal static CellValue CellOf(XElement cell)
    {
        var shown = string.Join("\n", cell.Elements(Paragraph).Select(TextOf));
        if (cell.Attribute(CalcExtValueType)?.Value == "error")
        {
            var error = shown.Trim();
            return CellValue.FromError(error.Length == 0 ? ExcelErrors.Unshown : ExcelErrors.Known(error) ?? error);
        }

        var number = double.TryParse(cell.Attribute(Value)?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : (double?)null;
        return cell.Attribute(ValueType)?.Value switch
        {
            "float" or "currency" when number is { } v => ExcelCellConverter.Convert(v, null, 0),
            "percentage" when number is { } v => ExcelCellConverter.Convert(v, "0%", 0),
            "date" when Date(cell.Attribute(DateValue)?.Value) is { } d => ExcelCellConverter.Convert(d, ShownDateFormat(shown), 0),
            "boolean" => ExcelCellConverter.Convert(cell.Attribute(BooleanValue)?.Value == "true", null, 0),
            _ => ExcelCellConverter.Convert(shown, null, 0),
        };
    }

    /// <summary>The text of a paragraph: runs of spaces (<c>text:s</c>), tabs and line breaks spelled out, spans and links read through.</summary>
    private static string TextOf(XElement paragraph)
    {
        var sb = new StringBuilder();
        Append(paragraph, sb);
        return sb.ToString();

        static void Append(XElement element, StringBuilder sb)
        {
            foreach (var node in element.Nodes())
            {
                switch (node)
                {
                    case XText text:
                        sb.Append(text.Value);
                        break;
                    case XElement { Name.LocalName: "s" } s when s.Name.NamespaceName == TextNs:
                        sb.Append(' ', Math.Min(Count(s.Attribute(XName.Get("c", TextNs))?.Value), MaxRepeat));
                        break;
                    case XElement { Name.LocalName: "tab" } t when t.Name.NamespaceName == TextNs:
                        sb.Append('\t');
                        break;
                    case XElement { Name.LocalName: "line-break" } b when b.Name.NamespaceName == TextNs:
                        sb.Append('\n');
                        break;
                    case XElement { Name.LocalName: "annotation" } a when a.Name.NamespaceName == OfficeNs:
                        break;
                    case XElement inner:
                        Append(inner, sb);
                        break;
                }
            }
        }
    }

    private static DateTime? Date(string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>
    /// The format a date cell is shown by, told from its shown text as <see cref="ExcelCellConverter"/> needs it: three
    /// numbers (2024/6/30, 2024年6月30日) show a day; two (2024年6月, 2024-06), or one beside a month's name (Jun-24), a
    /// month; one alone (2024年) a year; a day with a time after it (2024/12/31 18:00) the day and the time.
    /// </summary>
    internal static string ShownDateFormat(string shown)
    {
        var numbers = 0;
        for (var i = 0; i < shown.Length; i++)
        {
            if (char.IsAsciiDigit(shown[i]) && (i == 0 || !char.IsAsciiDigit(shown[i - 1])))
            {
                numbers++;
            }
        }

        if (numbers >= 4 && shown.Contains(':', StringComparison.Ordinal))
        {
            // A date shown with its time of day (2024-12-31 18:00, 2024/12/31 18:00:00).
            return shown.Count(static ch => ch == ':') >= 2 ? "yyyy-mm-dd hh:mm:ss" : "yyyy-mm-dd hh:mm";
        }

        return numbers switch
        {
            0 or >= 3 => "yyyy-mm-dd",
            2 => "yyyy-mm",
            _ => shown.Any(char.IsAsciiLetter) ? "mmm-yy" : "yyyy",
        };
    }

    private static int Count(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : 1;
}
