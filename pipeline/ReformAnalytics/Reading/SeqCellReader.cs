using System.Globalization;

namespace ReformAnalytics.Reading;

/// <summary>
/// Reads the 序号 cells of one table's task rows in order, and gives back the tenth sub-task a number cell lost: 1.10 typed
/// into Excel is stored as the number 1.1, and read back as 1.1 it collides with the first sub-task. A number cell with a
/// fraction (1.1, 2.2) is read as its value with a zero added (1.10, 2.20) when
/// <list type="number">
/// <item>that is the number that comes next after the 序号 above it (1.10 after 1.9, or after 1.9.2 under 1.9; 1.20 after 1.19),
/// and its value is not; or</item>
/// <item>its number format shows that zero (0.00: the cell shows 1.10), the 序号 above it is shown as its own value (1.8, not
/// 1.80: the format is the cell's own, not the column's), and its value is not what comes next (1.1 under 1, 1.2 after 1.1).</item>
/// </list>
/// Any other 序号 is read as before (<see cref="SeqNumber.TextOf"/>): a whole number as itself (2, shown 2.00 or not), a lone 1.1
/// as 1.1, a text cell as written. A section row starts the reading again (序号 restart under each section).
/// </summary>
internal sealed class SeqCellReader
{
    /// <summary>The 序号 of the task row above, as <see cref="SeqNumber.Dotted"/> gives it; null at the table's or a section's start.</summary>
    private string? _above;

    /// <summary>Whether the 序号 above was a number shown with more decimals than its value (1.00, 1.90): a column formatted 0.00.</summary>
    private bool _abovePadded;

    /// <summary>Forgets the 序号 above: a section row's tasks number from 1 again.</summary>
    public void Restart() => (_above, _abovePadded) = (null, false);

    /// <summary>The 序号 cell as read (a tenth sub-task as its text, 1.10) and its number as <see cref="SeqNumber.Dotted"/> gives it.</summary>
    public (CellValue Cell, string? Seq) Read(CellValue cell)
    {
        var seq = SeqNumber.Dotted(SeqNumber.TextOf(cell));
        var padded = false;
        if (cell is { Number: { } number, Date: null, IsPercent: false } && seq is not null)
        {
            var value = number.ToString("R", CultureInfo.InvariantCulture);
            padded = cell.Text is { } shown && shown.Length > value.Length && shown.StartsWith(value, StringComparison.Ordinal)
                && shown.AsSpan(value.Length).Trim('0') is "" or ".";
            var tenth = seq + "0";
            if (_above is { } above && seq.Count(c => c == '.') == 1
                && (ComesNext(tenth, above) || (!_abovePadded && cell.Text == tenth && !ComesNext(seq, above) && seq != above + ".1")))
            {
                (cell, seq) = (CellValue.FromText(tenth), tenth);
            }
        }

        if (seq is not null)
        {
            (_above, _abovePadded) = (seq, padded);
        }

        return (cell, seq);
    }

    /// <summary>Whether <paramref name="seq"/> is the number after <paramref name="above"/> or after one of its headings (1.10 after 1.9 or 1.9.2, 2 after 1.9).</summary>
    internal static bool ComesNext(string seq, string above)
    {
        for (var end = above.Length; end > 0; end = above.LastIndexOf('.', end - 1))
        {
            var start = above.LastIndexOf('.', end - 1) + 1;
            if (int.TryParse(above.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var last)
                && seq.Length > start && seq.AsSpan(0, start).SequenceEqual(above.AsSpan(0, start))
                && seq.AsSpan(start).SequenceEqual((last + 1L).ToString(CultureInfo.InvariantCulture)))
            {
                return true;
            }

            if (start == 0)
            {
                break;
            }
        }

        return false;
    }
}
