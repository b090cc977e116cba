using System.IO.Compression;
using System.Xml;

namespace ReformAnalytics.Xlsx;

/// <summary>
/// Tells the workbooks ReformAnalytics writes for the office (the issue list of reform validate, the quarter's lists,
/// the risk list, metrics and dashboard downloads) from ledgers: their properties name <see cref="XlsxWriter.OurApplication"/>
/// as the application, and they hold a hidden workbook name, <see cref="MarkerName"/>. Opened and saved again in Excel
/// or WPS, the properties name that program instead, but the name is kept. Kept in a folder of ledgers (reform validate
/// writes its issue list into the current folder), such a file is left out of ingest instead of refusing the run as
/// "not a ledger", or, worse, being read as one: the risk list has the columns of a ledger, and a folder's name may say
/// a ledger and a month.
/// </summary>
public static class OwnWorkbook
{
    internal const string PropertiesPart = "docProps/app.xml";

    /// <summary>The hidden workbook name (defined name) ReformAnalytics writes into its workbooks.</summary>
    public const string MarkerName = "ReformAnalytics.Output";

    private const string WorkbookPart = "xl/workbook.xml";

    private const string OdsTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit };

    /// <summary>
    /// Whether <paramref name="path"/> is an .xlsx ReformAnalytics wrote, saved again or not, or one saved again as .ods (LibreOffice
    /// keeps the name as a named expression), or a report or 督办单 it wrote as .docx (its category); false for anything it cannot read.
    /// </summary>
    public static bool IsOurs(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".xlsx" or ".xlsm" or ".ods" or ".docx"))
        {
            return false;
        }

        try
        {
            using var zip = ZipFile.OpenRead(path);
            return extension switch
            {
                ".ods" => HasOdsMarker(zip),
                ".docx" => HasDocxMarker(zip),
                _ => NamesUs(zip) || HasMarker(zip),
            };
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or UnauthorizedAccessException)
        {
            // Not a readable zip or properties part: the reader says what is wrong with it, if anything.
            return false;
        }
    }

    /// <summary>The properties name ReformAnalytics as the application.</summary>
    private static bool NamesUs(ZipArchive zip) =>
        FirstAnswer(zip, PropertiesPart, 1 << 16, r => r.LocalName == "Application"
            ? string.Equals(r.ReadElementContentAsString().Trim(), XlsxWriter.OurApplication, StringComparison.Ordinal)
            : null);

    /// <summary>The workbook holds the name <see cref="MarkerName"/>; its part is read up to its names, within 4 MB.</summary>
    private static bool HasMarker(ZipArchive zip) =>
        FirstAnswer(zip, WorkbookPart, 4 << 20, r => r.LocalName == "definedName" && string.Equals(r.GetAttribute("name"), MarkerName, StringComparison.OrdinalIgnoreCase)
            ? true
            : null);

    /// <summary>The spreadsheet's named expressions, after its tables, hold <see cref="MarkerName"/>; its content is read within 64 MB.</summary>
    private static bool HasOdsMarker(ZipArchive zip) =>
        FirstAnswer(zip, "content.xml", 64 << 20, r => r.LocalName is "named-expression" or "named-range"
            && string.Equals(r.GetAttribute("name", OdsTable), MarkerName, StringComparison.OrdinalIgnoreCase)
            ? true
            : null);

    /// <summary>
    /// A Word document's category is <see cref="MarkerName"/>, as the reports and 督办单 write it. The core properties are where
    /// the package's relationships say: docProps/core.xml as Word and WPS save them, a .psmdcp part as .NET's packaging writes them.
    /// </summary>
    private static bool HasDocxMarker(ZipArchive zip)
    {
        string? core = null;
        FirstAnswer(zip, "_rels/.rels", 1 << 16, r =>
        {
            if (r.LocalName == "Relationship" && r.GetAttribute("Type")?.EndsWith("/metadata/core-properties", StringComparison.Ordinal) == true)
            {
                core = r.GetAttribute("Target")?.TrimStart('/');
                return true;
            }

            return null;
        });
        return FirstAnswer(zip, core ?? "docProps/core.xml", 1 << 16, r => r.LocalName == "category"
            ? string.Equals(r.ReadElementContentAsString().Trim(), MarkerName, StringComparison.Ordinal)
            : null);
    }

    /// <summary>Reads a part's elements until <paramref name="answer"/> gives one; false when the part is missing, larger than <paramref name="maxBytes"/>, or gives none.</summary>
    private static bool FirstAnswer(ZipArchive zip, string part, long maxBytes, Func<XmlReader, bool?> answer)
    {
        var entry = zip.GetEntry(part);
        if (entry is null || entry.Length > maxBytes)
        {
            return false;
        }

        using var reader = XmlReader.Create(entry.Open(), Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && answer(reader) is { } found)
            {
                return found;
            }
        }

        return false;
    }
}
