namespace ReformAnalytics.Metrics;

/// <summary>A plain text table for a terminal: Chinese characters count two columns wide, numbers align right.</summary>
internal static class TextTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = headers.Select(Width).ToArray();
        foreach (var row in rows)
        {
            for (var c = 0; c < widths.Length; c++)
            {
                widths[c] = Math.Max(widths[c], Width(row[c]));
            }
        }

        WriteLine(output, headers, widths, alignRight: false);
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            WriteLine(output, row, widths, alignRight: true);
        }
    }

    public static int Width(string text)
    {
        var width = 0;
        foreach (var ch in text)
        {
            width += ch >= '\u2E80' ? 2 : 1;
        }

        return width;
    }

    private static void WriteLine(TextWriter output, IReadOnlyList<string> cells, int[] widths, bool alignRight)
    {
        var parts = new string[widths.Length];
        for (var c = 0; c < widths.Length; c++)
        {
            var pad = new string(' ', widths[c] - Width(cells[c]));
            parts[c] = alignRight && c > 0 ? pad + cells[c] : cells[c] + pad;
        }

        output.WriteLine(string.Join("  ", parts).TrimEnd());
    }
}
