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
    /// <summary>Cells between a record's column name and its value.</summary>
    private const int RecordGap = 2;

    /// <summary>No column is made narrower than this many cells (or than its widest value, when that is narrower).</summary>
    private const int NarrowestColumn = 6;

    /// <summary>
    /// A table of <paramref name="headers"/> over <paramref name="rows"/>, each row as many cells as headers; a cell in the
    /// style <paramref name="style"/> gives it by row and column (none: plain).
    /// </summary>
    public static Table Build(TableBorder border, int consoleWidth, IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, Func<int, int, Style?>? style = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var room = consoleWidth - Overhead(border, headers.Count);
        var widths = Widths(headers, rows, room);
        var table = new Table().Border(border);
        if (widths.Sum() > room)
        {
            // Too many columns for the terminal even at their narrowest: Spectre's own layout, as before.
            table.AddColumns(headers.Select(h => new TableColumn(new Text(h))).ToArray());
            for (var r = 0; r < rows.Count; r++)
            {
                var row = r;
                table.AddRow(rows[r].Select((cell, c) => (IRenderable)new Text(cell, style?.Invoke(row, c))));
            }

            return table;
        }

        for (var c = 0; c < headers.Count; c++)
        {
            table.AddColumn(new TableColumn(new Text(LineBreaker.Wrap(headers[c], widths[c]))).Width(widths[c]));
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var row = r;
            table.AddRow(rows[r].Select((cell, c) => (IRenderable)new Text(LineBreaker.Wrap(cell, widths[c]), style?.Invoke(row, c))));
        }

        return table;
    }

    /// <summary>
    /// The rows as a fitted table (<see cref="Build"/>) when their columns fit the terminal at their narrowest; otherwise
    /// each row as a record, one column to a line (名称  值), so a wide result (SELECT * FROM snapshots on an 80-column
    /// terminal) is read rather than collapsed by Spectre to “…”.
    /// </summary>
    public static IRenderable TableOrRecords(TableBorder border, int consoleWidth, IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, Func<int, int, Style?>? style = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var room = consoleWidth - Overhead(border, headers.Count);
        return Widths(headers, rows, room).Sum() <= room ? Build(border, consoleWidth, headers, rows, style) : Records(consoleWidth, headers, rows, style);
    }

    /// <summary>
    /// The rows as one fitted table when it fits the terminal, else as several side by side parts one under another,
    /// each repeating the first column (the name of the row: a unit, a group) with as many further columns as fit whole.
    /// For a summary of many rows and many figures (reform metrics: 17 columns), which as records would run to hundreds
    /// of lines and as one table was wrapped by the terminal line by line.
    /// </summary>
    public static IRenderable TableInParts(TableBorder border, int consoleWidth, IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var natural = NaturalWidths(headers, rows);
        if (natural.Sum() + Overhead(border, headers.Count) <= consoleWidth || headers.Count < 2)
        {
            return Build(border, consoleWidth, headers, rows);
        }

        var parts = new List<IRenderable>();
        var next = 1;
        while (next < headers.Count)
        {
            var columns = new List<int> { 0, next++ };
            while (next < headers.Count && columns.Append(next).Sum(c => natural[c]) + Overhead(border, columns.Count + 1) <= consoleWidth)
            {
                columns.Add(next++);
            }

            parts.Add(Build(border, consoleWidth, [.. columns.Select(c => headers[c])], [.. rows.Select(r => columns.Select(c => r[c]).ToArray())]));
        }

        return new Rows(parts);
    }

    private static Rows Records(int consoleWidth, IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, Func<int, int, Style?>? style)
    {
        var nameWidth = Math.Clamp(headers.Max(Widest), 1, Math.Max(1, consoleWidth / 3));
        var valueWidth = Math.Max(2, consoleWidth - nameWidth - RecordGap);
        var parts = new List<IRenderable>();
        for (var r = 0; r < rows.Count; r++)
        {
            parts.Add(new Text(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"—— 第{r + 1}行 ——")));
            var grid = new Grid();
            grid.AddColumn(new GridColumn().Width(nameWidth).NoWrap().PadLeft(0).PadRight(RecordGap));
            grid.AddColumn(new GridColumn().Width(valueWidth).PadLeft(0).PadRight(0));
            for (var c = 0; c < headers.Count; c++)
            {
                grid.AddRow(new Text(LineBreaker.Wrap(headers[c], nameWidth)), new Text(LineBreaker.Wrap(rows[r][c], valueWidth), style?.Invoke(r, c)));
            }

            parts.Add(grid);
        }

        return new Rows(parts);
    }

    /// <summary>
    /// Each column's width: its widest line when they all fit in <paramref name="room"/>; otherwise, narrowest first, each
    /// column takes its widest line or an even share of the room left, whichever is less (never below <see cref="NarrowestColumn"/>,
    /// nor below a Latin word of its header: a column name such as deadline_text is not cut).
    /// </summary>
    internal static int[] Widths(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, int room)
    {
        var natural = NaturalWidths(headers, rows);
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

    /// <summary>The width <see cref="Build"/> gives each column on a console <paramref name="consoleWidth"/> cells wide.</summary>
    public static int[] ColumnWidths(TableBorder border, int consoleWidth, IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        return Widths(headers, rows, consoleWidth - Overhead(border, headers.Count));
    }

    /// <summary>
    /// How many cells a plain text table takes: each column as wide as its widest line, <paramref name="gap"/> cells
    /// between columns, no rules.
    /// </summary>
    public static int PlainWidth(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, int gap) =>
        NaturalWidths(headers, rows).Sum() + (gap * Math.Max(0, headers.Count - 1));

    /// <summary>Each column's widest line, header included.</summary>
    private static int[] NaturalWidths(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
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

        return natural;
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

    private static int Widest(string text) => text.Split('\n').Max(line => LineBreaker.Cells(line));
}
