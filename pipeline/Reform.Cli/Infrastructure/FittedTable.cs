using Spectre.Console;
using Spectre.Console.Rendering;

namespace ReformAnalytics.Cli.Infrastructure;

/// <summary>
/// A console table of plain text whose columns share the terminal's width and whose cells are broken into lines by
/// <see cref="LineBreaker"/>: narrow columns keep their whole width, the wide ones share what is left evenly. Left to
/// itself Spectre shrinks the columns and cuts Chinese text wherever a column ends (“无讼村居” / “”创建试点”).
/// </summary>
internal static class FittedTable
{
    /// <summary>No column is made narrower than this many cells (or than its widest value, when that is narrower).</summary>
    private const int NarrowestColumn = 6;

    /// <summary>A table of <paramref name="headers"/> over <paramref name="rows"/>, each row as many cells as headers.</summary>
    public static Table Build(TableBorder border, int consoleWidth, IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var widths = Widths(headers, rows, consoleWidth - Overhead(border, headers.Count));
        var table = new Table().Border(border);
        for (var c = 0; c < headers.Count; c++)
        {
            table.AddColumn(new TableColumn(new Text(LineBreaker.Wrap(headers[c], widths[c]))).Width(widths[c]));
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select((cell, c) => (IRenderable)new Text(LineBreaker.Wrap(cell, widths[c]))));
        }

        return table;
    }

    /// <summary>
    /// Each column's width: its widest line when they all fit in <paramref name="room"/>; otherwise, narrowest first, each
    /// column takes its widest line or an even share of the room left, whichever is less (never below <see cref="NarrowestColumn"/>,
    /// nor below a Latin word of its header: a column name such as deadline_text is not cut).
    /// </summary>
    internal static int[] Widths(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, int room)
    {
        var natural = new int[headers.Count];
        for (var c = 0; c < headers.Count; c++)
        {
            natural[c] = Math.Max(1, Widest(headers[c]));
            foreach (var row in rows)
            {
                natural[c] = Math.Max(natural[c], Widest(row[c]));
            }
        }

        if (natural.Sum() <= room)
        {
            return natural;
        }

        var widths = new int[natural.Length];
        var left = room;
        var order = Enumerable.Range(0, natural.Length).OrderBy(c => natural[c]).ToList();
        for (var k = 0; k < order.Count; k++)
        {
            var share = left / (order.Count - k);
            var c = order[k];
            var floor = Math.Min(natural[c], Math.Max(NarrowestColumn, LongestWord(headers[c])));
            widths[c] = Math.Max(floor, Math.Min(natural[c], share));
            left -= widths[c];
        }

        return widths;
    }

    /// <summary>The cells a table takes besides its columns' text: a cell's padding each side, and the rules between and around columns (a space in borderless styles).</summary>
    private static int Overhead(TableBorder border, int columns) => (2 * columns) + columns + 1;

    /// <summary>The longest run of narrow characters without a space: a word or a number, which is not broken.</summary>
    private static int LongestWord(string text)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch != ' ' && ch.GetCellWidth() == 1 ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    private static int Widest(string text) => text.Split('\n').Max(line => line.Sum(ch => Math.Max(0, ch.GetCellWidth())));
}
