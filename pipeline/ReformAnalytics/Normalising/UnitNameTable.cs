using System.Text;
using System.Text.Json;
using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReformAnalytics.Normalising;

/// <summary>
/// The office's table of unit names (单位名称对照表, the <c>--units</c> file): for each unit the one name its
/// figures are counted under, and the other ways ledgers write it (简称 and 全称, an old name after a unit was
/// renamed). JSON or YAML, one mapping, the name to use → one other spelling or a list of them:
/// <code>
/// 县发改局: [县发展和改革局, 县发展改革局]
/// 县委编办: 县委机构编制委员会办公室
/// </code>
/// Spellings are compared without spaces and without a 县/市/区 prefix (<see cref="UnitNames.ShortName"/>), so the
/// table above also makes 发改局 and 发展和改革局 县发改局. A unit the table does not name is kept as written.
/// A spelling given to two units is refused, naming the line.
/// </summary>
public sealed class UnitNameTable
{
    private readonly Dictionary<string, string> _byKey;
    private readonly Dictionary<string, List<string>> _spellings;

    private UnitNameTable(Dictionary<string, string> byKey, Dictionary<string, List<string>> spellings, string sourceFile)
    {
        _byKey = byKey;
        _spellings = spellings;
        SourceFile = sourceFile;
    }

    /// <summary>The file the table came from ("" when built in code).</summary>
    public string SourceFile { get; }

    /// <summary>How many units the table names.</summary>
    public int Count => _spellings.Count;

    /// <summary>Every (unit, spelling) pair of the table, units in the order given, each unit's own name first.</summary>
    public IEnumerable<(string Unit, string Spelling)> Pairs =>
        _spellings.SelectMany(u => u.Value.Select(s => (u.Key, s)));

    /// <summary>Whether <paramref name="other"/> gives every unit the same spellings (order aside); an empty table equals none.</summary>
    public bool SameAs(UnitNameTable? other)
    {
        if (other is null)
        {
            return Count == 0;
        }

        var mine = Pairs.ToHashSet();
        var theirs = other.Pairs.ToHashSet();
        return mine.SetEquals(theirs);
    }

    /// <summary>The name to count a unit under: the table's name for it, else the unit as written.</summary>
    public string Canonical(string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return _byKey.TryGetValue(Key(unit), out var name) ? name : unit;
    }

    /// <summary>Whether <paramref name="unit"/> is one of the table's names to use (not merely a spelling of one).</summary>
    public bool Names(string unit) => _spellings.ContainsKey(unit);

    /// <summary>Every spelling the table gives the unit's name (the name itself first); just the unit when the table does not name it.</summary>
    public IReadOnlyList<string> SpellingsOf(string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return _spellings.TryGetValue(Canonical(unit), out var all) ? all : [unit];
    }

    /// <summary>The units as the table names them, repeats dropped, order kept; the list itself when nothing changes.</summary>
    public IReadOnlyList<string> CanonicalAll(IReadOnlyList<string> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var named = units.Select(Canonical).ToList();
        return named.Select((n, i) => string.Equals(n, units[i], StringComparison.Ordinal)).All(same => same)
            ? units
            : [.. named.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A table from (name to use, other spelling) pairs; a name with no other spelling may pair with itself.</summary>
    public static UnitNameTable FromPairs(IEnumerable<KeyValuePair<string, string>> pairs, string sourceFile = "")
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return Build(pairs.Select(p => new Entry(p.Key, p.Value, 0)), sourceFile);
    }

    /// <summary>Parses table text (YAML or JSON); a malformed table throws <see cref="LedgerInputException"/> saying where.</summary>
    public static UnitNameTable Parse(string content, bool json, string sourceFile = "")
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(sourceFile);
        return Build(json ? ReadJson(content, sourceFile) : ReadYaml(content, sourceFile), sourceFile);
    }

    /// <summary>Loads a table file; JSON by the extension .json or a leading {, else YAML.</summary>
    public static async Task<UnitNameTable> LoadAsync(string path, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new LedgerInputException(path, "找不到单位名称对照表文件，请检查 --units 后的路径");
        }

        var content = await File.ReadAllTextAsync(path, Encoding.UTF8, ct).ConfigureAwait(false);
        var json = string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase) || content.TrimStart().StartsWith('{');
        var table = Parse(content, json, path);
        if (table.Count == 0 && !ExplicitlyEmpty(content))
        {
            // Most likely the draft of reform units passed as it came, every suggestion still a comment: taken as it is,
            // it would clear the kept table and store every month again under the names as written.
            throw new LedgerInputException(path, "单位名称对照表中没有任何单位：如是 reform units 生成的草稿，其中的建议都还是注释，请逐条核对后去掉行首的“#”再导入。如确要清除已保存的对照表，请在文件中只写 {}。");
        }

        return table;
    }

    /// <summary>Whether a table with no units says so on purpose: its text, comments and whitespace aside, is <c>{}</c>.</summary>
    private static bool ExplicitlyEmpty(string content) =>
        string.Concat(content.Split('\n').Select(line => line.Split('#')[0]).SelectMany(line => line.Where(c => !char.IsWhiteSpace(c)))) == "{}";

    /// <summary>How spellings are compared: without whitespace, role markers or a 县/市/区 prefix.</summary>
    private static string Key(string unit) => UnitSpellings.KeyOf(unit);

    private static UnitNameTable Build(IEnumerable<Entry> entries, string sourceFile)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var spellings = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, spelling, line) in entries)
        {
            var canonical = CellText.Collapse(name);
            var other = CellText.Collapse(spelling);
            if (canonical is null || other is null)
            {
                throw new LedgerInputException(sourceFile, "单位名称对照表中有空的单位名称；每行写“统一使用的名称: 其他写法”", row: line, value: name ?? string.Empty);
            }

            foreach (var written in new[] { canonical, other })
            {
                var key = Key(written);
                if (byKey.TryGetValue(key, out var taken) && !string.Equals(taken, canonical, StringComparison.Ordinal))
                {
                    throw new LedgerInputException(sourceFile, $"单位名称对照表中“{written}”同时对应“{taken}”和“{canonical}”，请只保留一个", row: line, value: written);
                }

                byKey[key] = canonical;
            }

            if (!spellings.TryGetValue(canonical, out var list))
            {
                spellings[canonical] = list = [canonical];
            }

            if (!list.Contains(other, StringComparer.Ordinal))
            {
                list.Add(other);
            }
        }

        return new UnitNameTable(byKey, spellings, sourceFile);
    }

    private static List<Entry> ReadJson(string content, string sourceFile)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? checked((int)l + 1) : 0;
            throw new LedgerInputException(sourceFile, "单位名称对照表不是有效的 JSON，请检查该行附近的引号、逗号和括号", row: line, inner: ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new LedgerInputException(sourceFile, NotAMapping);
            }

            var entries = new List<Entry>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var values = property.Value.ValueKind switch
                {
                    JsonValueKind.String => [property.Value.GetString()!],
                    JsonValueKind.Array when property.Value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
                        property.Value.EnumerateArray().Select(v => v.GetString()!).ToList(),
                    _ => throw new LedgerInputException(sourceFile, NotText(property.Name), column: property.Name, value: property.Value.GetRawText()),
                };
                entries.AddRange(WithSelf(property.Name, values, 0));
            }

            return entries;
        }
    }

    private static List<Entry> ReadYaml(string content, string sourceFile)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(content));
        }
        catch (YamlException ex)
        {
            throw new LedgerInputException(sourceFile, "单位名称对照表不是有效的 YAML，请检查该行的冒号、缩进和括号", row: checked((int)ex.Start.Line), inner: ex);
        }

        if (stream.Documents.Count == 0)
        {
            // Nothing but comments (a draft of reform units with every suggestion left commented out): no units.
            return [];
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new LedgerInputException(sourceFile, NotAMapping);
        }

        var entries = new List<Entry>();
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var line = checked((int)keyNode.Start.Line);
            var name = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
            List<string> values = valueNode switch
            {
                YamlScalarNode { Value: null or "" } => [],
                YamlScalarNode scalar => [scalar.Value],
                YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode) =>
                    [.. sequence.Children.Cast<YamlScalarNode>().Select(c => c.Value ?? string.Empty)],
                _ => throw new LedgerInputException(sourceFile, NotText(name), row: line, column: name),
            };
            entries.AddRange(WithSelf(name, values, line));
        }

        return entries;
    }

    /// <summary>A unit's entries: itself (so a unit listed alone still gathers its prefixed and unprefixed forms), then each other spelling.</summary>
    private static IEnumerable<Entry> WithSelf(string name, IEnumerable<string> spellings, int line) =>
        spellings.Prepend(name).Select(s => new Entry(name, s, line));

    private const string NotAMapping = "单位名称对照表应为“统一使用的名称: 其他写法”的对照，每个单位一行，例如“县发改局: [县发展和改革局, 县发展改革局]”";

    private static string NotText(string name) => $"单位名称对照表中“{name}”的其他写法应为一个名称或名称列表，例如“{name}: [写法一, 写法二]”";

    private readonly record struct Entry(string Name, string? Spelling, int Line);
}
