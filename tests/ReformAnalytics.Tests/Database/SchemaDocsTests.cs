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
public sealed class SchemaDocsTests
{
    [Fact]
    public async Task EveryTableViewAndColumn_IsDocumented_AndEveryDocumentedOneExists()
    {
        var database = await DatabaseColumnsAsync();
        var docs = SchemaPage.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs/schema.md")));

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
        var docs = SchemaPage.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs/schema.md")));

        // A row naming several columns gives as many labels, separated by 、 (ledger, report_month | 台账、月份).
        var wrong = docs.SelectMany(s => s.Rows)
            .Where(r => r.Labels.Count != r.Columns.Count || r.Labels.Any(l => !l.Any(IsChinese)) || r.Meaning.Length == 0)
            .Select(r => string.Join(", ", r.Columns))
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void DocsReading_TakesEachSectionsObjects_AndOnlyItsColumnTables()
    {
        // The rules above must see what they check (SchemaPage, the one reading of the page): the names in a heading's
        // backticks (not an option like `--units`), the rows of a table headed “column”, a row naming several columns
        // with its labels as written, so that a row giving too few is seen.
        const string text = """
            ## `t` (stored) and `t_live` (view) — 表

            | column | 中文 | meaning |
            |---|---|---|
            | `a`, b | 甲、乙 | x |
            | `c`, d | 丙 | y |

            | outcome | 中文 | rule |
            |---|---|---|
            | `carried` | 已列入 | y |

            ## One name, several spellings (`--units`)

            | column | 中文 | meaning |
            |---|---|---|
            | e | 戊 | z |
            """;

        var section = Assert.Single(SchemaPage.Parse(text));
        Assert.Equal(["t", "t_live"], section.Objects);
        Assert.Equal(2, section.Rows.Count);
        Assert.Equal(["a", "b"], section.Rows[0].Columns);
        Assert.Equal(["甲", "乙"], section.Rows[0].Labels);
        Assert.Equal("x", section.Rows[0].Meaning);
        Assert.Equal(["c", "d"], section.Rows[1].Columns);
        Assert.Equal(["丙"], section.Rows[1].Labels);
        Assert.Equal("丙", section.Rows[1].Label(1));
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

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
