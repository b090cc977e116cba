using System.IO.Compression;
using System.Text;
using System.Xml;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Sample.Export;

/// <summary>
/// One XML part of a zipped office file the sample writes (an .ods's content.xml, a .docx's word/document.xml): compressed,
/// dated as every entry the sample writes so the files come out byte for byte the same, UTF-8 without a byte order mark.
/// </summary>
internal static class XmlZipEntry
{
    /// <summary>UTF-8 without a byte order mark, for the parts and for the archive's entry names.</summary>
    public static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes the part <paramref name="name"/>; <paramref name="standalone"/> puts standalone="yes" in its declaration, as Word writes it.</summary>
    public static void Write(ZipArchive zip, string name, bool standalone, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = XlsxWriter.EntryTime;
        using var stream = entry.Open();
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = Utf8 });
        if (standalone)
        {
            writer.WriteStartDocument(standalone: true);
        }
        else
        {
            writer.WriteStartDocument();
        }

        write(writer);
        writer.WriteEndDocument();
    }
}
