using System.Buffers.Binary;
using System.Text;

namespace ReformAnalytics.Reading;

/// <summary>
/// What ExcelDataReader does not give of a BIFF8 workbook (.xls), or a BIFF5 one (Excel 5.0/95, its stream named Book),
/// read from its Workbook stream (<see cref="CompoundFileStream"/>): the cells whose formula's cached result is an Excel error (a FORMULA record whose
/// value is 0x02 at byte 0, the error's code at byte 2 and 0xFFFF at bytes 6–7) or that hold an error typed as a value (a
/// BOOLERR record with fError set), which ExcelDataReader gives as empty; and whether the workbook counts its dates from
/// 1904 (DATEMODE). Only record headers are walked, the cells' values never decoded, so a sheet of any size costs a pass
/// over its bytes. FORMULA, BOOLERR, DATEMODE and EOF are laid out alike in BIFF5 and BIFF8; a BIFF5 sheet's name in BOUNDSHEET
/// is a count and bytes in the workbook's code page (CODEPAGE, 936 in a Chinese Excel 95), which ExcelDataReader decodes
/// the same way. A workbook that is encrypted (FILEPASS), older than BIFF5 (Excel 4 and before: a sheet per file) or does
/// not add up gives no error cells and the 1900 date system: whether it is readable is for ExcelDataReader to say.
/// </summary>
internal sealed class BiffWorkbookFacts
{
    private const ushort Formula = 0x0006;
    private const ushort Eof = 0x000A;
    private const ushort DateMode = 0x0022;
    private const ushort FilePass = 0x002F;
    private const ushort CodePage = 0x0042;
    private const ushort BoundSheet = 0x0085;
    private const ushort BoolErr = 0x0205;
    private const ushort Bof = 0x0809;
    private const ushort Biff8 = 0x0600;
    private const ushort Biff5 = 0x0500;

    public static readonly BiffWorkbookFacts None = new([], false);

    private readonly Dictionary<string, SheetErrorCells> _sheets;

    private BiffWorkbookFacts(Dictionary<string, SheetErrorCells> sheets, bool date1904)
    {
        _sheets = sheets;
        Date1904 = date1904;
    }

    public bool Date1904 { get; }

    /// <summary>The error cells of the sheet named <paramref name="sheet"/>; none when it has none or is not known.</summary>
    public SheetErrorCells ForSheet(string sheet) => _sheets.GetValueOrDefault(sheet) ?? SheetErrorCells.None;

    public static BiffWorkbookFacts Read(Stream file, CancellationToken ct)
    {
        // Excel 97 and later name the stream Workbook; Excel 5.0 and 95 named it Book.
        var stream = CompoundFileStream.Read(file, "Workbook") ?? CompoundFileStream.Read(file, "Book");
        return stream is null ? None : Read(stream, ct);
    }

    /// <summary>The facts of a Workbook stream: its globals (DATEMODE, a BOUNDSHEET per sheet), then each worksheet's substream.</summary>
    internal static BiffWorkbookFacts Read(byte[] stream, CancellationToken ct)
    {
        if (BofVersion(stream, 0) is not ((Biff8 or Biff5) and var version))
        {
            return None;
        }

        var date1904 = false;
        Encoding? codePage = null;
        var sheets = new List<(string Name, int Offset)>();
        for (var at = 0; Header(stream, at) is (var type, var length); at += 4 + length)
        {
            var data = stream.AsSpan(at + 4, length);
            switch (type)
            {
                case FilePass:
                    return None;
                case DateMode when length >= 2:
                    date1904 = BinaryPrimitives.ReadUInt16LittleEndian(data) == 1;
                    break;
                case CodePage when length >= 2:
                    codePage = Legacy(BinaryPrimitives.ReadUInt16LittleEndian(data));
                    break;
                case BoundSheet when length >= 7 && data[5] == 0 && (version == Biff8 ? SheetName(data[6..]) : Biff5SheetName(data[6..], codePage)) is { } name:
                    // dt 0: a worksheet (not a chart, macro sheet or module), its BOF at lbPlyPos.
                    sheets.Add((name, BinaryPrimitives.ReadInt32LittleEndian(data)));
                    break;
                case Eof:
                    return new BiffWorkbookFacts(ErrorCells(stream, sheets, version, ct), date1904);
            }
        }

        return new BiffWorkbookFacts([], date1904);
    }

    private static Dictionary<string, SheetErrorCells> ErrorCells(byte[] stream, List<(string Name, int Offset)> sheets, ushort version, CancellationToken ct)
    {
        var found = new Dictionary<string, SheetErrorCells>(StringComparer.Ordinal);
        foreach (var (name, offset) in sheets)
        {
            ct.ThrowIfCancellationRequested();
            if (offset > 0 && BofVersion(stream, offset) == version && SheetErrors(stream, offset) is { Count: > 0 } errors)
            {
                found.TryAdd(name, errors);
            }
        }

        return found;
    }

    /// <summary>
    /// The error cells of the substream whose BOF is at <paramref name="offset"/>, to its EOF; a chart's substream inside it
    /// (its own BOF to EOF) is passed over. Rows are numbered from 1, as the sheet shows them, columns from 0.
    /// </summary>
    private static SheetErrorCells SheetErrors(byte[] stream, int offset)
    {
        var errors = new SheetErrorCells();
        var depth = 0;
        for (var at = offset; Header(stream, at) is (var type, var length); at += 4 + length)
        {
            var data = stream.AsSpan(at + 4, length);
            switch (type)
            {
                case Bof:
                    depth++;
                    break;
                case Eof:
                    depth--;
                    if (depth == 0)
                    {
                        return errors;
                    }

                    break;
                case Formula when depth == 1 && length >= 14 && data[6] == 0x02 && data[12] == 0xFF && data[13] == 0xFF:
                    errors.Add(BinaryPrimitives.ReadUInt16LittleEndian(data) + 1, BinaryPrimitives.ReadUInt16LittleEndian(data[2..]), ErrorText(data[8]));
                    break;
                case BoolErr when depth == 1 && length >= 8 && data[7] == 1:
                    errors.Add(BinaryPrimitives.ReadUInt16LittleEndian(data) + 1, BinaryPrimitives.ReadUInt16LittleEndian(data[2..]), ErrorText(data[6]));
                    break;
            }
        }

        return errors;
    }

    /// <summary>The type and length of the record at <paramref name="at"/>; null past the stream's end or where the record would run past it.</summary>
    private static (ushort Type, int Length)? Header(byte[] stream, int at)
    {
        if (at < 0 || at > stream.Length - 4)
        {
            return null;
        }

        var type = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at));
        var length = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at + 2));
        return at + 4 + length <= stream.Length ? (type, length) : null;
    }

    /// <summary>The BIFF version a BOF record at <paramref name="at"/> gives (0x0600 BIFF8, 0x0500 BIFF5); null for no BOF there.</summary>
    private static ushort? BofVersion(byte[] stream, int at) =>
        Header(stream, at) is (Bof, >= 4) ? BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at + 4)) : null;

    /// <summary>
    /// A BIFF5 BOUNDSHEET's name (a count of bytes, then the bytes in the workbook's code page; GB18030 when the workbook
    /// names none, the encoding <see cref="WorkbookReader"/> gives ExcelDataReader to fall back on).
    /// </summary>
    private static string? Biff5SheetName(ReadOnlySpan<byte> data, Encoding? codePage)
    {
        if (data.Length < 1 || data.Length < 1 + data[0])
        {
            return null;
        }

        if (codePage is null)
        {
            CodePages.EnsureRegistered();
        }

        return (codePage ?? Encoding.GetEncoding(CodePages.Gb18030)).GetString(data.Slice(1, data[0]));
    }

    /// <summary>The encoding of a CODEPAGE record's value (936 GBK, 1252 Western); 1200 (UTF-16, BIFF8's) and unknown ones null.</summary>
    private static Encoding? Legacy(ushort codePage)
    {
        if (codePage is 1200 or 0)
        {
            return null;
        }

        CodePages.EnsureRegistered();
        try
        {
            // 0x8000 is Apple Roman, written as a signed 16-bit -32768 by old Macs.
            return Encoding.GetEncoding(codePage == 0x8000 ? 10000 : codePage);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>A BOUNDSHEET's name (ShortXLUnicodeString: a count of characters, then a flag byte, 1 for UTF-16, else one byte each).</summary>
    private static string? SheetName(ReadOnlySpan<byte> data)
    {
        if (data.Length < 2)
        {
            return null;
        }

        var count = data[0];
        var wide = (data[1] & 0x01) != 0;
        var bytes = data[2..];
        if (bytes.Length < (wide ? 2 * count : count))
        {
            return null;
        }

        return wide ? Encoding.Unicode.GetString(bytes[..(2 * count)]) : Encoding.Latin1.GetString(bytes[..count]);
    }

    /// <summary>The error an Excel error code stands for ([MS-XLS] 2.5.10 BErr).</summary>
    internal static string ErrorText(byte code) => code switch
    {
        0x00 => ExcelErrors.Null,
        0x07 => ExcelErrors.DivideByZero,
        0x0F => ExcelErrors.Value,
        0x17 => ExcelErrors.Reference,
        0x1D => ExcelErrors.Name,
        0x24 => ExcelErrors.Number,
        0x2A => ExcelErrors.NotAvailable,
        0x2B => ExcelErrors.GettingData,
        _ => ExcelErrors.Value,
    };
}
