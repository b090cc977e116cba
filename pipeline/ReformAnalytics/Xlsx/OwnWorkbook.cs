using System.IO.Compression;
using System.Xml;

namespace ReformAnalytics.Xlsx;

/// <summary>
/// Tells the workbooks ReformAnalytics writes for the office (the issue list of reform validate, the quarter's lists,
/// the risk list, metrics and dashboard downloads) from ledgers: their properties name <see cref="XlsxWriter.OurApplication"/>
/// as the application. Kept in a folder of ledgers (reform validate writes its issue list into the current folder), such
/// a file is left out of ingest instead of refusing the run as "not a ledger".
/// </summary>
public static class OwnWorkbook
{
    internal const string PropertiesPart = "docProps/app.xml";

    /// <summary>Whether <paramref name="path"/> is an .xlsx whose properties name ReformAnalytics; false for anything it cannot read.</summary>
    public static bool IsOurs(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Path.GetExtension(path).ToLowerInvariant() is not (".xlsx" or ".xlsm"))
        {
            return false;
        }

        try
        {
            using var zip = ZipFile.OpenRead(path);
            var entry = zip.GetEntry(PropertiesPart);
            if (entry is null || entry.Length > 1 << 16)
            {
                return false;
            }

            using var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Application")
                {
                    return string.Equals(reader.ReadElementContentAsString().Trim(), XlsxWriter.OurApplication, StringComparison.Ordinal);
                }
            }

            return false;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or UnauthorizedAccessException)
        {
            // Not a readable zip or properties part: the reader says what is wrong with it, if anything.
            return false;
        }
    }
}
