using System.Buffers.Binary;
using System.Text;

namespace ReformAnalytics.Tests.Reading;

/// <summary>
/// Writes a minimal BIFF8 .xls (Excel 97–2003) for tests, since nothing here can produce one: an OLE2 compound
/// file holding one "Workbook" stream with globals (BOF, CODEPAGE, three cell formats: general, date (built-in
/// format 14) and percent (built-in 9), BOUNDSHEET per sheet, SST, EOF), then per sheet BOF, COLINFO for hidden
/// columns, DIMENSIONS, ROW for hidden rows, LABELSST / NUMBER cells, MERGEDCELLS and EOF. Small workbooks only (one FAT sector, one
/// SST record). Cell values: string, double, <see cref="DateOnly"/>, <see cref="BiffPercent"/>, <see cref="BiffNumberFormat"/>
/// (a cell format of its built-in id, after the three) or <see cref="BiffError"/> (a FORMULA or BOOLERR record). With
/// <see cref="Date1904"/> the globals hold DATEMODE 1 (dates count from 1904; a <see cref="DateOnly"/> is still written from 1900).
/// With <see cref="Biff5"/>, an Excel 95 workbook instead ([MS-XLS] and the BIFF5 notes of OpenOffice's "Excel File Format"):
/// a stream named Book, BOF version 0x0500, CODEPAGE 936 (GBK) with sheet names and texts as GBK bytes (a BOUNDSHEET's name
/// a count and its bytes, a text cell a LABEL record: no SST), 16-byte XF and 10-byte DIMENSIONS records, and no merged cells.
/// </summary>
internal sealed class BiffWorkbookWriter
{
    private const int Sector = 512;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FreeSector = 0xFFFFFFFF;
    private const uint FatSector = 0xFFFFFFFD;
    private readonly List<Sheet> _sheets = [];

    public bool Date1904 { get; set; }

    /// <summary>Write an Excel 95 (BIFF5) workbook rather than a BIFF8 one.</summary>
    public bool Biff5 { get; set; }

    private static Encoding Gbk
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(936);
        }
    }

    /// <summary>The cell formats: general, date (14), percent (9), then each built-in id a <see cref="BiffNumberFormat"/> asks for.</summary>
    private List<ushort> Formats() =>
        [0, 14, 9, .. _sheets.SelectMany(s => s.Cells.Values).OfType<BiffNumberFormat>().Select(f => f.FormatId).Distinct().Order()];

    public Sheet AddSheet(string name)
    {
        var sheet = new Sheet(name);
        _sheets.Add(sheet);
        return sheet;
    }

    public byte[] ToBytes() => Compound(WorkbookStream(), Biff5 ? "Book" : "Workbook");

    private byte[] WorkbookStream()
    {
        var strings = new List<string>();
        var stringIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in _sheets.SelectMany(s => s.Cells.Values).OfType<string>())
        {
            if (stringIndex.TryAdd(text, strings.Count))
            {
                strings.Add(text);
            }
        }

        var formats = Formats();
        var sheetStreams = _sheets.Select(s => SheetStream(s, stringIndex, formats, Biff5)).ToList();
        var globals = Globals(strings, new int[_sheets.Count]);
        var offsets = new int[_sheets.Count];
        var position = globals.Length;
        for (var i = 0; i < _sheets.Count; i++)
        {
            offsets[i] = position;
            position += sheetStreams[i].Length;
        }

        var all = new MemoryStream();
        all.Write(Globals(strings, offsets));
        foreach (var s in sheetStreams)
        {
            all.Write(s);
        }

        return all.ToArray();
    }

    private byte[] Globals(List<string> strings, int[] offsets)
    {
        var w = new MemoryStream();
        Bof(w, 0x0005, Biff5);
        Record(w, 0x0042, U16(Biff5 ? 936 : 1200));
        if (Date1904)
        {
            Record(w, 0x0022, U16(1));
        }

        foreach (var format in Formats())
        {
            var xf = new byte[Biff5 ? 16 : 20];
            BinaryPrimitives.WriteUInt16LittleEndian(xf.AsSpan(2), format);
            BinaryPrimitives.WriteUInt16LittleEndian(xf.AsSpan(4), 0x0001);
            Record(w, 0x00E0, xf);
        }

        for (var i = 0; i < _sheets.Count; i++)
        {
            if (Biff5)
            {
                var bytes = Gbk.GetBytes(_sheets[i].Name);
                Record(w, 0x0085, [.. U32(offsets[i]), _sheets[i].Hidden ? (byte)1 : (byte)0, 0, (byte)bytes.Length, .. bytes]);
                continue;
            }

            var name = Encoding.Unicode.GetBytes(_sheets[i].Name);
            var data = new byte[8 + name.Length];
            BinaryPrimitives.WriteInt32LittleEndian(data, offsets[i]);
            data[4] = _sheets[i].Hidden ? (byte)1 : (byte)0;
            data[6] = (byte)_sheets[i].Name.Length;
            data[7] = 1;
            name.CopyTo(data, 8);
            Record(w, 0x0085, data);
        }

        if (Biff5)
        {
            Record(w, 0x000A, []);
            return w.ToArray();
        }

        var sst = new MemoryStream();
        sst.Write(U32(strings.Count));
        sst.Write(U32(strings.Count));
        foreach (var s in strings)
        {
            sst.Write(U16(s.Length));
            sst.WriteByte(1);
            sst.Write(Encoding.Unicode.GetBytes(s));
        }

        if (sst.Length > 8224)
        {
            throw new InvalidOperationException("Test workbook too big for one SST record.");
        }

        Record(w, 0x00FC, sst.ToArray());
        Record(w, 0x000A, []);
        return w.ToArray();
    }

    private static byte[] SheetStream(Sheet sheet, Dictionary<string, int> strings, List<ushort> formats, bool biff5)
    {
        if (biff5 && sheet.Merges.Count > 0)
        {
            throw new InvalidOperationException("BIFF5 has no MERGEDCELLS record.");
        }

        var w = new MemoryStream();
        Bof(w, 0x0010, biff5);
        foreach (var column in sheet.HiddenColumns)
        {
            var info = new byte[12];
            BinaryPrimitives.WriteUInt16LittleEndian(info, (ushort)column);
            BinaryPrimitives.WriteUInt16LittleEndian(info.AsSpan(2), (ushort)column);
            BinaryPrimitives.WriteUInt16LittleEndian(info.AsSpan(4), 10 * 256);
            BinaryPrimitives.WriteUInt16LittleEndian(info.AsSpan(8), 0x0001);
            Record(w, 0x007D, info);
        }

        var rows = sheet.Cells.Count == 0 ? 0 : sheet.Cells.Keys.Max(k => k.Row) + 1;
        var columns = sheet.Cells.Count == 0 ? 0 : sheet.Cells.Keys.Max(k => k.Column) + 1;
        // DIMENSIONS: BIFF8's rows are 32-bit, BIFF5's 16-bit.
        var dims = new byte[biff5 ? 10 : 14];
        if (biff5)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(dims.AsSpan(2), (ushort)rows);
            BinaryPrimitives.WriteUInt16LittleEndian(dims.AsSpan(6), (ushort)columns);
        }
        else
        {
            BinaryPrimitives.WriteInt32LittleEndian(dims.AsSpan(4), rows);
            BinaryPrimitives.WriteUInt16LittleEndian(dims.AsSpan(10), (ushort)columns);
        }

        Record(w, 0x0200, dims);
        foreach (var row in sheet.HiddenRows.Order())
        {
            // ROW: row, first and last column, height (255 twips), then the flags: fDyZero (0x20, hidden), fGhostDirty
            // (0x80) and the reserved bit 8 that Excel always sets, with cell format 15 (the default) in bits 16–27.
            var info = new byte[16];
            BinaryPrimitives.WriteUInt16LittleEndian(info, (ushort)row);
            BinaryPrimitives.WriteUInt16LittleEndian(info.AsSpan(4), (ushort)columns);
            BinaryPrimitives.WriteUInt16LittleEndian(info.AsSpan(6), 255);
            BinaryPrimitives.WriteUInt32LittleEndian(info.AsSpan(12), 0x20u | 0x80u | 0x100u | (15u << 16));
            Record(w, 0x0208, info);
        }

        foreach (var ((row, column), value) in sheet.Cells.OrderBy(c => c.Key.Row).ThenBy(c => c.Key.Column))
        {
            var (xf, number) = value switch
            {
                DateOnly d => (1, (double)(d.DayNumber - new DateOnly(1899, 12, 30).DayNumber)),
                BiffPercent p => (2, p.Fraction),
                BiffNumberFormat f => (formats.IndexOf(f.FormatId), f.Number),
                double n => (0, n),
                _ => (-1, 0d),
            };
            var head = new byte[6];
            BinaryPrimitives.WriteUInt16LittleEndian(head, (ushort)row);
            BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(2), (ushort)column);
            if (value is BiffError { Typed: true } typed)
            {
                // BOOLERR: the error's code, then fError 1.
                Record(w, 0x0205, [.. head, typed.Code, 1]);
            }
            else if (value is BiffError error)
            {
                // FORMULA: the cached result (0x02 an error, its code at byte 2, 0xFFFF at bytes 6–7), flags, chn, then the
                // formula =1/0 as tokens (ptgInt 1, ptgInt 0, ptgDiv).
                byte[] result = [0x02, 0, error.Code, 0, 0, 0, 0xFF, 0xFF];
                byte[] tokens = [0x1E, 1, 0, 0x1E, 0, 0, 0x06];
                Record(w, 0x0006, [.. head, .. result, .. U16(0), .. U32(0), .. U16(tokens.Length), .. tokens]);
            }
            else if (xf < 0 && biff5)
            {
                // LABEL: the text's count of bytes, then its GBK bytes.
                var text = Gbk.GetBytes((string)value);
                Record(w, 0x0204, [.. head, .. U16(text.Length), .. text]);
            }
            else if (xf < 0)
            {
                Record(w, 0x00FD, [.. head, .. U32(strings[(string)value])]);
            }
            else
            {
                BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(4), (ushort)xf);
                var bits = new byte[8];
                BinaryPrimitives.WriteDoubleLittleEndian(bits, number);
                Record(w, 0x0203, [.. head, .. bits]);
            }
        }

        if (sheet.Merges.Count > 0)
        {
            var merges = new MemoryStream();
            merges.Write(U16(sheet.Merges.Count));
            foreach (var (r1, c1, r2, c2) in sheet.Merges)
            {
                merges.Write(U16(r1));
                merges.Write(U16(r2));
                merges.Write(U16(c1));
                merges.Write(U16(c2));
            }

            Record(w, 0x00E5, merges.ToArray());
        }

        Record(w, 0x000A, []);
        return w.ToArray();
    }

    /// <summary>Wraps the stream in a version-3 compound file: stream sectors, one FAT sector, one directory sector.</summary>
    private static byte[] Compound(byte[] stream, string streamName)
    {
        var size = Math.Max(4096, (stream.Length + Sector - 1) / Sector * Sector);
        var streamSectors = size / Sector;
        if (streamSectors + 2 > 128)
        {
            throw new InvalidOperationException("Test workbook too big for one FAT sector.");
        }

        var file = new byte[Sector * (1 + streamSectors + 2)];
        var header = file.AsSpan(0, Sector);
        ((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x003E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 0x0003);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], (uint)streamSectors + 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x3C..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x44..], EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + (4 * i))..], i == 0 ? (uint)streamSectors : FreeSector);
        }

        stream.CopyTo(file, Sector);

        var fat = file.AsSpan(Sector * (1 + streamSectors), Sector);
        for (var i = 0; i < 128; i++)
        {
            var next = i < streamSectors - 1 ? (uint)(i + 1)
                : i == streamSectors - 1 ? EndOfChain
                : i == streamSectors ? FatSector
                : i == streamSectors + 1 ? EndOfChain
                : FreeSector;
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * i)..], next);
        }

        var directory = file.AsSpan(Sector * (2 + streamSectors), Sector);
        for (var i = 0; i < 4; i++)
        {
            var entry = directory.Slice(128 * i, 128);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], FreeSector);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], FreeSector);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], FreeSector);
        }

        DirectoryEntry(directory[..128], "Root Entry", type: 5, child: 1, start: EndOfChain, size: 0);
        DirectoryEntry(directory.Slice(128, 128), streamName, type: 2, child: FreeSector, start: 0, size: (uint)size);
        return file;
    }

    private static void DirectoryEntry(Span<byte> entry, string name, byte type, uint child, uint start, uint size)
    {
        Encoding.Unicode.GetBytes(name).CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)((name.Length + 1) * 2));
        entry[0x42] = type;
        entry[0x43] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x74..], start);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x78..], size);
    }

    /// <summary>BOF: BIFF8's 16 bytes (version 0x0600), or BIFF5's 8 (0x0500): version, type, build and year.</summary>
    private static void Bof(MemoryStream w, ushort type, bool biff5)
    {
        var bof = new byte[biff5 ? 8 : 16];
        BinaryPrimitives.WriteUInt16LittleEndian(bof, biff5 ? (ushort)0x0500 : (ushort)0x0600);
        BinaryPrimitives.WriteUInt16LittleEndian(bof.AsSpan(2), type);
        BinaryPrimitives.WriteUInt16LittleEndian(bof.AsSpan(4), 0x0DBB);
        BinaryPrimitives.WriteUInt16LittleEndian(bof.AsSpan(6), 0x07CC);
        Record(w, 0x0809, bof);
    }

    private static void Record(MemoryStream w, ushort type, byte[] data)
    {
        w.Write(U16(type));
        w.Write(U16(data.Length));
        w.Write(data);
    }

    private static byte[] U16(int value)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, checked((ushort)value));
        return b;
    }

    private static byte[] U32(int value)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, value);
        return b;
    }

    internal sealed class Sheet(string name)
    {
        public string Name { get; } = name;

        public Dictionary<(int Row, int Column), object> Cells { get; } = [];

        public List<(int FirstRow, int FirstColumn, int LastRow, int LastColumn)> Merges { get; } = [];

        public HashSet<int> HiddenColumns { get; } = [];

        /// <summary>Rows (0-based) the sheet hides: a ROW record with fDyZero set.</summary>
        public HashSet<int> HiddenRows { get; } = [];

        public bool Hidden { get; set; }

        /// <summary>Fills a row (0-based) from column 0; null leaves a cell empty.</summary>
        public Sheet Row(int row, params object?[] values)
        {
            for (var c = 0; c < values.Length; c++)
            {
                if (values[c] is { } value)
                {
                    Cells[(row, c)] = value is int i ? (double)i : value;
                }
            }

            return this;
        }

        /// <summary>Merges a block, 0-based inclusive.</summary>
        public Sheet Merge(int firstRow, int firstColumn, int lastRow, int lastColumn)
        {
            Merges.Add((firstRow, firstColumn, lastRow, lastColumn));
            return this;
        }
    }
}
