using System.Reflection;

namespace ReformAnalytics.Dashboard.Sql;

/// <summary>
/// The saved example queries, one embedded .sql file each under Examples/, starting with
/// <c>-- 标题：…</c> and <c>-- 说明：…</c> lines. Sorted by file name.
/// </summary>
internal static class ExampleQueries
{
    private static readonly Lazy<IReadOnlyList<ExampleQuery>> Loaded = new(Load);

    public static IReadOnlyList<ExampleQuery> All => Loaded.Value;

    public static ExampleQuery? Find(string? id) => All.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    private static List<ExampleQuery> Load()
    {
        var assembly = typeof(ExampleQueries).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Examples/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Parse(n["Examples/".Length..^".sql".Length], Read(assembly, n)))];
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static ExampleQuery Parse(string id, string text)
    {
        var title = id;
        var description = string.Empty;
        foreach (var line in text.Split('\n'))
        {
            var t = line.Trim();
            if (t.StartsWith("-- 标题：", StringComparison.Ordinal))
            {
                title = t["-- 标题：".Length..].Trim();
            }
            else if (t.StartsWith("-- 说明：", StringComparison.Ordinal))
            {
                description = t["-- 说明：".Length..].Trim();
            }
        }

        return new ExampleQuery(id, title, description, text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n");
    }
}
