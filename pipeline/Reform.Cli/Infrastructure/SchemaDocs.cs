using ReformAnalytics.Database;

namespace ReformAnalytics.Cli.Infrastructure;

/// <summary>
/// docs/schema.md, embedded in the program as it stood when the program was built (one source: the labels are never
/// copied into code), as read by <see cref="SchemaPage"/>: each table's and view's documented columns, a row naming
/// several columns giving as many labels separated by 、.
/// </summary>
internal static class SchemaDocs
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

    /// <summary>Every documented table and view, each with its columns (the first description of a column wins).</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyDictionary<string, ColumnDoc>> Parse(string markdown)
    {
        var result = new Dictionary<string, Dictionary<string, ColumnDoc>>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in SchemaPage.Parse(markdown))
        {
            foreach (var row in section.Rows.Where(r => r.Labels.Count > 0))
            {
                for (var i = 0; i < row.Columns.Count; i++)
                {
                    var doc = new ColumnDoc(row.Label(i), row.Meaning);
                    foreach (var o in section.Objects)
                    {
                        (result.TryGetValue(o, out var known) ? known : result[o] = new(StringComparer.OrdinalIgnoreCase)).TryAdd(row.Columns[i], doc);
                    }
                }
            }
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, ColumnDoc>)p.Value, StringComparer.OrdinalIgnoreCase);
    }
}
