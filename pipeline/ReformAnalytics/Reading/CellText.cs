namespace ReformAnalytics.Reading;

/// <summary>Helpers on the text of cells as read, without allocating.</summary>
internal static class CellText
{
    public static ReadOnlySpan<char> Trimmed(in CellValue cell) => cell.Text.AsSpan().Trim();

    public static bool IsBlank(in CellValue cell) => Trimmed(cell).IsEmpty && cell.Number is null && cell.Date is null;

    public static bool IsBlankRow(ReadOnlySpan<CellValue> cells)
    {
        foreach (ref readonly var cell in cells)
        {
            if (!IsBlank(cell))
            {
                return false;
            }
        }

        return true;
    }

    public static string TrimmedString(in CellValue cell)
    {
        var text = cell.Text ?? string.Empty;
        var trimmed = Trimmed(cell);
        return trimmed.Length == text.Length ? text : trimmed.ToString();
    }

    /// <summary>True for a plain number such as 12 or 3.5 (a sequence number, never a section title).</summary>
    public static bool IsNumeric(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var ch in text)
        {
            if (!char.IsAsciiDigit(ch) && ch != '.' && ch != '-')
            {
                return false;
            }
        }

        return true;
    }
}
