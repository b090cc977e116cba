using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Database;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Cli;

/// <summary>
/// .schema 表名 at the reform sql prompt (and as the one query) shows each column's Chinese label and the first clause of
/// its meaning, read from docs/schema.md as embedded in the program. Before, the column names and types only.
/// </summary>
public sealed class SchemaLabelsTests : IDisposable
{
    private readonly TempFolder _folder = new("reform-schema-labels");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Schema_ShowsEachColumnsLabel_AndTheFirstClauseOfItsMeaning()
    {
        var db = _folder.File("reform.duckdb");
        await using (await ReformDatabase.OpenForWriteAsync(db, CancellationToken.None))
        {
        }

        var (exit, output) = await CliRun.RunAsync("sql", "--db", db, "--format", "csv", ".schema snapshots");
        var lines = output.ReplaceLineEndings("\n").Split('\n');

        // docs/schema.md, snapshots: | task_id | 任务编号 | VARCHAR | stable identity of the task across months (rule below) |,
        // | status_date | 统计截止日 | DATE | last day of the report month: the status date D |,
        // | co_units | 责任（配合）单位 | VARCHAR[] | co-units, split on line breaks, 、，；;/ and spaces between names; further … |.
        Assert.Equal(0, exit);
        Assert.Equal("列名,类型,中文,含义", lines[0]);
        Assert.Equal("ledger,VARCHAR,台账类别,\"overall 改革任务总台账, assigned_pilot 上级部署试点台账, local_pilot 自选试点台账\"", lines[1]);
        Assert.Equal("task_id,VARCHAR,任务编号,stable identity of the task across months", lines[2]);
        Assert.Contains("status_date,DATE,统计截止日,last day of the report month", lines);
        Assert.Contains("co_units,VARCHAR[],责任（配合）单位,\"co-units, split on line breaks, 、，；;/ and spaces between names\"", lines);
    }

    [Fact]
    public void EmbeddedDocs_AreTheRepositorysPage()
    {
        // One source: what the program carries is docs/schema.md as it stands (risk_flags.probability, 滞后概率).
        var page = SchemaDocs.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs/schema.md")));

        Assert.Equal("滞后概率", SchemaDocs.Columns("risk_flags")["probability"].Label);
        Assert.Equal(page["risk_flags"]["probability"], SchemaDocs.Columns("RISK_FLAGS")["probability"]);
        Assert.Equal(page.Count, page.Keys.Count(k => SchemaDocs.Columns(k).Count == page[k].Count));
    }

    [Fact]
    public void Parse_TakesEachHeadingsObjects_AndOnlyColumnTables_SeveralColumnsToARow()
    {
        const string text = """
            ## `t` (stored) and `t_live` (view) — 表

            | column | 中文 | type | meaning |
            |---|---|---|---|
            | `a`, b | 甲、乙 | INTEGER | the first; and more |

            | outcome | 中文 | rule |
            |---|---|---|
            | `carried` | 已列入 | y |

            ## One name, several spellings (`--units`)

            | column | 中文 | meaning |
            |---|---|---|
            | c | 丙 | z |
            """;

        var docs = SchemaDocs.Parse(text);

        Assert.Equal(["t", "t_live"], docs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["a", "b"], docs["t_live"].Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new ColumnDoc("乙", "the first; and more"), docs["t"]["b"]);
        Assert.Equal("the first", docs["t"]["a"].FirstClause);
    }

    [Theory]
    [InlineData("stable identity of the task across months (rule below)", "stable identity of the task across months")]
    [InlineData("last day of the report month: the status date D", "last day of the report month")]
    [InlineData("`planned_pct` − `actual_pct`", "planned_pct − actual_pct")]
    [InlineData("SV(t) = ES − D", "SV(t) = ES − D")]
    [InlineData("as written. See below.", "as written")]
    [InlineData("the task", "the task")]
    public void FirstClause_EndsAtASemicolonColonStopOrBracket_AfterASpace(string meaning, string expected)
    {
        Assert.Equal(expected, new ColumnDoc("x", meaning).FirstClause);
    }
}
