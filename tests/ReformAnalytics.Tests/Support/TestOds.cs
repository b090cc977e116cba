using System.IO.Compression;
using System.Text;

namespace ReformAnalytics.Tests.Support;

/// <summary>
/// OpenDocument spreadsheets written by hand: the package (its mimetype entry first and stored, as the format requires)
/// around a <c>content.xml</c> whose automatic styles and body the test gives as XML.
/// </summary>
internal static class TestOds
{
    private const string Namespaces =
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        + "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"";

    public static byte[] Package(string styles, string body)
    {
        var content = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content {Namespaces}>"
            + $"<office:automatic-styles>{styles}</office:automatic-styles><office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>";
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", CompressionLevel.NoCompression);
            Add(zip, "content.xml", content, CompressionLevel.Optimal);
            Add(zip, "META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>", CompressionLevel.Optimal);
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text, CompressionLevel level)
    {
        using var entry = zip.CreateEntry(name, level).Open();
        entry.Write(new UTF8Encoding(false).GetBytes(text));
    }
}
