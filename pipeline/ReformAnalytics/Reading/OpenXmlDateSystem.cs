using System.IO.Compression;
using System.Xml;

namespace ReformAnalytics.Reading;

/// <summary>
/// Whether an .xlsx workbook counts its dates from 1904 (<c>&lt;workbookPr date1904="1"/&gt;</c> in <c>xl/workbook.xml</c>,
/// as Excel for Mac long saved them) rather than from 1900. ExcelDataReader heeds it for the dates it converts; a number
/// converted here (a cell in one of Chinese Excel's built-in date formats, <see cref="ExcelCellConverter"/>) needs it too,
/// or the date comes out 1,462 days (four years and a day) early. Only the workbook part is read, up to its workbookPr; a
/// part that cannot be read says 1900, as Excel's default, and whether the workbook is readable is for ExcelDataReader to say.
/// </summary>
internal static class OpenXmlDateSystem
{
    public static bool Uses1904(Stream package)
    {
        package.Position = 0;
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            var workbook = zip.GetEntry("xl/workbook.xml")
                ?? zip.Entries.FirstOrDefault(e => e.FullName.Replace('\\', '/').Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase));
            if (workbook is null)
            {
                return false;
            }

            using var stream = workbook.Open();
            using var xml = XmlReader.Create(stream, SafeXml.Structure);
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (xml.LocalName == "workbookPr")
                {
                    return xml.GetAttribute("date1904") is "1" or "true";
                }

                if (xml.LocalName == "sheets")
                {
                    // workbookPr comes before the sheets, where it is written at all.
                    return false;
                }
            }

            return false;
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException or NotSupportedException)
        {
            return false;
        }
        finally
        {
            package.Position = 0;
        }
    }
}
