using System.IO.Compression;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// Checks an .xlsx package before ExcelDataReader opens it: the total unpacked size of its parts must stay under
/// <see cref="ReadOptions.MaxUnpackedBytes"/>, and no part bigger than <see cref="ReadOptions.CompressionRatioFloorBytes"/>
/// may unpack more than <see cref="ReadOptions.MaxCompressionRatio"/> times its packed size. The sizes checked
/// are those the zip's central directory declares; .NET's ZipArchive (which ExcelDataReader reads through) stops
/// each part's stream at its declared size, so a part cannot unpack to more than was checked here.
/// Also refuses a zip that is not a workbook and a truncated package (no central directory).
/// </summary>
internal static class ZipBombGuard
{
    public static void Check(Stream stream, string file, ReadOptions options)
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
                hasWorkbookPart |= entry.FullName.StartsWith("xl/", StringComparison.OrdinalIgnoreCase);
                var length = entry.Length;
                if (length > options.MaxUnpackedBytes - total)
                {
                    var reported = length > long.MaxValue - total ? long.MaxValue : total + length;
                    throw new LedgerInputException(file, ReadingMessages.TooLargeUnpacked(reported, options.MaxUnpackedBytes), value: entry.FullName);
                }

                total += length;
                var packed = Math.Max(entry.CompressedLength, 1);
                if (length > options.CompressionRatioFloorBytes && length > packed * options.MaxCompressionRatio)
                {
                    throw new LedgerInputException(file, ReadingMessages.CompressionRatio(entry.FullName, length / (double)packed, options.MaxCompressionRatio), value: entry.FullName);
                }
            }

            if (!hasTypes || !hasWorkbookPart)
            {
                throw new LedgerInputException(file, ReadingMessages.NotAWorkbook);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new LedgerInputException(file, ReadingMessages.WorkbookCorrupt, inner: ex);
        }

        stream.Position = 0;
    }
}
