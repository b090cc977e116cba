using Spectre.Console;
using Spectre.Console.Rendering;

namespace ReformAnalytics.Cli.Infrastructure;

/// <summary>
/// Messages for the console, broken into lines by <see cref="LineBreaker"/> at its width. Spectre wraps a line only at
/// spaces, and a Chinese sentence has none: it cut the sentence wherever the width ran out, before a closing mark
/// (“…来自“2024年12月改革台账.xlsx”” / “），该月…”) or inside a word (“rep” / “ort”).
/// </summary>
internal static class ConsoleText
{
    /// <summary>
    /// The width a console that is not a terminal (a file, a pipe) is given: wider than any line, so that nothing is
    /// fitted or cut there and each message stays on one line, each table at its columns' full width.
    /// </summary>
    public const int Unbounded = 100_000;

    private const int MarkPadLeft = 2;

    private const int MarkPadRight = 1;

    /// <summary>Below this many cells for the text, breaking it where a reader expects would not help; Spectre cuts it.</summary>
    private const int MinTextWidth = 12;

    /// <summary><paramref name="markup"/> (Spectre markup, its styles kept) on lines that fit the console.</summary>
    public static void Line(IAnsiConsole console, string markup)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Write(Wrapped(console, markup, Math.Max(console.Profile.Width, MinTextWidth)));
        console.WriteLine();
    }

    /// <summary>
    /// One item of a list: its mark (markup), then its text (plain) in a column of its own. A Chinese sentence has no
    /// spaces to wrap at, so printed after the mark on one line it would go whole to the next line and leave the mark
    /// alone on its own; in a column it wraps under itself, indented, broken where a reader expects. An empty mark
    /// indents the text.
    /// </summary>
    public static void Item(IAnsiConsole console, string mark, string text)
    {
        ArgumentNullException.ThrowIfNull(console);
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().PadLeft(MarkPadLeft).PadRight(MarkPadRight));
        grid.AddColumn(new GridColumn().PadLeft(0).PadRight(0));
        // Measured as the grid measures it: Markup.Remove takes a mark of spaces for nothing.
        var marker = new Markup(mark);
        var markWidth = ((IRenderable)marker).Measure(RenderOptions.Create(console, console.Profile.Capabilities), console.Profile.Width).Max;
        var textWidth = console.Profile.Width - MarkPadLeft - MarkPadRight - markWidth;
        grid.AddRow(marker, new Text(textWidth >= MinTextWidth ? LineBreaker.Wrap(text, textWidth) : text));
        console.Write(grid);
    }

    /// <summary>
    /// One entry of a list of terms (a command and what it does): <paramref name="term"/> padded to
    /// <paramref name="termWidth"/> cells, then <paramref name="text"/> (plain), whose wrapped lines all begin under its
    /// first character (a hanging indent). Printed after the term on one line, the text went on at the left edge when it
    /// wrapped. Too narrow a console for a column of text gets the entry as one message.
    /// </summary>
    public static void Hanging(IAnsiConsole console, string term, int termWidth, string text)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(text);
        var padded = term + new string(' ', Math.Max(1, termWidth - LineBreaker.Cells(term)));
        var indent = LineBreaker.Cells(padded);
        var textWidth = console.Profile.Width - indent;
        if (textWidth < MinTextWidth)
        {
            Line(console, Markup.Escape(padded + text));
            return;
        }

        var lines = LineBreaker.Wrap(text, textWidth).Split('\n');
        console.Write(new Text(padded + string.Join('\n' + new string(' ', indent), lines)));
        console.WriteLine();
    }

    /// <summary>
    /// The text of <paramref name="markup"/> broken by <see cref="LineBreaker"/> at <paramref name="width"/> cells, each
    /// character in the style the markup gave it. The breaks only add line ends and drop the spaces at them, so the
    /// broken text is matched to the original character by character.
    /// </summary>
    internal static Paragraph Wrapped(IAnsiConsole console, string markup, int width)
    {
        var chars = new List<(char Char, Style Style)>();
        var segments = ((IRenderable)new Markup(markup)).Render(RenderOptions.Create(console, console.Profile.Capabilities), Unbounded);
        foreach (var segment in segments)
        {
            if (segment.IsLineBreak)
            {
                chars.Add(('\n', Style.Plain));
                continue;
            }

            chars.AddRange(segment.Text.Select(c => (c, segment.Style)));
        }

        var plain = new string([.. chars.Select(c => c.Char)]);
        var broken = LineBreaker.Wrap(plain, width);
        var paragraph = new Paragraph();
        var run = new System.Text.StringBuilder();
        Style? runStyle = null;
        void Flush()
        {
            if (run.Length > 0)
            {
                paragraph.Append(run.ToString(), runStyle);
                run.Clear();
            }
        }

        void Add(char ch, Style style)
        {
            if (runStyle is null || !runStyle.Equals(style))
            {
                Flush();
                runStyle = style;
            }

            run.Append(ch);
        }

        var i = 0;
        foreach (var ch in broken)
        {
            while (i < chars.Count && chars[i].Char != ch && chars[i].Char == ' ')
            {
                i++; // a space dropped at a break
            }

            if (i < chars.Count && chars[i].Char == ch)
            {
                Add(ch, chars[i].Style);
                i++;
            }
            else
            {
                Add(ch, Style.Plain); // a break added
            }
        }

        Flush();
        return paragraph;
    }
}
