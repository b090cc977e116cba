using System.Text;

namespace ReformAnalytics.Reading;

/// <summary>Tells a file's kind from its first bytes.</summary>
internal static class FileSniffer
{
    private static readonly string[] HtmlStarts = ["<!doctype html", "<html", "<table", "<meta", "mime-version:"];

    public static FileKind Sniff(Stream stream)
    {
        stream.Position = 0;
        Span<byte> head = stackalloc byte[512];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        head = head[..read];
        if (read == 0)
        {
            return FileKind.Empty;
        }

        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8))
        {
            // An OpenDocument package begins with its mimetype entry, stored: the name at byte 30, the type after it.
            return head.Length > 38 && head[30..].StartsWith("mimetype"u8) && head[38..].StartsWith("application/vnd.oasis.opendocument.spreadsheet"u8)
                ? FileKind.OpenDocument
                : FileKind.OpenXml;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return FileKind.Compound;
        }

        if (head.StartsWith("%PDF"u8))
        {
            return FileKind.Pdf;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        var start = Encoding.Latin1.GetString(head).TrimStart().ToLowerInvariant();
        if (start.StartsWith("<?xml", StringComparison.Ordinal)
            && (start.Contains("progid=\"excel.sheet\"", StringComparison.Ordinal) || start.Contains("urn:schemas-microsoft-com:office:spreadsheet", StringComparison.Ordinal)))
        {
            return FileKind.SpreadsheetXml;
        }

        return HtmlStarts.Any(h => start.StartsWith(h, StringComparison.Ordinal)) ? FileKind.Html : FileKind.Text;
    }
}
