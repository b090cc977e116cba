using System.Text.RegularExpressions;

namespace ReformAnalytics.Database;

/// <summary>
/// The one reading of docs/schema.md, the analysts' page of tables and columns (used by .schema at the reform sql prompt
/// and by the tests that hold the page to the database and the dashboard's labels): a heading names its tables and
/// views in backticks (## `task_status` (stored) and `task_status_live` (view) — …), and the tables under it (up to the
/// next heading) whose header starts “column” describe their columns, with the labels under the header's 中文 and the
/// meaning in the last cell. A heading that names no table (`--units` is an option, not a name) starts no section.
/// The macros are read from the tables whose header starts “macro” (<see cref="Macros"/>).
/// </summary>
public static partial class SchemaPage
{
    /// <summary>Every section that describes tables or views, in the page's order.</summary>
    public static IReadOnlyList<SchemaSection> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var sections = new List<SchemaSection>();
        List<SchemaRow>? rows = null;
        (int Label, int Meaning)? table = null;
        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#'))
            {
                var objects = ObjectName().Matches(line).Select(m => m.Groups[1].Value).ToList();
                rows = objects.Count > 0 ? [] : null;
                if (rows is not null)
                {
                    sections.Add(new SchemaSection(objects, rows));
                }

                table = null;
                continue;
            }

            if (!line.StartsWith('|'))
            {
                table = null;
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (table is null)
            {
                // A table's header: only one whose first cell is “column” describes columns.
                table = cells[0] == "column" ? (Array.IndexOf(cells, "中文"), cells.Length - 1) : (-1, -1);
            }
            else if (rows is not null && table is { Meaning: > 0 } t && !cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                var columns = cells[0].Split(',').Select(c => c.Trim().Trim('`')).Where(c => c.Length > 0).ToList();
                var labels = t.Label > 0 && t.Label < cells.Length ? cells[t.Label].Split('、').Select(l => l.Trim()).ToList() : [];
                rows.Add(new SchemaRow(columns, labels, t.Meaning < cells.Length && t.Meaning != t.Label ? cells[t.Meaning] : string.Empty));
            }
        }

        return sections;
    }

    /// <summary>
    /// The rows of the page's macro tables (a table whose header starts “macro”): each names a macro with its parameters
    /// in backticks, <c>`task_label(task_heading, task_name)`</c>, and gives its Chinese label in the next cell.
    /// </summary>
    public static IReadOnlyList<SchemaMacro> Macros(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var macros = new List<SchemaMacro>();
        bool? macroTable = null;
        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith('|'))
            {
                macroTable = null;
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (macroTable is null)
            {
                macroTable = cells[0] == "macro";
            }
            else if (macroTable == true && MacroCall().Match(cells[0]) is { Success: true } call)
            {
                var parameters = call.Groups[2].Value.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
                macros.Add(new SchemaMacro(call.Groups[1].Value, parameters, cells.Length > 1 ? cells[1] : string.Empty));
            }
        }

        return macros;
    }

    /// <summary>A macro as the macro table writes it: its name and parameters in backticks.</summary>
    [GeneratedRegex("^`([a-z_][a-z0-9_]*)\\(([^)]*)\\)`$")]
    private static partial Regex MacroCall();

    /// <summary>A table or view named in a heading: an identifier in backticks (not an option such as `--units`).</summary>
    [GeneratedRegex("`([a-z_][a-z0-9_]*)`")]
    private static partial Regex ObjectName();
}
