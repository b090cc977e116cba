using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Risk;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Database;

/// <summary>
/// The macros of the database (task_label, ledger_label, figures_note, the scores, the table macros of the metric and
/// risk stages) against the docs: docs/schema.md lists each with its parameters and a Chinese label, and nothing that
/// does not exist; wherever a page writes a macro with its arguments, they are the macro's own. Before, schema.md named
/// no macro (`.tables` does not list them either), and metrics.md wrote task_status_at(rows), task_summary(rows) and
/// unit_score(on_time, lag, overdue, discipline) for macros whose parameters are task_rows and on_time_score, ….
/// </summary>
public sealed partial class SchemaMacroDocsTests
{
    [Fact]
    public async Task EveryMacro_IsInSchemaDocsWithItsParameters_AndEveryDocumentedOneExists()
    {
        var database = await DatabaseMacrosAsync();
        var documented = SchemaPage.Macros(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs/schema.md")));

        Assert.Equal(database.Keys.Order(StringComparer.Ordinal), documented.Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.All(documented, m => Assert.Equal(database[m.Name], m.Parameters));
        Assert.All(documented, m => Assert.Contains(m.Label, c => c is >= '\u4E00' and <= '\u9FFF'));
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/schema.md")]
    [InlineData("docs/metrics.md")]
    [InlineData("docs/risk.md")]
    [InlineData("notebooks/README.md")]
    [InlineData("dashboards/README.md")]
    public async Task Docs_WriteAMacrosArguments_AsItsParameters(string page)
    {
        var database = await DatabaseMacrosAsync();
        var columns = await DatabaseColumnsAsync();
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, page));

        // `unit_board()` names the macro alone; `unit_board(place, place_from_bottom, ranked_units)` must be its own.
        // A call on the database's columns, `group_ordinal(report_month, special_group)`, is a query, not the macro's
        // signature: it passes when it gives as many arguments as the macro takes.
        var wrong = MacroCall().Matches(text)
            .Where(m => database.ContainsKey(m.Groups[1].Value) && m.Groups[2].Value.Length > 0)
            .Select(m => (Name: m.Groups[1].Value, Written: m.Groups[2].Value.Split(',').Select(p => p.Trim()).ToList()))
            .Where(c => !c.Written.SequenceEqual(database[c.Name])
                && !(c.Written.Count == database[c.Name].Count && c.Written.All(columns.Contains)))
            .Select(c => $"{c.Name}({string.Join(", ", c.Written)}), defined as {c.Name}({string.Join(", ", database[c.Name])})")
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void MacrosReading_TakesOnlyTheMacroTablesRows()
    {
        const string text = """
            | column | 中文 | meaning |
            |---|---|---|
            | `a` | 甲 | x |

            | macro | 中文 | gives | file |
            |---|---|---|---|
            | `m(x, y_z)` | 宏一 | g | f |
            | `t(rows)` | 表宏 | g | f |
            """;

        var macros = SchemaPage.Macros(text);

        Assert.Equal(["m", "t"], macros.Select(m => m.Name));
        Assert.Equal(["x", "y_z"], macros[0].Parameters);
        Assert.Equal("宏一", macros[0].Label);
    }

    /// <summary>Every macro of a database with ingest, metric and risk definitions installed, and its parameters.</summary>
    private static async Task<Dictionary<string, List<string>>> DatabaseMacrosAsync()
    {
        await using var connection = await OpenInstalledAsync();

        var macros = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT DISTINCT function_name, array_to_string(parameters, ',') FROM duckdb_functions()
            WHERE NOT internal AND function_type IN ('macro', 'table_macro')
            """;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            macros[reader.GetString(0)] = [.. reader.GetString(1).Split(',', StringSplitOptions.RemoveEmptyEntries)];
        }

        return macros;
    }

    /// <summary>Every column name of the tables and views of a database with ingest and metric definitions installed.</summary>
    private static async Task<HashSet<string>> DatabaseColumnsAsync()
    {
        await using var connection = await OpenInstalledAsync();

        var columns = new HashSet<string>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT column_name FROM duckdb_columns() WHERE NOT internal";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static async Task<DuckDBConnection> OpenInstalledAsync()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync();
        await ReformDatabase.EnsureSchemaAsync(connection, CancellationToken.None);
        await RiskViews.InstallAsync(connection, CancellationToken.None);
        return connection;
    }

    [GeneratedRegex("`([a-z_][a-z0-9_]*)\\(([^)`]*)\\)")]
    private static partial Regex MacroCall();
}
