using System.Buffers.Binary;
using System.Text;

namespace ReformAnalytics.Reading;

/// <summary>
/// What ExcelDataReader does not give of a BIFF8 workbook (.xls), read from its Workbook stream
/// (<see cref="CompoundFileStream"/>): the cells whose formula's cached result is an Excel error (a FORMULA record whose
/// value is 0x02 at byte 0, the error's code at byte 2 and 0xFFFF at bytes 6–7) or that hold an error typed as a value (a
/// BOOLERR record with fError set), which ExcelDataReader gives as empty; and whether the workbook counts its dates from
/// 1904 (DATEMODE). Only record headers are walked, the cells' values never decoded, so a sheet of any size costs a pass
/// over its bytes. A workbook that is encrypted (FILEPASS), not BIFF8 (Excel 95 and older) or does not add up gives no error
/// cells and the 1900 date system: whether it is readable is for ExcelDataReader to say.
/// </summary>
internal sealed class BiffWorkbookFacts
{
    private const ushort Formula = 0x0006;
    private const ushort Eof = 0x000A;
    private const ushort DateMode = 0x0022;
    private const ushort FilePass = 0x002F;
    private const ushort BoundSheet = 0x0085;
    private const ushort BoolErr = 0x0205;
    private const ushort Bof = 0x0809;
    private const ushort Biff8 = 0x0600;

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
        var stream = CompoundFileStream.Read(file, "Workbook");
        return stream is null ? None : Read(stream, ct);
    }

    /// <summary>The facts of a Workbook stream: its globals (DATEMODE, a BOUNDSHEET per sheet), then each worksheet's substream.</summary>
    internal static BiffWorkbookFacts Read(byte[] stream, CancellationToken ct)
    {
        if (!IsBiff8Bof(stream, 0))
        {
            return None;
        }

        var date1904 = false;
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
                case BoundSheet when length >= 8 && data[5] == 0 && SheetName(data[6..]) is { } name:
                    // dt 0: a worksheet (not a chart, macro sheet or module), its BOF at lbPlyPos.
                    sheets.Add((name, BinaryPrimitives.ReadInt32LittleEndian(data)));
                    break;
                case Eof:
                    return new BiffWorkbookFacts(ErrorCells(stream, sheets, ct), date1904);
            }
        }

        return new BiffWorkbookFacts([], date1904);
    }

    private static Dictionary<string, SheetErrorCells> ErrorCells(byte[] stream, List<(string Name, int Offset)> sheets, CancellationToken ct)
    {
        var found = new Dictionary<string, SheetErrorCells>(StringComparer.Ordinal);
        foreach (var (name, offset) in sheets)
        {
            ct.ThrowIfCancellationRequested();
            if (offset > 0 && IsBiff8Bof(stream, offset) && SheetErrors(stream, offset) is { Count: > 0 } errors)
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

    private static bool IsBiff8Bof(byte[] stream, int at) =>
        Header(stream, at) is (Bof, >= 4) && BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at + 4)) == Biff8;

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
        0x2B => "#GETTING_DATA",
        _ => ExcelErrors.Value,
    };
}
