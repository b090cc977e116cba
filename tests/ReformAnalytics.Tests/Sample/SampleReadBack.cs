using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using ReformAnalytics.Sample;

namespace ReformAnalytics.Tests.Sample;

/// <summary>
/// Reads generated files back without the generator's code: CSV with its own small RFC 4180 parser in the
/// encoding the manifest names, workbooks by unzipping them and reading the sheet XML, an OpenDocument spreadsheet by
/// reading its content.xml, a Word return by reading the document's table XML; a file sent as a zip archive is read from
/// its entry.
/// </summary>
public static class SampleReadBack
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static SampleReadBack() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IReadOnlyList<ReadTable> Read(string root, SampleFile file)
    {
        var path = Path.Combine(root, file.FileName);
        using var content = Open(path, file.ArchiveEntry);
        var name = Path.GetFileName(file.ArchiveEntry ?? file.FileName);
        return file.Encoding switch
        {
            "xlsx" => ReadWorkbook(content, name),
            "docx" => [ReadDocx(content, name)],
            "ods" => [ReadOds(content, name)],
            _ => [ReadCsv(content, name, file.Encoding, file.Delimiter[0])],
        };
    }

    /// <summary>The file's bytes; for a file sent as a zip archive, those of its entry.</summary>
    public static Stream Open(string path, string? archiveEntry)
    {
        if (archiveEntry is null)
        {
            return new MemoryStream(File.ReadAllBytes(path));
        }

        using var zip = ZipFile.OpenRead(path);
        using var entry = zip.GetEntry(archiveEntry)!.Open();
        var copy = new MemoryStream();
        entry.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    /// <summary>The first table of a Word document: a paragraph per line, a cell spanning columns followed by empty ones.</summary>
    public static ReadTable ReadDocx(Stream content, string name)
    {
        using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        var document = Load(zip, "word/document.xml");
        var rows = new List<(int, ReadCell[])>();
        foreach (var row in document.Descendants(Word + "tbl").First().Elements(Word + "tr"))
        {
            var cells = new List<ReadCell>();
            foreach (var cell in row.Elements(Word + "tc"))
            {
                cells.Add(new ReadCell(string.Join("\n", cell.Elements(Word + "p").Select(p => string.Concat(p.Descendants(Word + "t").Select(t => t.Value))))));
                var span = (int?)cell.Element(Word + "tcPr")?.Element(Word + "gridSpan")?.Attribute(Word + "val") ?? 1;
                cells.AddRange(Enumerable.Repeat(new ReadCell(string.Empty), span - 1));
            }

            rows.Add((rows.Count + 1, cells.ToArray()));
        }

        return new ReadTable(name, string.Empty, rows);
    }

    /// <summary>
    /// The first sheet of an OpenDocument spreadsheet: a paragraph per line, a typed cell with its number (a date as Excel's
    /// day number, style 3; a percentage style 4), a covered cell of a merged block empty.
    /// </summary>
    public static ReadTable ReadOds(Stream content, string name)
    {
        XNamespace office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
        XNamespace table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
        XNamespace text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
        using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        var sheet = Load(zip, "content.xml").Descendants(table + "table").First();
        var rows = new List<(int, ReadCell[])>();
        foreach (var row in sheet.Elements(table + "table-row"))
        {
            var cells = new List<ReadCell>();
            foreach (var cell in row.Elements())
            {
                var shown = string.Join("\n", cell.Elements(text + "p").Select(p => p.Value));
                var value = (string?)cell.Attribute(office + "value");
                cells.Add((string?)cell.Attribute(office + "value-type") switch
                {
                    "float" => new ReadCell(shown, double.Parse(value!, CultureInfo.InvariantCulture)),
                    "percentage" => new ReadCell(shown, double.Parse(value!, CultureInfo.InvariantCulture), 4),
                    "date" => new ReadCell(shown, DateOnly.Parse((string)cell.Attribute(office + "date-value")!, CultureInfo.InvariantCulture).DayNumber - new DateOnly(1899, 12, 30).DayNumber, 3),
                    _ => new ReadCell(shown),
                });
            }

            rows.Add((rows.Count + 1, cells.ToArray()));
        }

        return new ReadTable(name, (string?)sheet.Attribute(table + "name") ?? string.Empty, rows);
    }

    public static Encoding EncodingOf(string name) => name switch
    {
        "utf-8" or "utf-8-bom" => new UTF8Encoding(false),
        "gb18030" => Encoding.GetEncoding("GB18030"),
        "utf-16le-bom" => new UnicodeEncoding(false, true),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name),
    };

    public static ReadTable ReadCsv(string path, string encoding, char delimiter)
    {
        using var content = File.OpenRead(path);
        return ReadCsv(content, Path.GetFileName(path), encoding, delimiter);
    }

    public static ReadTable ReadCsv(Stream content, string name, string encoding, char delimiter)
    {
        var text = new StreamReader(content, EncodingOf(encoding)).ReadToEnd();
        var rows = new List<(int, ReadCell[])>();
        var fields = new List<ReadCell>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (ch == delimiter)
            {
                fields.Add(new ReadCell(field.ToString()));
                field.Clear();
            }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(new ReadCell(field.ToString()));
                field.Clear();
                rows.Add((rows.Count + 1, fields.ToArray()));
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(new ReadCell(field.ToString()));
            rows.Add((rows.Count + 1, fields.ToArray()));
        }

        return new ReadTable(name, string.Empty, rows);
    }

    public static IReadOnlyList<ReadTable> ReadWorkbook(string path)
    {
        using var content = File.OpenRead(path);
        return ReadWorkbook(content, Path.GetFileName(path));
    }

    public static IReadOnlyList<ReadTable> ReadWorkbook(Stream content, string name)
    {
        using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        var book = Load(zip, "xl/workbook.xml");
        var rels = Load(zip, "xl/_rels/workbook.xml.rels");
        var tables = new List<ReadTable>();
        foreach (var sheet in book.Descendants(Main + "sheet"))
        {
            var id = (string)sheet.Attribute(Rel + "id")!;
            var target = rels.Root!.Elements().First(r => (string)r.Attribute("Id")! == id).Attribute("Target")!.Value;
            var xml = Load(zip, "xl/" + target);
            tables.Add(new ReadTable(name, (string)sheet.Attribute("name")!, Rows(xml)));
        }

        return tables;
    }

    /// <summary>Merged ranges of each sheet (A1:J1 …), by sheet name.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Merges(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var book = Load(zip, "xl/workbook.xml");
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var n = 0;
        foreach (var sheet in book.Descendants(Main + "sheet"))
        {
            n++;
            var xml = Load(zip, $"xl/worksheets/sheet{n}.xml");
            result[(string)sheet.Attribute("name")!] = xml.Descendants(Main + "mergeCell").Select(m => (string)m.Attribute("ref")!).ToArray();
        }

        return result;
    }

    /// <summary>Indexes (0-based) of the columns a sheet hides.</summary>
    public static IReadOnlyList<int> HiddenColumns(string path, int sheetNumber)
    {
        using var zip = ZipFile.OpenRead(path);
        var xml = Load(zip, $"xl/worksheets/sheet{sheetNumber}.xml");
        return xml.Descendants(Main + "col").Where(c => (string?)c.Attribute("hidden") == "1").Select(c => (int)c.Attribute("min")! - 1).ToArray();
    }

    private static List<(int, ReadCell[])> Rows(XDocument sheet)
    {
        var rows = new List<(int, ReadCell[])>();
        foreach (var row in sheet.Descendants(Main + "row"))
        {
            var number = int.Parse((string)row.Attribute("r")!, CultureInfo.InvariantCulture);
            var cells = new List<ReadCell>();
            foreach (var c in row.Elements(Main + "c"))
            {
                var column = ColumnIndex((string)c.Attribute("r")!);
                while (cells.Count < column)
                {
                    cells.Add(new ReadCell(string.Empty));
                }

                var style = (int?)c.Attribute("s") ?? 0;
                var inline = c.Element(Main + "is")?.Element(Main + "t")?.Value;
                var value = c.Element(Main + "v")?.Value;
                cells.Add(inline is not null ? new ReadCell(inline, null, style)
                    : value is not null ? new ReadCell(value, double.Parse(value, CultureInfo.InvariantCulture), style)
                    : new ReadCell(string.Empty, null, style));
            }

            rows.Add((number, cells.ToArray()));
        }

        return rows;
    }

    private static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetterUpper))
        {
            n = (n * 26) + (ch - 'A' + 1);
        }

        return n - 1;
    }

    private static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }
}
