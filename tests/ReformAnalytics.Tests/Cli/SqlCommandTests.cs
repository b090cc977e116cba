using ReformAnalytics.Database;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Cli;

/// <summary>
/// `reform sql` as a new analyst meets it: its .help on a narrow terminal, and what it says for the common mistakes (a
/// misspelt column or table, a write, a wrong --db, a query that opens with an SQL comment). On a database holding the
/// ingest tables and no rows.
/// </summary>
public sealed class SqlCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("reform-sql");

    private string Db => _folder.File("reform.duckdb");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Help_OnANarrowTerminal_WrapsEachDescriptionUnderItsOwnColumn()
    {
        await CreateDatabaseAsync();

        var (exit, lines) = await CliRun.RunAtWidthAsync(50, "sql", "--db", Db, ".help");

        // By hand at 50 cells: the commands' column is 16 (“.schema 名称” is 8 + 4, and four spaces), leaving 34 for the
        // description. 列出某个表或视图的列、类型、中文名 is 17 full-width characters, 34 cells: 和 would make 36, and the
        // line breaks between 名 and 和; 和含义（如 .schema snapshots） is 30. Before, the wrapped part began at the left
        // edge, under the commands.
        Assert.Equal(0, exit);
        var at = Array.FindIndex(lines, l => l.StartsWith(".schema", StringComparison.Ordinal));
        Assert.Equal(
            [
                ".schema 名称    列出某个表或视图的列、类型、中文名",
                "                和含义（如 .schema snapshots）",
                ".help           显示本说明",
            ],
            lines[at..(at + 3)]);
    }

    [Fact]
    public async Task Help_ToAFile_KeepsEachCommandOnOneLine()
    {
        await CreateDatabaseAsync();

        var (_, output) = await CliRun.RunAsync("sql", "--db", Db, ".help");

        Assert.Contains(".schema 名称    列出某个表或视图的列、类型、中文名和含义（如 .schema snapshots）\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("其他输入按 SQL 查询执行，以分号结尾；可分多行输入。", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownDotCommand_ListsTheCommands()
    {
        await CreateDatabaseAsync();

        var (exit, output) = await CliRun.RunAsync("sql", "--db", Db, ".tabels");

        Assert.Equal(1, exit);
        Assert.Contains("不认识的命令“.tabels”。可用的命令：\n.tables         列出可以查询的表和视图\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SELECT lead_unt FROM snapshots", "找不到列“lead_unt”。是不是“lead_unit”？")]
    [InlineData("SELECT s.lead_unt FROM snapshots s", "“s”中没有名为“lead_unt”的列。是不是“lead_unit”？")]
    [InlineData("SELECT * FROM snapshot", "找不到名为“snapshot”的表或视图。是不是“snapshots”？")]
    [InlineData("SELECT cout(*) FROM snapshots", "没有名为“cout”的函数，或者参数的个数、类型不对。是不是“count”？")]
    public async Task AMisspeltName_IsNamed_WithTheNearestNameDuckDbOffers(string sql, string expected)
    {
        await CreateDatabaseAsync();

        var (exit, output) = await CliRun.RunAsync("sql", "--db", Db, sql);

        Assert.Equal(1, exit);
        Assert.Contains("查询出错：" + expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANameFarFromAnyOther_GetsNoSuggestion_AndAChineseOne_IsToldNamesAreEnglish()
    {
        await CreateDatabaseAsync();

        var (_, far) = await CliRun.RunAsync("sql", "--db", Db, "SELECT xyz FROM snapshots");
        var (_, chinese) = await CliRun.RunAsync("sql", "--db", Db, "SELECT 牵头单位 FROM snapshots");

        // DuckDB offers its nearest name however far (xyz: co_units); passed on, it would send the analyst astray.
        Assert.Contains($"查询出错：找不到列“xyz”。请核对列名（运行 reform sql --db {Db} .schema 表名 可列出一个表或视图的列，各列含义见 docs/schema.md）。", far, StringComparison.Ordinal);
        Assert.Contains("查询出错：找不到列“牵头单位”。列名都是英文（如 task_name、lead_unit）", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("是不是", chinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DELETE FROM snapshots", "DELETE")]
    [InlineData("update snapshots SET ledger = 'x'", "UPDATE")]
    [InlineData("CREATE TABLE mine AS SELECT 1", "CREATE")]
    public async Task AWriteStatement_IsRefused_NamingTheStatement(string sql, string statement)
    {
        await CreateDatabaseAsync();

        var (exit, output) = await CliRun.RunAsync("sql", "--db", Db, sql);

        Assert.Equal(1, exit);
        Assert.Contains($"查询出错：本命令只能查询数据，不能新增、修改或删除（这条语句是 {statement}）：数据库以只读方式打开。", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuery_ThatOpensWithAnSqlComment_Runs()
    {
        await CreateDatabaseAsync();

        // As the examples of docs/metrics.md begin; before, “-- …” was refused as an unknown option.
        var (exit, output) = await CliRun.RunAsync("sql", "--db", Db, "--format", "csv", "-- 已入库的行数\nSELECT count(*) AS n FROM snapshots");

        Assert.Equal(0, exit);
        Assert.Equal("n\n0\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task ADbThatIsMissing_AFolder_OrNotADatabase_IsNamedInChinese()
    {
        var notADatabase = _folder.File("台账.csv");
        await File.WriteAllTextAsync(notADatabase, "序号,改革任务\n1,营商环境改革\n");

        var (missingExit, missing) = await CliRun.RunAsync("sql", "--db", _folder.File("无此库.duckdb"), "SELECT 1");
        var (folderExit, folder) = await CliRun.RunAsync("sql", "--db", _folder.Path, "SELECT 1");
        var (fileExit, file) = await CliRun.RunAsync("sql", "--db", notADatabase, "SELECT 1");

        Assert.Equal((1, 1, 1), (missingExit, folderExit, fileExit));
        Assert.Contains($"找不到数据库文件“{_folder.File("无此库.duckdb")}”。请先运行 reform ingest 或 reform demo。", missing, StringComparison.Ordinal);
        Assert.Contains($"“{_folder.Path}”是一个文件夹，不是数据库文件。", folder, StringComparison.Ordinal);
        // Before: 数据库报错：DuckDBOpen failed: IO Error: The file … exists, but it is not a valid DuckDB database file!
        Assert.Contains($"“{notADatabase}”不是 DuckDB 数据库文件，无法查询。", file, StringComparison.Ordinal);
        Assert.DoesNotContain("IO Error", file, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IO Error: Could not set lock on file \"/data/reform.duckdb\": Conflicting lock is held in /usr/bin/dotnet (PID 4242) by user office. See also https://duckdb.org/docs/connect/concurrency", "数据库文件“/data/reform.duckdb”正被另一个程序以可写方式打开（如正在运行的 reform ingest、reform demo 或笔记本），暂时不能查询。")]
    [InlineData("IO Error: Trying to read a database file with version number 39, but we can only read version 64.", "数据库文件“/data/reform.duckdb”由另一版本的 DuckDB 写成，本工具无法打开。")]
    [InlineData("IO Error: Corrupt database file: computed checksum 1 does not match stored checksum 2 in block at location 4096", "无法打开数据库文件“/data/reform.duckdb”。数据库原文：IO Error: Corrupt database file")]
    public void ADatabaseThatCannotBeOpened_IsToldWhy_InChinese(string duckDbMessage, string expected)
    {
        // DuckDB's messages as it gives them when another process writes the file, for a file of another storage version,
        // and for a damaged one (“block” is no lock).
        Assert.StartsWith(expected, ReformAnalytics.Cli.Commands.SqlCommand.OpenFailed("/data/reform.duckdb", duckDbMessage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingTable_InTheOneQuery_NamesTheCommandThatListsTheTables()
    {
        await CreateDatabaseAsync();

        var (exit, output) = await CliRun.RunAsync("sql", "--db", Db, "SELECT * FROM no_such_table");
        var (tablesExit, tables) = await CliRun.RunAsync("sql", "--db", Db, "--format", "csv", ".tables");

        // Before: 交互模式下输入 .tables, for a prompt the analyst was not at. The command it names runs and lists snapshots.
        Assert.Equal(1, exit);
        Assert.Contains($"找不到名为“no_such_table”的表或视图。运行 reform sql --db {Db} .tables 可列出可以查询的表和视图；", output, StringComparison.Ordinal);
        Assert.DoesNotContain("交互模式", output, StringComparison.Ordinal);
        Assert.Equal(0, tablesExit);
        Assert.Contains("\nsnapshots,BASE TABLE\n", tables.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void OneQuery_ADatabasePathWithASpace_IsQuotedInTheCommandItNames()
    {
        Assert.StartsWith("运行 reform sql --db \"/data/改革 台账/reform.duckdb\" .tables", ReformAnalytics.Cli.Commands.SqlCommand.OneQuery("/data/改革 台账/reform.duckdb").TablesHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePrompt_EndsAStatementAtASemicolonOutsideQuotesAndComments()
    {
        await CreateDatabaseAsync();

        // Line 1 ends in a comment after its semicolon: it runs at once (before, the prompt waited for another “;”, took
        // .quit as more of the query and ran nothing). Lines 2–3 are one query: the “;” in the string and the one in the
        // comment at the end of line 2 end nothing (before, line 2 ran alone and line 3 was an error).
        const string typed = "SELECT 42 AS answer; -- 注：先试一下\nSELECT ';' AS sign -- 不是结尾；也不是;\n, 7 AS n;\n.quit\n";

        var (exit, output) = await CliRun.RunWithInputAsync(typed, "sql", "--db", Db, "--format", "csv");

        var text = output.ReplaceLineEndings("\n");
        Assert.Equal(0, exit);
        Assert.Contains("answer\n42\n", text, StringComparison.Ordinal);
        Assert.Contains("sign,n\n;,7\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("查询出错", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SELECT 1;", true)]
    [InlineData("SELECT 1; -- 注", true)]
    [InlineData("SELECT 1; /* 注 */  ", true)]
    [InlineData("SELECT 1;\n-- 注\n", true)]
    [InlineData("SELECT 'a;b' AS x;", true)]
    [InlineData("SELECT 1", false)]
    [InlineData("SELECT 1 -- 注;", false)]
    [InlineData("SELECT 'a;", false)]
    [InlineData("SELECT \"列;", false)]
    [InlineData("SELECT 1 /* ; */", false)]
    [InlineData("SELECT 1; /* 注", false)]
    [InlineData("SELECT 'it''s';", true)]
    [InlineData("", false)]
    public void StatementEnd_IsASemicolonOutsideQuotesAndComments(string typed, bool complete)
    {
        Assert.Equal(complete, ReformAnalytics.Cli.Commands.SqlStatementEnd.IsComplete(typed));
    }

    private async Task CreateDatabaseAsync()
    {
        await using var connection = await ReformDatabase.OpenForWriteAsync(Db, CancellationToken.None);
    }
}
