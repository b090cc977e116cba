using System.IO.Compression;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// Checks an .xlsx package before ExcelDataReader opens it: the total unpacked size of its parts must stay under
/// <see cref="ReadOptions.MaxUnpackedBytes"/>, and no part bigger than <see cref="ReadOptions.CompressionRatioFloorBytes"/>
/// may unpack more than <see cref="ReadOptions.MaxCompressionRatio"/> times its packed size. The sizes checked
/// are those the zip's central directory declares; .NET's ZipArchive (which ExcelDataReader reads through) stops
/// each part's stream at its declared size, so a part cannot unpack to more than was checked here.
/// Also refuses a zip that is not a workbook and a truncated package (no central directory). Word documents are checked alike.
/// </summary>
internal static class ZipBombGuard
{
    public static void Check(Stream stream, string file, ReadOptions options) =>
        Check(stream, file, options, "xl/", ReadingMessages.NotAWorkbook, ReadingMessages.WorkbookCorrupt);

    /// <summary>
    /// The same for any Open XML package whose main parts are under <paramref name="mainParts"/> (word/ for a Word document):
    /// <paramref name="notThisKind"/> when it has none, <paramref name="corrupt"/> when the zip is broken.
    /// </summary>
    public static void Check(Stream stream, string file, ReadOptions options, string mainParts, string notThisKind, string corrupt)
    {
        stream.Position = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            var hasTypes = false;
            var hasWorkbookPart = false;
            foreach (var entry in zip.Entries)
            {
                hasTypes |= entry.FullName.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase);
                hasWorkbookPart |= entry.FullName.StartsWith(mainParts, StringComparison.OrdinalIgnoreCase);
                var length = entry.Length;
                switch (Breach(entry, total, options))
                {
                    case ZipBreach.Size:
                        var reported = length > long.MaxValue - total ? long.MaxValue : total + length;
                        throw new LedgerInputException(file, ReadingMessages.TooLargeUnpacked(reported, options.MaxUnpackedBytes), value: entry.FullName);
                    case ZipBreach.Ratio:
                        throw new LedgerInputException(file, ReadingMessages.CompressionRatio(entry.FullName, Ratio(entry), options.MaxCompressionRatio), value: entry.FullName);
                }

                total += length;
            }

            if (!hasTypes || !hasWorkbookPart)
            {
                throw new LedgerInputException(file, notThisKind);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new LedgerInputException(file, corrupt, inner: ex);
        }

        stream.Position = 0;
    }

    /// <summary>Whether the zip package in <paramref name="stream"/> breaks the limits of <paramref name="options"/> (false for a broken zip: its reader says so).</summary>
    public static bool Breaches(Stream stream, ReadOptions options)
    {
        stream.Position = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (Breach(entry, total, options) != ZipBreach.None)
                {
                    return true;
                }

                total += entry.Length;
            }

            return false;
        }
        catch (InvalidDataException)
        {
            return false;
        }
        finally
        {
            stream.Position = 0;
        }
    }

    /// <summary>
    /// Whether unpacking <paramref name="entry"/> after <paramref name="unpacked"/> bytes already unpacked breaks the
    /// limits of <paramref name="options"/>: in all (<see cref="ReadOptions.MaxUnpackedBytes"/>), or by its packing
    /// (<see cref="ReadOptions.MaxCompressionRatio"/>, for entries over <see cref="ReadOptions.CompressionRatioFloorBytes"/>).
    /// The sizes are those the central directory declares. Used for a workbook's parts and an archive's files alike.
    /// </summary>
    internal static ZipBreach Breach(ZipArchiveEntry entry, long unpacked, ReadOptions options) =>
        Breach(entry.Length, entry.CompressedLength, unpacked, options);

    /// <summary>The same for an entry of <paramref name="length"/> bytes packed into <paramref name="packed"/> (any kind of archive).</summary>
    internal static ZipBreach Breach(long length, long packed, long unpacked, ReadOptions options) =>
        length > options.MaxUnpackedBytes - unpacked ? ZipBreach.Size
            : length > options.CompressionRatioFloorBytes && Ratio(length, packed) > options.MaxCompressionRatio ? ZipBreach.Ratio
            : ZipBreach.None;

    internal static double Ratio(ZipArchiveEntry entry) => Ratio(entry.Length, entry.CompressedLength);

    internal static double Ratio(long length, long packed) => length / (double)Math.Max(packed, 1);
}

/// <summary>Which limit a zip entry breaks, if any.</summary>
internal enum ZipBreach
{
    None,
    Size,
    Ratio,
}
