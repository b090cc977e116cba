using System.IO.Compression;
using System.Text;

namespace ReformAnalytics.Reading;

/// <summary>
/// A workbook saved by Excel as "Strict Open XML 电子表格" (ISO/IEC 29500 strict) writes its parts under other namespace
/// and relationship names (<c>http://purl.oclc.org/ooxml/…</c>) than an ordinary .xlsx. ExcelDataReader knows only the
/// ordinary ones and would see a workbook without sheets. Such a package is copied with the strict names of the parts
/// that hold cells (workbook, sheets, shared strings, styles and their relationships) written the ordinary way; nothing
/// else in it changes. Called after <see cref="ZipBombGuard"/>, so each part's size is bounded; parts are copied as
/// streams, never held whole.
/// </summary>
internal static class StrictOpenXml
{
    /// <summary>Strict names and their ordinary (transitional) counterparts; no strict name is a prefix of another's match.</summary>
    private static readonly (byte[] Strict, byte[] Transitional)[] Names =
    [
        Pair("http://purl.oclc.org/ooxml/spreadsheetml/main", "http://schemas.openxmlformats.org/spreadsheetml/2006/main"),
        Pair("http://purl.oclc.org/ooxml/officeDocument/relationships", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        Pair("http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main"),
    ];

    private static readonly byte[] StrictMark = Encoding.ASCII.GetBytes("http://purl.oclc.org/ooxml/");

    /// <summary>Whether the package's root relationships point to its workbook the strict way.</summary>
    public static bool IsStrict(Stream stream)
    {
        stream.Position = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var rels = zip.GetEntry("_rels/.rels");
            if (rels is null || rels.Length > 1 << 20)
            {
                return false;
            }

            using var reader = rels.Open();
            using var buffer = new MemoryStream();
            reader.CopyTo(buffer);
            return buffer.GetBuffer().AsSpan(0, (int)buffer.Length).IndexOf(StrictMark) >= 0;
        }
        finally
        {
            stream.Position = 0;
        }
    }

    /// <summary>The package with its XML parts' strict names written the ordinary way, as a new stream at position 0.</summary>
    public static Stream ToTransitional(Stream stream)
    {
        stream.Position = 0;
        var copy = new MemoryStream();
        using (var source = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(copy, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var written = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                using var input = entry.Open();
                using var output = written.Open();
                if (IsXml(entry.FullName))
                {
                    Rename(input, output);
                }
                else
                {
                    input.CopyTo(output);
                }
            }
        }

        stream.Position = 0;
        copy.Position = 0;
        return copy;
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Copies <paramref name="input"/> to <paramref name="output"/> with every strict name replaced. A name cut by a
    /// read's end is kept back until the next read completes it: the tail shorter than the longest name is carried over.
    /// </summary>
    internal static void Rename(Stream input, Stream output)
    {
        var longest = Names.Max(n => n.Strict.Length);
        var buffer = new byte[(1 << 16) + longest];
        var held = 0;
        while (true)
        {
            var read = input.Read(buffer, held, buffer.Length - held);
            var length = held + read;
            var end = read == 0 ? length : Math.Max(0, length - (longest - 1));
            var at = 0;
            while (at < end)
            {
                var next = buffer.AsSpan(at, length - at).IndexOf(StrictMark);
                if (next < 0 || at + next >= end)
                {
                    output.Write(buffer, at, end - at);
                    at = end;
                    break;
                }

                output.Write(buffer, at, next);
                at += next;
                var name = Names.FirstOrDefault(n => buffer.AsSpan(at, length - at).StartsWith(n.Strict));
                if (name.Strict is null)
                {
                    // Another strict name (a part this tool does not read): kept as written.
                    output.Write(buffer, at, StrictMark.Length);
                    at += StrictMark.Length;
                    continue;
                }

                output.Write(name.Transitional);
                at += name.Strict.Length;
            }

            if (read == 0)
            {
                return;
            }

            held = length - at;
            Buffer.BlockCopy(buffer, at, buffer, 0, held);
        }
    }

    private static (byte[] Strict, byte[] Transitional) Pair(string strict, string transitional) =>
        (Encoding.ASCII.GetBytes(strict), Encoding.ASCII.GetBytes(transitional));
}
