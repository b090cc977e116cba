using System.IO.Compression;
using System.Text;

namespace ReformAnalytics.Tests.Support;

/// <summary>Zip archives as units' tools write them: names in a given encoding, the UTF-8 flag cleared, entries marked encrypted.</summary>
internal static class TestZip
{
    public static Encoding Gbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(936);
    }

    public static void Write(string path, Encoding names, (string Name, object? Content)[] entries, bool clearUtf8Flag = false, bool encrypt = false)
    {
        using var stream = new MemoryStream();
        Write(stream, names, entries, clearUtf8Flag, encrypt);
        File.WriteAllBytes(path, stream.ToArray());
    }

    /// <summary>
    /// A zip whose names are written in <paramref name="names"/>; .NET sets the UTF-8 flag only for UTF-8, and
    /// <paramref name="clearUtf8Flag"/> clears it afterwards as a Mac leaves it. <paramref name="encrypt"/> sets the
    /// "encrypted" flag of every entry, which is all a reader sees of a password before it asks for one.
    /// </summary>
    public static void Write(Stream stream, Encoding names, (string Name, object? Content)[] entries, bool clearUtf8Flag = false, bool encrypt = false)
    {
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: names))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                using var w = entry.Open();
                var bytes = content switch
                {
                    null => [],
                    string text => new UTF8Encoding(false).GetBytes(text),
                    _ => (byte[])content,
                };
                w.Write(bytes);
            }
        }

        if (clearUtf8Flag || encrypt)
        {
            var buffer = ((MemoryStream)stream).GetBuffer();
            for (var i = 0; i + 10 < stream.Length; i++)
            {
                // Local header PK\3\4: flags at +6; central directory PK\1\2: flags at +8.
                var flags = buffer[i] == 'P' && buffer[i + 1] == 'K' && buffer[i + 2] == 3 && buffer[i + 3] == 4 ? i + 6
                    : buffer[i] == 'P' && buffer[i + 1] == 'K' && buffer[i + 2] == 1 && buffer[i + 3] == 2 ? i + 8 : -1;
                if (flags < 0)
                {
                    continue;
                }

                if (clearUtf8Flag)
                {
                    buffer[flags + 1] &= 0xF7; // bit 11
                }

                if (encrypt)
                {
                    buffer[flags] |= 0x01; // bit 0
                }
            }
        }

        stream.Position = 0;
    }
}
