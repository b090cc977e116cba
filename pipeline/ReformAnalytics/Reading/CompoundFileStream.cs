using System.Buffers.Binary;

namespace ReformAnalytics.Reading;

/// <summary>
/// One stream of an OLE2 compound file (the container of an .xls, [MS-CFB]), read whole: the header's FAT sectors (and
/// those the DIFAT chain lists), the directory, then the stream's chain of sectors, or of mini sectors for a stream under
/// the mini-stream cutoff. Every chain is bounded by the file's count of sectors, so a damaged or looping file ends the
/// read; anything that does not add up gives null, and whether the file is readable is for ExcelDataReader to say.
/// </summary>
internal static class CompoundFileStream
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const int DirectoryEntrySize = 128;
    private const int HeaderDifatEntries = 109;
    private const byte StreamEntry = 2;
    private const byte RootEntry = 5;

    /// <summary>The named stream's bytes (the first directory entry of that name, any case); null when there is none or the file does not add up.</summary>
    public static byte[]? Read(Stream file, string name)
    {
        try
        {
            file.Position = 0;
            Span<byte> header = stackalloc byte[512];
            if (file.Length < 512 || file.ReadAtLeast(header, 512, throwOnEndOfStream: false) < 512
                || BinaryPrimitives.ReadUInt64LittleEndian(header) != 0xE11AB1A1E011CFD0)
            {
                return null;
            }

            var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(header[0x1E..]);
            var miniShift = BinaryPrimitives.ReadUInt16LittleEndian(header[0x20..]);
            if (sectorShift is not (9 or 12) || miniShift != 6)
            {
                return null;
            }

            var compound = new Reader(file, 1 << sectorShift);
            var fat = compound.Fat(header);
            if (fat is null)
            {
                return null;
            }

            var directory = compound.Chain(fat, BinaryPrimitives.ReadUInt32LittleEndian(header[0x30..]), long.MaxValue);
            if (directory is null)
            {
                return null;
            }

            byte[]? root = null;
            for (var at = 0; at + DirectoryEntrySize <= directory.Length; at += DirectoryEntrySize)
            {
                var entry = directory.AsSpan(at, DirectoryEntrySize);
                var type = entry[0x42];
                var start = BinaryPrimitives.ReadUInt32LittleEndian(entry[0x74..]);
                var size = BinaryPrimitives.ReadUInt32LittleEndian(entry[0x78..]);
                if (type == RootEntry)
                {
                    root = entry.ToArray();
                    continue;
                }

                if (type != StreamEntry || !NameOf(entry).Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (size >= BinaryPrimitives.ReadUInt32LittleEndian(header[0x38..]))
                {
                    return compound.Chain(fat, start, size);
                }

                // A small stream lies in the mini stream: the root entry's chain, cut into 64-byte mini sectors by the mini FAT.
                if (root is null)
                {
                    return null;
                }

                var miniFat = compound.Chain(fat, BinaryPrimitives.ReadUInt32LittleEndian(header[0x3C..]), long.MaxValue);
                var container = compound.Chain(fat, BinaryPrimitives.ReadUInt32LittleEndian(root.AsSpan(0x74)), BinaryPrimitives.ReadUInt32LittleEndian(root.AsSpan(0x78)));
                return miniFat is null || container is null ? null : MiniChain(miniFat, container, start, size);
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or OverflowException)
        {
            return null;
        }
        finally
        {
            file.Position = 0;
        }
    }

    private static string NameOf(ReadOnlySpan<byte> entry)
    {
        var length = BinaryPrimitives.ReadUInt16LittleEndian(entry[0x40..]);
        return length is < 2 or > 64 ? string.Empty : System.Text.Encoding.Unicode.GetString(entry[..(length - 2)]);
    }

    private static byte[]? MiniChain(byte[] miniFat, byte[] container, uint start, uint size)
    {
        const int MiniSector = 64;
        var result = new byte[size];
        var sector = start;
        for (var done = 0; done < size; done += MiniSector)
        {
            var at = (long)sector * MiniSector;
            if (sector == EndOfChain || at + MiniSector > container.Length || 4L * sector + 4 > miniFat.Length)
            {
                return null;
            }

            container.AsSpan((int)at, Math.Min(MiniSector, (int)size - done)).CopyTo(result.AsSpan(done));
            sector = BinaryPrimitives.ReadUInt32LittleEndian(miniFat.AsSpan((int)(4 * sector)));
        }

        return result;
    }

    /// <summary>Sectors of a compound file read from its stream, the header's 512 bytes (a whole sector of 4,096 in version 4) before sector 0.</summary>
    private sealed class Reader(Stream file, int sectorSize)
    {
        /// <summary>How many sectors the file holds after its header: no chain is longer.</summary>
        private readonly long _sectors = (file.Length + sectorSize - 1) / sectorSize;

        /// <summary>The FAT: the sectors the header's DIFAT lists, then those of the DIFAT chain.</summary>
        public uint[]? Fat(ReadOnlySpan<byte> header)
        {
            var count = BinaryPrimitives.ReadUInt32LittleEndian(header[0x2C..]);
            if (count == 0 || count > _sectors)
            {
                return null;
            }

            var fatSectors = new List<uint>();
            for (var i = 0; i < HeaderDifatEntries && fatSectors.Count < count; i++)
            {
                fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(header[(0x4C + (4 * i))..]));
            }

            var difat = BinaryPrimitives.ReadUInt32LittleEndian(header[0x44..]);
            var perSector = (sectorSize / 4) - 1;
            var buffer = new byte[sectorSize];
            for (var hops = 0L; fatSectors.Count < count; hops++)
            {
                if (hops > _sectors || !ReadSector(difat, buffer))
                {
                    return null;
                }

                for (var i = 0; i < perSector && fatSectors.Count < count; i++)
                {
                    fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(4 * i)));
                }

                difat = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(4 * perSector));
            }

            var fat = new uint[fatSectors.Count * (sectorSize / 4)];
            for (var i = 0; i < fatSectors.Count; i++)
            {
                if (!ReadSector(fatSectors[i], buffer))
                {
                    return null;
                }

                for (var j = 0; j < sectorSize / 4; j++)
                {
                    fat[(i * (sectorSize / 4)) + j] = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(4 * j));
                }
            }

            return fat;
        }

        /// <summary>The bytes of the chain from <paramref name="start"/>, <paramref name="size"/> of them (all the chain's when it is long.MaxValue).</summary>
        public byte[]? Chain(uint[] fat, uint start, long size)
        {
            var whole = size == long.MaxValue;
            if (!whole && size > file.Length)
            {
                return null;
            }

            var result = new MemoryStream(whole ? sectorSize : (int)size);
            var buffer = new byte[sectorSize];
            var sector = start;
            for (var hops = 0L; whole ? sector != EndOfChain : result.Length < size; hops++)
            {
                if (hops > _sectors || sector >= fat.Length || !ReadSector(sector, buffer))
                {
                    return null;
                }

                result.Write(buffer, 0, whole ? sectorSize : (int)Math.Min(sectorSize, size - result.Length));
                sector = fat[sector];
            }

            return result.ToArray();
        }

        private bool ReadSector(uint sector, byte[] buffer)
        {
            // The last sector may be cut short (some programs leave it unpadded): what is missing reads as zeros.
            var at = ((long)sector + 1) * sectorSize;
            if (at >= file.Length)
            {
                return false;
            }

            file.Position = at;
            var read = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            buffer.AsSpan(read).Clear();
            return true;
        }
    }
}
