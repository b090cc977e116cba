using System.Text;
using System.Text.Unicode;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// Tells the encoding of a CSV/TXT file, never assuming: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE) wins;
/// without one, zero bytes on odd (even) positions mean UTF-16 LE (BE); otherwise the first 64 KB are checked as
/// strict UTF-8, and failing that as strict GB18030 (a superset of GBK and GB2312, what WPS and Chinese Excel save).
/// A start that is valid UTF-8 but plain ASCII proves nothing: UTF-8 is then a guess, and the reader starts again
/// as GB18030 if a later byte is not UTF-8. Every decoder is strict, so a file is never silently misread. A file
/// that is none of these, or looks binary, is refused.
/// </summary>
internal static class TextEncodingDetector
{
    private const int SampleBytes = 1 << 16;

    public static DetectedEncoding Detect(Stream stream, string file)
    {
        stream.Position = 0;
        var head = new byte[SampleBytes];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var sample = head.AsSpan(0, read);
        var whole = read < SampleBytes;

        var bom = FromByteOrderMark(sample);
        if (bom is not null)
        {
            if (read == bom.PreambleLength)
            {
                throw new LedgerInputException(file, ReadingMessages.EmptyFile);
            }

            return bom;
        }

        var utf16 = FromZeroBytes(sample, file);
        if (utf16 is not null)
        {
            return utf16;
        }

        if (LooksBinary(sample))
        {
            throw new LedgerInputException(file, ReadingMessages.Undecodable);
        }

        if (Utf8.IsValid(sample[..CompletePrefixLength(sample, whole)]))
        {
            return new DetectedEncoding(new UTF8Encoding(false, true), 0, "UTF-8", IsGuess: !whole && Ascii.IsValid(sample));
        }

        return Gb18030(sample, whole, file);
    }

    /// <summary>GB18030, after checking the sample decodes strictly.</summary>
    public static DetectedEncoding Gb18030(ReadOnlySpan<byte> sample, bool whole, string file)
    {
        var gb = CodePages.StrictGb18030();
        try
        {
            gb.GetDecoder().GetCharCount(sample, flush: whole);
        }
        catch (DecoderFallbackException ex)
        {
            throw new LedgerInputException(file, ReadingMessages.Undecodable, inner: ex);
        }

        return new DetectedEncoding(gb, 0, "GB18030");
    }

    private static DetectedEncoding? FromByteOrderMark(ReadOnlySpan<byte> s)
    {
        if (s.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DetectedEncoding(new UTF8Encoding(false, true), 3, "UTF-8");
        }

        if (s.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new DetectedEncoding(new UTF32Encoding(false, false, true), 4, "UTF-32");
        }

        if (s.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DetectedEncoding(new UnicodeEncoding(false, false, true), 2, "UTF-16");
        }

        return s.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            ? new DetectedEncoding(new UnicodeEncoding(true, false, true), 2, "UTF-16")
            : null;
    }

    /// <summary>
    /// UTF-8 and GB18030 text never holds a zero byte. UTF-16 text of a CSV does: every delimiter, digit and line
    /// break has one, in the high byte (odd positions for little-endian). Zero bytes on both positions alike mean
    /// a binary file.
    /// </summary>
    private static DetectedEncoding? FromZeroBytes(ReadOnlySpan<byte> s, string file)
    {
        int even = 0, odd = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == 0)
            {
                if ((i & 1) == 0)
                {
                    even++;
                }
                else
                {
                    odd++;
                }
            }
        }

        if (even + odd == 0)
        {
            return null;
        }

        if (odd > 4 * even)
        {
            return new DetectedEncoding(new UnicodeEncoding(false, false, true), 0, "UTF-16");
        }

        if (even > 4 * odd)
        {
            return new DetectedEncoding(new UnicodeEncoding(true, false, true), 0, "UTF-16");
        }

        throw new LedgerInputException(file, ReadingMessages.Undecodable);
    }

    /// <summary>Control characters other than tab, line breaks, form feed and the DOS end mark in more than 1% of bytes.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> s)
    {
        var controls = 0;
        foreach (var b in s)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1A))
            {
                controls++;
            }
        }

        return controls * 100L > s.Length;
    }

    /// <summary>The length of <paramref name="s"/> without a UTF-8 sequence cut off at its end (unless it is the whole file).</summary>
    private static int CompletePrefixLength(ReadOnlySpan<byte> s, bool whole)
    {
        if (whole)
        {
            return s.Length;
        }

        for (var k = 1; k <= Math.Min(3, s.Length); k++)
        {
            var b = s[^k];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return need > k ? s.Length - k : s.Length;
        }

        return s.Length;
    }
}
