using System.Text;
using Spectre.Console;

namespace ReformAnalytics.Cli.Infrastructure;

/// <summary>
/// Breaks Chinese text into lines that fit a terminal's width, where a reader expects the break: between two Chinese
/// characters, after a space or after a path's slash, but never inside a number or a Latin word (“20” / “24年”, “r0000” / “01”), never
/// before a closing mark or an operator (，。、；：）” ＝÷ …) and never after an opening one (（“《 …). Spectre wraps only at spaces, and a
/// Chinese sentence has none, so it cut the sentence wherever the width ran out.
/// </summary>
internal static class LineBreaker
{
    private const string NoBreakBefore = "，。、；：？！）》」』”’％…—·＝÷×＋,.;:?!)]}%";
    private const string NoBreakAfter = "（《「『“‘([{";

    /// <summary>
    /// The lines of <paramref name="text"/>, each at most <paramref name="width"/> terminal cells wide, joined by '\n';
    /// the text as it is when the width is under two cells (a Chinese character takes two).
    /// </summary>
    public static string Wrap(string text, int width)
    {
        if (width < 2)
        {
            return text;
        }

        var lines = new StringBuilder(text.Length + 16);
        var paragraphs = text.Split('\n');
        for (var p = 0; p < paragraphs.Length; p++)
        {
            if (p > 0)
            {
                lines.Append('\n');
            }

            WrapParagraph(paragraphs[p], width, lines);
        }

        return lines.ToString();
    }

    private static void WrapParagraph(string text, int width, StringBuilder lines)
    {
        var start = 0;
        var used = 0;
        var lastBreak = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (i > start && CanBreakBetween(text[i - 1], text[i]))
            {
                lastBreak = i;
            }

            var cell = Math.Max(0, text[i].GetCellWidth());
            if (used + cell > width && i > start)
            {
                var end = lastBreak > start ? lastBreak : i;
                lines.Append(text, start, end - start).TrimEndSpaces();
                lines.Append('\n');
                start = end;
                while (start < text.Length && text[start] == ' ')
                {
                    start++;
                }

                used = Cells(text.AsSpan(start, i - start));
                lastBreak = -1;
                if (start > i)
                {
                    i = start - 1;
                    continue;
                }
            }

            used += cell;
        }

        if (start < text.Length)
        {
            lines.Append(text, start, text.Length - start);
        }
    }

    private static bool CanBreakBetween(char before, char after)
    {
        if (after == ' ')
        {
            return false;
        }

        if (before == ' ')
        {
            return true;
        }

        if (NoBreakBefore.Contains(after, StringComparison.Ordinal) || NoBreakAfter.Contains(before, StringComparison.Ordinal))
        {
            return false;
        }

        // A path breaks after its slashes (/work/main/.demo/ | reform.duckdb), not inside a name; not between two slashes
        // (http://) nor before a digit (2024/6/30 is a date).
        if (before == '/' && after != '/' && !char.IsAsciiDigit(after))
        {
            return true;
        }

        // Two narrow characters side by side are one word or one number.
        return before.GetCellWidth() > 1 || after.GetCellWidth() > 1;
    }

    /// <summary>How many terminal cells <paramref name="text"/> takes on one line, as Spectre counts them (a Chinese character two).</summary>
    public static int Cells(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var ch in text)
        {
            width += Math.Max(0, ch.GetCellWidth());
        }

        return width;
    }

    private static StringBuilder TrimEndSpaces(this StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }

        return builder;
    }
}
