using Spectre.Console;

namespace ReformAnalytics.Cli.Infrastructure;

/// <summary>
/// A report written as Markdown (headings, “- ” items, paragraphs, pipe tables; the risk backtest's) on a terminal: its
/// text broken by <see cref="LineBreaker"/>, its tables fitted to the width. As plain Markdown, each table row was one
/// line of up to 300 cells, which the terminal wrapped wherever it ran out.
/// </summary>
internal static class MarkdownText
{
    /// <summary>A table of more columns than this comes in parts when it is too wide (figures); a narrower one wraps its cells.</summary>
    private const int MaxColumnsWrapped = 4;

    public static void Write(IAnsiConsole console, string markdown)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('|'))
            {
                var table = new List<string[]>();
                for (; i < lines.Length && lines[i].StartsWith('|'); i++)
                {
                    table.Add(Cells(lines[i]));
                }

                i--;
                WriteTable(console, table);
            }
            else if (line.StartsWith('#'))
            {
                ConsoleText.Line(console, $"[bold]{Markup.Escape(line.TrimStart('#').Trim())}[/]");
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                ConsoleText.Item(console, "-", line[2..]);
            }
            else if (line.Length == 0)
            {
                console.WriteLine();
            }
            else
            {
                ConsoleText.Line(console, Markup.Escape(line));
            }
        }
    }

    private static void WriteTable(IAnsiConsole console, List<string[]> table)
    {
        var headers = table[0];
        var rows = table.Skip(1)
            .Where(r => !r.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':')))
            .Select(r => Enumerable.Range(0, headers.Length).Select(c => c < r.Length ? r[c] : string.Empty).ToArray())
            .ToList();
        console.Write(headers.Length > MaxColumnsWrapped
            ? FittedTable.TableInParts(TableBorder.Simple, console.Profile.Width, headers, rows)
            : FittedTable.TableOrRecords(TableBorder.Simple, console.Profile.Width, headers, rows));
    }

    /// <summary>The cells of a table row: between its pipes, trimmed.</summary>
    private static string[] Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];
}
