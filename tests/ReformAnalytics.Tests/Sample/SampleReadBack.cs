using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using ReformAnalytics.Sample;

namespace ReformAnalytics.Tests.Sample;

/// <summary>
/// Reads generated files back without the generator's code: CSV with its own small RFC 4180 parser in the
/// encoding the manifest names, workbooks by unzipping them and reading the sheet XML.
/// </summary>
public static class SampleReadBack
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    static SampleReadBack() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IReadOnlyList<ReadTable> Read(string root, SampleFile file)
    {
        var path = Path.Combine(root, file.FileName);
        return file.Encoding == "xlsx" ? ReadWorkbook(path) : [ReadCsv(path, file.Encoding, file.Delimiter[0])];
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
        var text = File.ReadAllText(path, EncodingOf(encoding));
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

        return new ReadTable(Path.GetFileName(path), string.Empty, rows);
    }

    public static IReadOnlyList<ReadTable> ReadWorkbook(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var book = Load(zip, "xl/workbook.xml");
        var rels = Load(zip, "xl/_rels/workbook.xml.rels");
        var tables = new List<ReadTable>();
        foreach (var sheet in book.Descendants(Main + "sheet"))
        {
            var id = (string)sheet.Attribute(Rel + "id")!;
            var target = rels.Root!.Elements().First(r => (string)r.Attribute("Id")! == id).Attribute("Target")!.Value;
            var xml = Load(zip, "xl/" + target);
            tables.Add(new ReadTable(Path.GetFileName(path), (string)sheet.Attribute("name")!, Rows(xml)));
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
