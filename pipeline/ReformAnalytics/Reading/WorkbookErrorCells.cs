using System.IO.Compression;
using System.Xml;

namespace ReformAnalytics.Reading;

/// <summary>
/// The cells of an .xlsx workbook's sheets that hold an Excel formula error (<c>&lt;c t="e"&gt;&lt;f&gt;C5/D5&lt;/f&gt;&lt;v&gt;#DIV/0!&lt;/v&gt;&lt;/c&gt;</c>),
/// which ExcelDataReader gives as empty cells. A sheet is found by its name through <c>xl/workbook.xml</c> and its
/// relationships, and its XML is streamed once, forwards, when the sheet is read; only the error cells are kept.
/// The package has passed <see cref="ZipBombGuard"/> (a Strict Open XML one has been copied the ordinary way first), so
/// each part's size is bounded. What cannot be found or read here gives no error cells: whether the workbook is
/// readable is for ExcelDataReader to say.
/// </summary>
internal sealed class WorkbookErrorCells(Stream package) : IDisposable
{
    private const string WorkbookPart = "xl/workbook.xml";
    private const string WorkbookRelationships = "xl/_rels/workbook.xml.rels";

    private ZipArchive? _zip;
    private Dictionary<string, ZipArchiveEntry>? _entries;
    private Dictionary<string, string>? _sheetParts;

    /// <summary>The error cells of the sheet named <paramref name="sheet"/>; none when the sheet or its part is not found.</summary>
    public SheetErrorCells ForSheet(string sheet, CancellationToken ct)
    {
        try
        {
            _sheetParts ??= SheetParts();
            return _sheetParts.TryGetValue(sheet, out var part) && Entry(part) is { } entry && MayHoldErrors(entry, ct) ? Scan(entry, ct) : SheetErrorCells.None;
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException or NotSupportedException)
        {
            _sheetParts ??= [];
            return SheetErrorCells.None;
        }
    }

    public void Dispose() => _zip?.Dispose();

    /// <summary>Each sheet's name and the path of its part, as ExcelDataReader resolves it (a target under xl/, or from the root when it starts with /).</summary>
    private Dictionary<string, string> SheetParts()
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Entry(WorkbookRelationships) is not { } rels || Entry(WorkbookPart) is not { } workbook)
        {
            return [];
        }

        using (var stream = rels.Open())
        using (var xml = XmlReader.Create(stream, SafeXml.Structure))
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                    && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
                {
                    targets[id] = target.StartsWith('/') ? target[1..] : "xl/" + target;
                }
            }
        }

        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using (var stream = workbook.Open())
        using (var xml = XmlReader.Create(stream, SafeXml.Structure))
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.GetAttribute("name") is { } name
                    && RelationshipId(xml) is { } id && targets.TryGetValue(id, out var part))
                {
                    parts.TryAdd(name, part);
                }
            }
        }

        return parts;
    }

    /// <summary>The sheet element's r:id, whatever prefix its relationships namespace has.</summary>
    private static string? RelationshipId(XmlReader xml)
    {
        for (var moved = xml.MoveToFirstAttribute(); moved; moved = xml.MoveToNextAttribute())
        {
            if (xml.LocalName == "id" && xml.NamespaceURI.Length > 0)
            {
                var id = xml.Value;
                xml.MoveToElement();
                return id;
            }
        }

        xml.MoveToElement();
        return null;
    }

    /// <summary>
    /// Whether the part's bytes hold an error cell's type attribute (t="e", or t='e') at all. Error cells are rare, and a
    /// second parse of every sheet's XML besides ExcelDataReader's own read is dear: in one benchmark round at 2M rows the
    /// .xlsx ingest ran at 0.68 of the bare read with it, 0.81 with this search of the inflated bytes first
    /// (docs/performance.md). A sheet it finds nothing in has no error cell; one it finds the bytes in is parsed (<see cref="Scan"/>).
    /// </summary>
    internal static bool MayHoldErrors(ZipArchiveEntry entry, CancellationToken ct)
    {
        ReadOnlySpan<byte> doubleQuoted = "t=\"e\""u8;
        ReadOnlySpan<byte> singleQuoted = "t='e'"u8;
        var overlap = doubleQuoted.Length - 1;
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            using var stream = entry.Open();
            var kept = 0;
            int read;
            while ((read = stream.Read(buffer, kept, buffer.Length - kept)) > 0)
            {
                var window = buffer.AsSpan(0, kept + read);
                if (window.IndexOf(doubleQuoted) >= 0 || window.IndexOf(singleQuoted) >= 0)
                {
                    return true;
                }

                // Keep the last bytes in front of the next read, so an attribute split between two reads is still seen.
                kept = Math.Min(overlap, window.Length);
                window[^kept..].CopyTo(buffer);
                ct.ThrowIfCancellationRequested();
            }

            return false;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The error cells of a worksheet part. A row is placed by its r, else it follows the one before; a cell by the
    /// column of its r (H5), else it follows the one before, as ExcelDataReader places them.
    /// </summary>
    private static SheetErrorCells Scan(ZipArchiveEntry entry, CancellationToken ct)
    {
        var errors = new SheetErrorCells();
        using var stream = entry.Open();
        using var xml = XmlReader.Create(stream, SafeXml.Structure);
        var names = xml.NameTable!;
        var rowName = names.Add("row");
        var cellName = names.Add("c");
        var valueName = names.Add("v");
        int row = 0, column = -1, rowDepth = -1;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (ReferenceEquals(xml.LocalName, rowName))
            {
                row = int.TryParse(xml.GetAttribute("r"), out var number) && number > 0 ? number : row + 1;
                (column, rowDepth) = (-1, xml.Depth);
                if ((row & 0x3FF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }
            }
            else if (ReferenceEquals(xml.LocalName, cellName) && xml.Depth == rowDepth + 1)
            {
                column = ColumnOf(xml.GetAttribute("r")) ?? column + 1;
                if (xml.GetAttribute("t") == "e" && !xml.IsEmptyElement && ErrorValue(xml, valueName) is { } error)
                {
                    errors.Add(row, column, error);
                }
            }
        }

        return errors;
    }

    /// <summary>The cell's v, read to the cell's end; the error as one shared string where it is one Excel knows.</summary>
    private static string? ErrorValue(XmlReader xml, string valueName)
    {
        using var cell = xml.ReadSubtree();
        while (cell.Read())
        {
            if (cell.NodeType == XmlNodeType.Element && ReferenceEquals(cell.LocalName, valueName))
            {
                var text = cell.ReadElementContentAsString().Trim();
                return text.Length == 0 ? null : ExcelErrors.Known(text) ?? text;
            }
        }

        return null;
    }

    /// <summary>The 0-based column of a cell reference (H5 → 7); null when there is none or it is not one.</summary>
    internal static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var letters = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetter(ch))
            {
                break;
            }

            if (++letters > 3)
            {
                return null;
            }

            column = (column * 26) + (char.ToUpperInvariant(ch) - 'A' + 1);
        }

        return letters == 0 ? null : column - 1;
    }

    /// <summary>A part by its path, as ExcelDataReader finds it: exactly, else ignoring case and with \ read as /.</summary>
    private ZipArchiveEntry? Entry(string path)
    {
        _zip ??= new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        if (_zip.GetEntry(path) is { } exact)
        {
            return exact;
        }

        _entries ??= _zip.Entries
            .GroupBy(e => e.FullName.Replace('\\', '/'), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return _entries.GetValueOrDefault(path);
    }
}
