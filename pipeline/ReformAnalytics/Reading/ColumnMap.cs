using System.Text;
using System.Text.Json;
using ReformAnalytics.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReformAnalytics.Reading;

/// <summary>
/// A user's mapping from header texts to canonical columns (the <c>--map</c> file), for ledgers whose headers
/// the built-in <see cref="ColumnAliases"/> do not know, e.g. an English export. The file is one flat mapping,
/// JSON or YAML, header text as written → column name:
/// <code>
/// Task: task
/// Lead unit: lead_unit
/// Deadline: 完成时限
/// Remarks: ignore
/// </code>
/// A column name is an English identifier of <see cref="CanonicalColumnNames"/> (any case, <c>_</c> optional),
/// or a Chinese header alias; <c>ignore</c> (or <c>忽略</c>) makes the reader skip that column. Map entries
/// take precedence over the built-in aliases. Headers are compared normalised (<see cref="HeaderText"/>).
/// </summary>
public sealed class ColumnMap
{
    private static readonly string[] IgnoreWords = ["ignore", "skip", "忽略"];
    private readonly Dictionary<string, CanonicalColumn?> _entries;

    private ColumnMap(Dictionary<string, CanonicalColumn?> entries, string sourceFile)
    {
        _entries = entries;
        SourceFile = sourceFile;
    }

    /// <summary>The file the map came from ("" when built in code).</summary>
    public string SourceFile { get; }

    public int Count => _entries.Count;

    /// <summary>
    /// True when the map names this header; <paramref name="column"/> is then the column it maps to, or null
    /// when the map says to ignore the header.
    /// </summary>
    public bool TryResolve(string header, out CanonicalColumn? column)
    {
        ArgumentNullException.ThrowIfNull(header);
        return _entries.TryGetValue(HeaderText.Normalize(header), out column);
    }

    public static ColumnMap FromPairs(IEnumerable<KeyValuePair<string, string>> pairs, string sourceFile = "")
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return Build(pairs.Select(p => new MapEntry(p.Key, p.Value, 0)), sourceFile);
    }

    /// <summary>Parses map text; a malformed map throws <see cref="LedgerInputException"/> saying where.</summary>
    public static ColumnMap Parse(string content, ColumnMapFormat format, string sourceFile = "")
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(sourceFile);
        var entries = format == ColumnMapFormat.Json ? ReadJson(content, sourceFile) : ReadYaml(content, sourceFile);
        return Build(entries, sourceFile);
    }

    /// <summary>Loads a map file; the format follows the extension (.json, .yaml, .yml), else the content.</summary>
    public static async Task<ColumnMap> LoadAsync(string path, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new LedgerInputException(path, ReadingMessages.MapFileMissing);
        }

        var content = await File.ReadAllTextAsync(path, Encoding.UTF8, ct).ConfigureAwait(false);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var format = extension switch
        {
            ".json" => ColumnMapFormat.Json,
            ".yaml" or ".yml" => ColumnMapFormat.Yaml,
            _ => content.TrimStart().StartsWith('{') ? ColumnMapFormat.Json : ColumnMapFormat.Yaml,
        };
        return Parse(content, format, path);
    }

    private static ColumnMap Build(IEnumerable<MapEntry> entries, string sourceFile)
    {
        var map = new Dictionary<string, CanonicalColumn?>(StringComparer.Ordinal);
        foreach (var (header, target, line) in entries)
        {
            var key = string.IsNullOrWhiteSpace(header) ? string.Empty : HeaderText.Normalize(header);
            if (key.Length == 0)
            {
                throw new LedgerInputException(sourceFile, ReadingMessages.MapEmptyHeader, row: line, value: target ?? string.Empty);
            }

            CanonicalColumn? column;
            if (IgnoreWords.Contains(target?.Trim().ToLowerInvariant()))
            {
                column = null;
            }
            else if (CanonicalColumnNames.TryParse(target, out var parsed))
            {
                column = parsed;
            }
            else
            {
                throw new LedgerInputException(sourceFile, ReadingMessages.MapUnknownColumn(header, target), row: line, column: header, value: target ?? string.Empty);
            }

            if (!map.TryAdd(key, column))
            {
                throw new LedgerInputException(sourceFile, ReadingMessages.MapDuplicateHeader(header), row: line, column: header);
            }
        }

        return new ColumnMap(map, sourceFile);
    }

    private static List<MapEntry> ReadJson(string content, string sourceFile)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? checked((int)l + 1) : 0;
            throw new LedgerInputException(sourceFile, ReadingMessages.MapSyntax("JSON"), row: line, inner: ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new LedgerInputException(sourceFile, ReadingMessages.MapNotAMapping);
            }

            var entries = new List<MapEntry>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    throw new LedgerInputException(sourceFile, ReadingMessages.MapValueNotText(property.Name), column: property.Name, value: property.Value.GetRawText());
                }

                entries.Add(new MapEntry(property.Name, property.Value.GetString(), 0));
            }

            return entries;
        }
    }

    private static List<MapEntry> ReadYaml(string content, string sourceFile)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(content));
        }
        catch (YamlException ex)
        {
            throw new LedgerInputException(sourceFile, ReadingMessages.MapSyntax("YAML"), row: checked((int)ex.Start.Line), inner: ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new LedgerInputException(sourceFile, ReadingMessages.MapNotAMapping);
        }

        var entries = new List<MapEntry>();
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var line = checked((int)keyNode.Start.Line);
            if (keyNode is not YamlScalarNode key || valueNode is not YamlScalarNode value)
            {
                throw new LedgerInputException(sourceFile, ReadingMessages.MapValueNotText(keyNode.ToString()), row: line, column: keyNode.ToString());
            }

            entries.Add(new MapEntry(key.Value ?? string.Empty, value.Value, line));
        }

        return entries;
    }

    private readonly record struct MapEntry(string Header, string? Target, int Line);
}
