using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// Reads an Excel 2003 XML spreadsheet (XML 表格), which report tools often export under an .xls name: every
/// <c>Worksheet</c> is a sheet; <c>ss:Index</c> places rows and cells; <c>ss:MergeAcross</c>/<c>ss:MergeDown</c> are merged
/// cells, every cell of the range holding the value; numbers and dates are typed by <c>ss:Type</c> and the style's
/// number format, as in a workbook (<see cref="ExcelCellConverter"/>: 0% is a percent, a date format a date); a formula's
/// error (<c>ss:Type="Error"</c>, or a string that is one of Excel's errors) is an empty cell showing it; a
/// hidden sheet is skipped with a warning, as in a workbook; a hidden row (<c>&lt;Row ss:Hidden="1"&gt;</c>) is read and marked
/// hidden, as a workbook's is, and so is a hidden column (<c>&lt;Column ss:Hidden="1"&gt;</c>). Read as a stream, with DTDs and external entities
/// refused.
/// </summary>
internal static class SpreadsheetXmlReader
{
    private const string Ss = "urn:schemas-microsoft-com:office:spreadsheet";
    private const string X = "urn:schemas-microsoft-com:office:excel";
    private const int MaxMerge = 1_000;
    private const int MaxColumns = 16_384;

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
        var grid = new MergedGrid(file);
        try
        {
            using var reader = XmlReader.Create(stream, SafeXml.Document);
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
                    var hiddenRows = new HashSet<int>();
                    var hiddenColumns = new List<bool>();
                    var hidden = ReadWorksheet(reader, grid, formats, hiddenRows, hiddenColumns, ct);
                    var rows = grid.Take();
                    if (hidden && options.SkipHiddenSheets)
                    {
                        tables.Skip(sheet, ReadingMessages.HiddenSheetSkipped);
                    }
                    else
                    {
                        tables.Add(LedgerTableParser.Parse(new GridListSource(sheet, rows, [.. hiddenColumns], hiddenRows: hiddenRows), file, options, ct), sheet);
                    }
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

    /// <summary>
    /// Puts the cells of the worksheet the reader is on into the grid, and the rows it hides (<c>ss:Hidden="1"</c>, 0-based) into
    /// <paramref name="hiddenRows"/>, and whether each column is hidden (<c>&lt;Column ss:Hidden="1"&gt;</c>, placed by
    /// <c>ss:Index</c> and repeated by <c>ss:Span</c>) into <paramref name="hiddenColumns"/>; leaves the reader on its end.
    /// Says whether the sheet is hidden (its options say <c>SheetHidden</c> or <c>SheetVeryHidden</c>).
    /// </summary>
    private static bool ReadWorksheet(XmlReader reader, MergedGrid grid, Dictionary<string, string> formats, HashSet<int> hiddenRows, List<bool> hiddenColumns, CancellationToken ct)
    {
        if (reader.IsEmptyElement)
        {
            return false;
        }

        var hidden = false;

        var depth = reader.Depth;
        var row = -1;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            ct.ThrowIfCancellationRequested();
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == X && reader.LocalName == "Visible")
            {
                hidden |= reader.ReadElementContentAsString().Trim() is "SheetHidden" or "SheetVeryHidden";
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == Ss && reader.LocalName == "Column")
            {
                ReadColumn(reader, hiddenColumns);
                reader.Read();
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != Ss || reader.LocalName != "Row")
            {
                reader.Read();
                continue;
            }

            row = Index(reader.GetAttribute("Index", Ss)) is int r ? r - 1 : row + 1;
            if (reader.GetAttribute("Hidden", Ss) is { } rowHidden && rowHidden.Trim() is "1" or "true")
            {
                hiddenRows.Add(row);
            }

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
                while (grid.Occupied(row, column))
                {
                    column++;
                }

                var value = Value(cell, formats);
                var across = Merge(cell, "MergeAcross");
                var down = Merge(cell, "MergeDown");
                grid.Fill(row, column, down + 1, across + 1, value);
                column += across;
            }

            reader.Read(); // past </Row>
        }

        return hidden;
    }

    /// <summary>
    /// Marks the columns a <c>&lt;Column&gt;</c> element describes: the one after the last described, or the one its
    /// <c>ss:Index</c> names, and as many more as its <c>ss:Span</c> says; hidden when <c>ss:Hidden</c> is 1 (or true).
    /// </summary>
    private static void ReadColumn(XmlReader reader, List<bool> hiddenColumns)
    {
        var first = Index(reader.GetAttribute("Index", Ss)) is int i ? Math.Min(i - 1, MaxColumns) : hiddenColumns.Count;
        var span = int.TryParse(reader.GetAttribute("Span", Ss), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Min(n, MaxColumns) : 0;
        var isHidden = reader.GetAttribute("Hidden", Ss)?.Trim() is "1" or "true";
        var last = Math.Min(first + span, MaxColumns - 1);
        while (hiddenColumns.Count <= last)
        {
            hiddenColumns.Add(false);
        }

        for (var c = first; c <= last; c++)
        {
            hiddenColumns[c] = isHidden;
        }
    }

    private static CellValue Value(XElement cell, Dictionary<string, string> formats)
    {
        var data = cell.Element(XName.Get("Data", Ss));
        if (data is null)
        {
            return CellValue.Empty;
        }

        var text = data.Value;
        if (data.Attribute(XName.Get("Type", Ss))?.Value == "Error")
        {
            // A formula's error result, typed as one (<Data ss:Type="Error">#N/A</Data>): an empty cell showing it, as an .xlsx's.
            var error = text.Trim();
            return CellValue.FromError(error.Length == 0 ? ExcelErrors.Unshown : ExcelErrors.Known(error) ?? error);
        }

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
}
