using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// Reads an Excel 2003 XML spreadsheet (XML 表格), which report tools often export under an .xls name: every
/// <c>Worksheet</c> is a sheet; <c>ss:Index</c> places rows and cells; <c>ss:MergeAcross</c>/<c>ss:MergeDown</c> are merged
/// cells, every cell of the range holding the value; numbers and dates are typed by <c>ss:Type</c> and the style's
/// number format, as in a workbook (<see cref="ExcelCellConverter"/>: 0% is a percent, a date format a date). Read
/// as a stream, with DTDs and external entities refused.
/// </summary>
internal static class SpreadsheetXmlReader
{
    private const string Ss = "urn:schemas-microsoft-com:office:spreadsheet";
    private const int MaxMerge = 1_000;

    /// <summary>Cells a file may fill, merged ranges counted cell by cell, as for web pages.</summary>
    private const long MaxCells = 10_000_000;

    private static readonly Dictionary<string, string> NamedFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Percent"] = "0.00%",
        ["Short Date"] = "yyyy-mm-dd",
        ["Medium Date"] = "dd-mmm-yy",
        ["Long Date"] = "yyyy-mm-dd",
        ["General Date"] = "yyyy-mm-dd hh:mm",
        ["Fixed"] = "0.00",
        ["Standard"] = "#,##0.00",
        ["General Number"] = "General",
    };

    public static IReadOnlyList<LedgerTable> Read(Stream stream, string file, ReadOptions options, CancellationToken ct)
    {
        if (stream.Length > options.MaxUnpackedBytes)
        {
            throw new LedgerInputException(file, ReadingMessages.TooLargeUnpacked(stream.Length, options.MaxUnpackedBytes));
        }

        CodePages.EnsureRegistered();
        stream.Position = 0;
        var tables = new SheetTables(file);
        var formats = new Dictionary<string, string>(StringComparer.Ordinal);
        var cells = 0L;
        try
        {
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false });
            reader.MoveToContent();
            while (!reader.EOF)
            {
                ct.ThrowIfCancellationRequested();
                if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == Ss && reader.LocalName == "Style")
                {
                    var style = (XElement)XElement.ReadFrom(reader); // leaves the reader on the node after the style
                    if (style.Attribute(XName.Get("ID", Ss))?.Value is { } id
                        && style.Element(XName.Get("NumberFormat", Ss))?.Attribute(XName.Get("Format", Ss))?.Value is { } format)
                    {
                        formats[id] = NamedFormats.GetValueOrDefault(format, format);
                    }

                    continue;
                }

                if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == Ss && reader.LocalName == "Worksheet")
                {
                    var sheet = reader.GetAttribute("Name", Ss) ?? string.Empty;
                    var grid = ReadWorksheet(reader, formats, file, ref cells, ct);
                    tables.Add(LedgerTableParser.Parse(new GridListSource(sheet, grid), file, options, ct), sheet);
                }

                reader.Read();
            }
        }
        catch (XmlException e)
        {
            throw new LedgerInputException(file, ReadingMessages.SpreadsheetXmlCorrupt, inner: e);
        }

        return tables.Finish();
    }

    /// <summary>The rows of the worksheet the reader is on, merged cells filled; leaves the reader on its end.</summary>
    private static List<CellValue[]> ReadWorksheet(XmlReader reader, Dictionary<string, string> formats, string file, ref long cells, CancellationToken ct)
    {
        var rows = new List<List<CellValue?>>();
        if (reader.IsEmptyElement)
        {
            return [];
        }

        var depth = reader.Depth;
        var row = -1;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            ct.ThrowIfCancellationRequested();
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != Ss || reader.LocalName != "Row")
            {
                reader.Read();
                continue;
            }

            row = Index(reader.GetAttribute("Index", Ss)) is int r ? r - 1 : row + 1;
            if (reader.IsEmptyElement)
            {
                reader.Read();
                continue;
            }

            var column = -1;
            var rowDepth = reader.Depth;
            reader.Read();
            while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == rowDepth))
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != Ss || reader.LocalName != "Cell")
                {
                    reader.Read();
                    continue;
                }

                var cell = (XElement)XElement.ReadFrom(reader); // leaves the reader on the node after the cell
                column = Index(cell.Attribute(XName.Get("Index", Ss))?.Value) is int c ? c - 1 : column + 1;
                while (Occupied(rows, row, column))
                {
                    column++;
                }

                var value = Value(cell, formats);
                var across = Merge(cell, "MergeAcross");
                var down = Merge(cell, "MergeDown");
                for (var dr = 0; dr <= down; dr++)
                {
                    for (var dc = 0; dc <= across; dc++)
                    {
                        if (++cells > MaxCells)
                        {
                            throw new LedgerInputException(file, ReadingMessages.WebPageTooLarge(MaxCells));
                        }

                        Set(rows, row + dr, column + dc, value);
                    }
                }

                column += across;
            }

            reader.Read(); // past </Row>
        }

        return [.. rows.Select(r => r.Select(c => c ?? CellValue.Empty).ToArray())];
    }

    private static CellValue Value(XElement cell, Dictionary<string, string> formats)
    {
        var data = cell.Element(XName.Get("Data", Ss));
        if (data is null)
        {
            return CellValue.Empty;
        }

        var text = data.Value;
        var format = cell.Attribute(XName.Get("StyleID", Ss))?.Value is { } style ? formats.GetValueOrDefault(style) : null;
        object? value = data.Attribute(XName.Get("Type", Ss))?.Value switch
        {
            "Number" when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => n,
            "DateTime" when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
            "Boolean" => text.Trim() == "1",
            _ => text,
        };
        return ExcelCellConverter.Convert(value, format, 0);
    }

    private static int? Index(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 1 ? i : null;

    private static int Merge(XElement cell, string name) =>
        int.TryParse(cell.Attribute(XName.Get(name, Ss))?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Min(n, MaxMerge) : 0;

    private static bool Occupied(List<List<CellValue?>> rows, int row, int column) =>
        row < rows.Count && column < rows[row].Count && rows[row][column] is not null;

    private static void Set(List<List<CellValue?>> rows, int row, int column, CellValue value)
    {
        while (rows.Count <= row)
        {
            rows.Add([]);
        }

        var cells = rows[row];
        while (cells.Count <= column)
        {
            cells.Add(null);
        }

        cells[column] = value;
    }
}
