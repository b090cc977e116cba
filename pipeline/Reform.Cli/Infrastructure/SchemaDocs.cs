using System.Text.RegularExpressions;

namespace ReformAnalytics.Cli.Infrastructure;

/// <summary>
/// docs/schema.md, embedded in the program as it stood when the program was built (one source: the labels are never
/// copied into code), read for each table's and view's columns: a heading names its tables and views in backticks
/// (## `task_status` (stored) and `task_status_live` (view) — …), and the tables under it headed “column | 中文 | … |
/// meaning” describe their columns, a row naming several columns giving as many labels separated by 、.
/// </summary>
internal static partial class SchemaDocs
{
    private const string ResourceName = "docs/schema.md";

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, ColumnDoc>>> Embedded = new(() =>
    {
        using var stream = typeof(SchemaDocs).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return new Dictionary<string, IReadOnlyDictionary<string, ColumnDoc>>();
        }

        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    /// <summary>The documented columns of a table or view (any case), by column name; empty when it is not documented.</summary>
    public static IReadOnlyDictionary<string, ColumnDoc> Columns(string tableOrView) =>
        Embedded.Value.TryGetValue(tableOrView.Trim(), out var columns) ? columns : new Dictionary<string, ColumnDoc>();

    /// <summary>Every documented table and view, each with its columns.</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyDictionary<string, ColumnDoc>> Parse(string markdown)
    {
        var result = new Dictionary<string, Dictionary<string, ColumnDoc>>(StringComparer.OrdinalIgnoreCase);
        IReadOnlyList<string> objects = [];
        (int Label, int Meaning)? table = null;
        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#'))
            {
                objects = [.. ObjectName().Matches(line).Select(m => m.Groups[1].Value)];
                table = null;
                continue;
            }

            if (!line.StartsWith('|'))
            {
                table = null;
                continue;
            }

            var cells = Cells(line);
            if (table is null)
            {
                // A table's header: only one headed “column | 中文 | … | meaning” describes columns.
                var label = Array.IndexOf(cells, "中文");
                table = cells[0] == "column" && label > 0 && cells.Length > label + 1 ? (label, cells.Length - 1) : (-1, -1);
            }
            else if (table is { } t && t.Label > 0 && cells.Length > t.Meaning && !cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                var columns = cells[0].Split(',').Select(c => c.Trim().Trim('`')).Where(c => c.Length > 0).ToArray();
                var labels = cells[t.Label].Split('、');
                for (var i = 0; i < columns.Length; i++)
                {
                    var doc = new ColumnDoc(labels.Length == columns.Length ? labels[i].Trim() : cells[t.Label], cells[t.Meaning]);
                    foreach (var o in objects)
                    {
                        (result.TryGetValue(o, out var known) ? known : result[o] = new(StringComparer.OrdinalIgnoreCase)).TryAdd(columns[i], doc);
                    }
                }
            }
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, ColumnDoc>)p.Value, StringComparer.OrdinalIgnoreCase);
    }

    private static string[] Cells(string line) => [.. line.Trim('|').Split('|').Select(c => c.Trim())];

    /// <summary>A table or view named in a heading: an identifier in backticks (not an option such as `--units`).</summary>
    [GeneratedRegex("`([a-z_][a-z0-9_]*)`")]
    private static partial Regex ObjectName();
}
