using System.Text;

namespace ReformAnalytics.Tests.Support;

/// <summary>
/// RAR 5 archives as WinRAR writes them with "存储" (no compression), written here from the published format (no RAR
/// writer is free to use): the signature, a main archive header, one file header per file followed by its bytes, and
/// the end-of-archive header. Every header is CRC32 + size + fields, numbers as variable-length integers (7 bits a byte,
/// low bits first); names are UTF-8. <c>bsdtar -tvf</c> (libarchive, another reader than the one under test) lists and
/// unpacks such a file. <paramref name="declaredSizes"/> may say another unpacked size than the data holds, as a forged
/// header would.
/// </summary>
internal static class TestRar
{
    private static readonly byte[] Signature = [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0x00];

    public static void Write(string path, (string Name, string Content)[] files, IReadOnlyDictionary<string, long>? declaredSizes = null)
    {
        using var output = new MemoryStream();
        output.Write(Signature);
        Block(output, [.. Vint(1), .. Vint(0), .. Vint(0)]);                  // main archive header: type 1, no flags
        foreach (var (name, content) in files)
        {
            var data = new UTF8Encoding(false).GetBytes(content);
            var nameBytes = Encoding.UTF8.GetBytes(name);
            var unpacked = declaredSizes?.GetValueOrDefault(name, data.Length) ?? data.Length;
            byte[] fields =
            [
                .. Vint(2),                 // file header
                .. Vint(0x0002),            // a data area follows
                .. Vint((ulong)data.Length),
                .. Vint(0x0004),            // file flags: the data's CRC32 is given
                .. Vint((ulong)unpacked),
                .. Vint(0x20),              // attributes: an archived file
                .. BitConverter.GetBytes(Crc32(data)),
                .. Vint(0),                 // compression: version 0, method 0 (stored)
                .. Vint(0),                 // host OS: Windows
                .. Vint((ulong)nameBytes.Length),
                .. nameBytes,
            ];
            Block(output, fields);
            output.Write(data);
        }

        Block(output, [.. Vint(5), .. Vint(0), .. Vint(0)]);                  // end of archive
        File.WriteAllBytes(path, output.ToArray());
    }

    /// <summary>A header: CRC32 of the size and the fields, then the size, then the fields.</summary>
    private static void Block(Stream output, byte[] fields)
    {
        byte[] sized = [.. Vint((ulong)fields.Length), .. fields];
        output.Write(BitConverter.GetBytes(Crc32(sized)));
        output.Write(sized);
    }

    /// <summary>CRC-32 (the zip and RAR polynomial, reflected 0xEDB88320).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static byte[] Vint(ulong value)
    {
        var bytes = new List<byte>();
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);
        return [.. bytes];
    }
}
