using System.Globalization;

namespace ReformAnalytics.Reading;

/// <summary>
/// Turns a value ExcelDataReader read into a <see cref="CellValue"/>, using the cell's number format: a percent
/// format (<c>0%</c>, <c>0.00%</c>) gives <see cref="CellValue.IsPercent"/> with the stored fraction; a date format
/// gives <see cref="CellValue.Date"/> (ExcelDataReader already returns DateTime for most; a number whose format
/// has year/day/month codes is converted here too); other numbers keep their value. <see cref="CellValue.Text"/>
/// always holds a readable form: 80%, 2024-06-30, 12.5, and a number in a fixed-decimal format (0.00) as the cell shows
/// it, 2024.10 and not 2024.1. A date written as ISO text, as Strict Open XML may, is a date. A cell in one of the date
/// formats Chinese Excel and WPS keep as built-in ids with no format code in the file (27–36, 50–58: 2024年6月30日, 6月30日,
/// 2024年6月) is read by that format, which ExcelDataReader does not know; in a workbook that counts its dates from 1904
/// (<see cref="OpenXmlDateSystem"/>) such a number counts from 1904-01-01, as ExcelDataReader counts the dates it converts.
/// A date's text shows its time of day only where the cell's format shows one (yyyy/m/d h:mm): a deadline typed
/// 2024/12/31 18:00 in a cell shown as 2024/12/31 reads 2024-12-31, as the office sees it.
/// </summary>
internal static class ExcelCellConverter
{
    private const int BuiltInPercent = 9;
    private const int BuiltInPercentDecimal = 10;
    private static readonly DateTime FirstRealDate = new(1900, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Days from 1899-12-30, where the 1900 system's serials count from, to 1904-01-01, the 1904 system's day 0.</summary>
    private const double Date1904Offset = 1462;

    /// <param name="date1904">Whether the workbook counts its dates from 1904: a number converted to a date here counts from 1904-01-01.</param>
    public static CellValue Convert(object? value, string? format, int formatIndex, bool date1904 = false)
    {
        if (string.IsNullOrEmpty(format))
        {
            format = ChineseBuiltInFormat(formatIndex);
        }

        switch (value)
        {
            case null:
                return CellValue.Empty;
            case string s when IsoDateTime(s) is { } dt:
                return FromDateTime(dt, format);
            case string s:
                return s.Length == 0 ? CellValue.Empty : ExcelErrors.TextOrError(s);
            case DateTime dt:
                return FromDateTime(dt, format);
            case bool b:
                return CellValue.FromText(b ? "TRUE" : "FALSE");
            case TimeSpan ts:
                return CellValue.FromText(ts.ToString("c", CultureInfo.InvariantCulture));
            case IConvertible c when value is double or float or int or long or short or decimal:
                return FromNumber(c.ToDouble(CultureInfo.InvariantCulture), format, formatIndex, date1904);
            default:
                return CellValue.FromText(System.Convert.ToString(value, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// A date cell as Strict Open XML may write it (t="d"), which ExcelDataReader hands over as its text: the date and
    /// time joined by T (2024-06-30T00:00:00). Text a person types is not written so, and stays text.
    /// </summary>
    private static DateTime? IsoDateTime(string text) =>
        text.Length is >= 16 and <= 23 && text[10] == 'T'
            && DateTime.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) ? dt : null;

    private static readonly string[] IsoFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFF"];

    /// <summary>
    /// The format code of a built-in id that ECMA-376 (part 1, 18.8.30) leaves to the language of the program: what a
    /// Chinese (zh-CN) Excel or WPS shows for it. Such a cell's style names only the id, so a reader that knows the
    /// English built-in formats alone sees a plain number. Null for any other id.
    /// </summary>
    internal static string? ChineseBuiltInFormat(int index) => index switch
    {
        27 or 36 or 50 or 52 or 57 => "yyyy\"年\"m\"月\"",
        28 or 29 or 51 or 53 or 54 or 58 => "m\"月\"d\"日\"",
        30 => "m-d-yy",
        31 => "yyyy\"年\"m\"月\"d\"日\"",
        32 => "h\"时\"mm\"分\"",
        33 => "h\"时\"mm\"分\"ss\"秒\"",
        34 or 55 => "上午/下午h\"时\"mm\"分\"",
        35 or 56 => "上午/下午h\"时\"mm\"分\"ss\"秒\"",
        _ => null,
    };

    public static bool IsPercentFormat(string? format, int index) =>
        index is BuiltInPercent or BuiltInPercentDecimal || (format is not null && HasCode(format, static ch => ch == '%'));

    /// <summary>A format with year or day codes, or month codes without hour/second codes (m is minutes next to h or s).</summary>
    public static bool IsDateFormat(string? format)
    {
        if (format is null || format.Equals("General", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (HasCode(format, static ch => ch is 'y' or 'Y' or 'd' or 'D'))
        {
            return true;
        }

        return HasCode(format, static ch => ch is 'm' or 'M') && !HasCode(format, static ch => ch is 'h' or 'H' or 's' or 'S');
    }

    private static CellValue FromNumber(double number, string? format, int formatIndex, bool date1904)
    {
        if (IsPercentFormat(format, formatIndex))
        {
            var percent = Math.Round(number * 100, 8);
            return new CellValue(percent.ToString("0.########", CultureInfo.InvariantCulture) + "%", number, null, true);
        }

        if (IsDateFormat(format) && number is >= 1 and < 2958466)
        {
            return FromDateTime(DateTime.FromOADate(date1904 ? number + Date1904Offset : number), format);
        }

        // Shown with the decimals its format fixes (0.00: 2024.1 shows as 2024.10), as the office reads the cell.
        var shown = FixedDecimals(format) is { } decimals
            ? number.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : number.ToString("R", CultureInfo.InvariantCulture);
        return new CellValue(shown, number);
    }

    /// <summary>
    /// The decimals a plain fixed-decimal format shows (0.0 → 1, 0.00 and #,##0.00 → 2); null for any other format. The
    /// thousands separator is left out of the text: a number is read, not printed.
    /// </summary>
    internal static int? FixedDecimals(string? format)
    {
        if (format is null)
        {
            return null;
        }

        var body = format.StartsWith("#,##", StringComparison.Ordinal) ? format[4..] : format;
        if (body.Length < 3 || body.Length > 12 || body[0] != '0' || body[1] != '.')
        {
            return null;
        }

        for (var i = 2; i < body.Length; i++)
        {
            if (body[i] != '0')
            {
                return null;
            }
        }

        return body.Length - 2;
    }

    /// <summary>
    /// A date cell. Its text is the date, except where the cell's format shows no day: a cell shown as 2024年6月 (or
    /// Jun-24) holds June 1st, but the office wrote and reads June, so its text says the month, and a deadline read from
    /// it is the month's end, as for the words 2024年6月. Shown as a year alone (2024年), its text is the year. A time of day
    /// is in the text only where the format shows one (hours or seconds: 2024-12-31 18:00, with :ss where it shows seconds),
    /// or where the format is not known.
    /// </summary>
    private static CellValue FromDateTime(DateTime dt, string? format)
    {
        if (dt < FirstRealDate)
        {
            // A time of day alone (Excel stores it on day 0, 1899-12-30): no date to give.
            return CellValue.FromText(dt.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
        }

        if (format is not null && HasCode(format, static ch => ch is 'y' or 'Y') && !HasCode(format, static ch => ch is 'd' or 'D'))
        {
            var shown = HasCode(format, static ch => ch is 'm' or 'M')
                ? string.Create(CultureInfo.InvariantCulture, $"{dt.Year}年{dt.Month}月")
                : string.Create(CultureInfo.InvariantCulture, $"{dt.Year}年");
            return new CellValue(shown, null, DateOnly.FromDateTime(dt));
        }

        var text = dt.TimeOfDay == TimeSpan.Zero || (format is not null && !HasCode(format, static ch => ch is 'h' or 'H' or 's' or 'S'))
            ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : dt.ToString(format is null || HasCode(format, static ch => ch is 's' or 'S') ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return new CellValue(text, null, DateOnly.FromDateTime(dt));
    }

    /// <summary>Whether a format code character occurs outside quoted literals, brackets and escapes.</summary>
    private static bool HasCode(string format, Func<char, bool> isCode)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < format.Length; i++)
        {
            var ch = format[i];
            if (quoted)
            {
                quoted = ch != '"';
                continue;
            }

            if (bracket)
            {
                bracket = ch != ']';
                continue;
            }

            switch (ch)
            {
                case '"':
                    quoted = true;
                    break;
                case '[':
                    bracket = true;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                default:
                    if (isCode(ch))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }
}
