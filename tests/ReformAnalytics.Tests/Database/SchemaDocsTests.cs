using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Risk;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Database;

/// <summary>
/// docs/schema.md against the database itself: every table and view a database holds once ingest, the metric stage and
/// the risk stage have installed theirs (information_schema) is described there, each column with its English name, a
/// Chinese label and a meaning; and nothing described there is missing from the database. Before, the metric and risk
/// views (task_status, metric_summary, …, risk_flags) were named only in docs/metrics.md and docs/risk.md, several of
/// their columns nowhere (task_status.report_quarter, return_expectations.unit, risk_features.unit_late, …).
/// </summary>
public sealed partial class SchemaDocsTests
{
    [Fact]
    public async Task EveryTableViewAndColumn_IsDocumented_AndEveryDocumentedOneExists()
    {
        var database = await DatabaseColumnsAsync();
        var docs = DocumentedSections(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs/schema.md")));

        var documentedObjects = docs.SelectMany(s => s.Objects).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(database.Keys.Where(o => !documentedObjects.Contains(o)).Order(StringComparer.Ordinal));
        Assert.Empty(documentedObjects.Where(o => !database.ContainsKey(o)).Order(StringComparer.Ordinal));

        var undocumented = new List<string>();
        var notInDatabase = new List<string>();
        foreach (var section in docs)
        {
            var columns = section.Rows.SelectMany(r => r.Columns).ToHashSet(StringComparer.Ordinal);
            undocumented.AddRange(section.Objects.SelectMany(o => database[o].Where(c => !columns.Contains(c)).Select(c => $"{o}.{c}")));
            var inAny = section.Objects.SelectMany(o => database[o]).ToHashSet(StringComparer.Ordinal);
            notInDatabase.AddRange(columns.Where(c => !inAny.Contains(c)).Select(c => $"{string.Join('/', section.Objects)}.{c}"));
        }

        Assert.Empty(undocumented);
        Assert.Empty(notInDatabase);
    }

    [Fact]
    public void EveryDocumentedColumn_HasOneChineseLabel_AndAMeaning()
    {
        var docs = DocumentedSections(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs/schema.md")));

        // A row naming several columns gives as many labels, separated by 、 (ledger, report_month | 台账、月份).
        var wrong = docs.SelectMany(s => s.Rows)
            .Where(r => r.Labels.Length != r.Columns.Length || r.Labels.Any(l => !l.Any(IsChinese)) || r.Meaning.Length == 0)
            .Select(r => string.Join(", ", r.Columns))
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void DocsReading_TakesEachSectionsObjects_AndOnlyItsColumnTables()
    {
        // The rule above must see what it checks: the names in a heading's backticks (not an option like `--units`), and
        // the rows of a table headed “column”, a row naming several columns with as many labels.
        const string text = """
            ## `t` (stored) and `t_live` (view) — 表

            | column | 中文 | meaning |
            |---|---|---|
            | `a`, b | 甲、乙 | x |

            | outcome | 中文 | rule |
            |---|---|---|
            | `carried` | 已列入 | y |

            ## One name, several spellings (`--units`)

            | column | 中文 | meaning |
            |---|---|---|
            | c | 丙 | z |
            """;

        var section = Assert.Single(DocumentedSections(text));
        Assert.Equal(["t", "t_live"], section.Objects);
        var row = Assert.Single(section.Rows);
        Assert.Equal(["a", "b"], row.Columns);
        Assert.Equal(["甲", "乙"], row.Labels);
    }

    /// <summary>Every table and view of a database with ingest, metric and risk definitions installed, and its columns.</summary>
    private static async Task<Dictionary<string, List<string>>> DatabaseColumnsAsync()
    {
        await using var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync();
        await ReformDatabase.EnsureSchemaAsync(connection, CancellationToken.None);
        await RiskViews.InstallAsync(connection, CancellationToken.None);
        await ReformDatabase.ExecuteAsync(connection, SqlResources.Load("Risk/risk_flags.sql"), CancellationToken.None);

        var columns = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = current_schema()
            ORDER BY table_name, ordinal_position
            """;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            if (!columns.TryGetValue(table, out var list))
            {
                columns[table] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return columns;
    }

    /// <summary>
    /// The sections of docs/schema.md that describe tables or views: a heading whose backticked names are identifiers,
    /// with the rows of the tables under it (up to the next heading) whose header's first cell is “column”.
    /// </summary>
    private static List<DocSection> DocumentedSections(string markdown)
    {
        var sections = new List<DocSection>();
        DocSection? current = null;
        var inColumnTable = false;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()))
        {
            if (line.StartsWith('#'))
            {
                var names = Backticked().Matches(line).Select(m => m.Groups[1].Value).ToList();
                current = names.Count > 0 && names.All(n => Identifier().IsMatch(n)) ? new DocSection(names, []) : null;
                if (current is not null)
                {
                    sections.Add(current);
                }

                inColumnTable = false;
                continue;
            }

            if (!line.StartsWith('|'))
            {
                inColumnTable = false;
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells[0] == "column")
            {
                inColumnTable = true;
                continue;
            }

            if (!inColumnTable || current is null || cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            var columns = cells[0].Split(',').Select(c => c.Trim().Trim('`')).ToArray();
            var labels = cells.Length > 1 ? cells[1].Split('、').Select(l => l.Trim()).ToArray() : [];
            current.Rows.Add(new DocRow(columns, labels, cells.Length > 2 ? cells[^1] : string.Empty));
        }

        return sections;
    }

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex Identifier();

    private sealed record DocSection(List<string> Objects, List<DocRow> Rows);

    private sealed record DocRow(string[] Columns, string[] Labels, string Meaning);
}
