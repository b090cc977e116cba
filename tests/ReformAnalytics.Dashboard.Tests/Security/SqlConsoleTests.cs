using System.Diagnostics;
using System.Net;
using DuckDB.NET.Data;
using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Security;

/// <summary>
/// The SQL console refuses everything but queries. Each class of forbidden statement is tried twice: through
/// the console (what the analyst sees), and straight on a connection opened the way the dashboard opens its
/// copy, without the console's gate, to show that DuckDB itself refuses it.
/// </summary>
public sealed class SqlConsoleTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    public static TheoryData<string, string> Forbidden => new()
    {
        { "write: INSERT", "INSERT INTO snapshots SELECT * FROM snapshots" },
        { "write: UPDATE", "UPDATE snapshots SET progress_pct = 100" },
        { "write: DELETE", "DELETE FROM snapshots" },
        { "write: CREATE", "CREATE TABLE stolen AS SELECT 1" },
        { "write: DROP", "DROP TABLE snapshots" },
        { "COPY TO a file", "COPY snapshots TO '/tmp/reform-stolen.csv'" },
        { "COPY FROM a file", "COPY snapshots FROM '/etc/passwd'" },
        { "ATTACH", "ATTACH '/tmp/reform-other.duckdb' AS other" },
        { "INSTALL", "INSTALL httpfs" },
        { "LOAD", "LOAD httpfs" },
        { "SET", "SET threads = 1" },
        { "SET memory", "SET memory_limit = '1GB'" },
        { "RESET lock", "RESET lock_configuration" },
        { "PRAGMA change", "PRAGMA threads = 1" },
        { "read_csv of a file", "SELECT * FROM read_csv('/etc/passwd')" },
        { "read_text of a file", "SELECT * FROM read_text('/etc/hostname')" },
        { "glob of a folder", "SELECT * FROM glob('/etc/*')" },
        { "EXPORT DATABASE", "EXPORT DATABASE '/tmp/reform-export'" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public async Task Console_ForbiddenStatement_RefusedAndDataUnchanged(string kind, string sql)
    {
        using var client = fixture.Factory.CreateClient();

        var html = await RunAsync(client, sql);

        Assert.True(html.Contains("notice warn", StringComparison.Ordinal) || html.Contains("notice error", StringComparison.Ordinal), kind);
        Assert.Contains("不能", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"result-info\"", html, StringComparison.Ordinal);
        var after = await RunAsync(client, "SELECT count(*) AS n FROM snapshots");
        Assert.Contains(">17<", after, StringComparison.Ordinal); // 6 tasks x 3 months, less T5's June return
    }

    [Theory]
    [MemberData(nameof(Forbidden))]
    public async Task Sandbox_ForbiddenStatement_RefusedByDuckDbItself(string kind, string sql)
    {
        using var lease = fixture.Factory.Mirror.Acquire()!;
        await using var connection = await lease.Generation.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;

        var e = await Assert.ThrowsAsync<DuckDBException>(() => command.ExecuteNonQueryAsync());

        Assert.False(string.IsNullOrEmpty(e.Message), kind);
    }

    [Theory]
    [InlineData("CALL enable_logging(storage = 'file', storage_path = '/tmp/reform-logs')")]
    [InlineData("SELECT * FROM enable_logging(storage = 'file', storage_path = '/tmp/reform-logs')")]
    [InlineData("SELECT * FROM enable_profiling()")]
    [InlineData("SELECT * FROM query('SELECT 1')")]
    [InlineData("WITH x AS (SELECT * FROM force_checkpoint()) SELECT * FROM x")]
    public async Task Console_StateChangingFunction_RefusedAndLaterQueriesStillWork(string sql)
    {
        using var client = fixture.Factory.CreateClient();

        var refused = await RunAsync(client, sql);
        var later = await RunAsync(client, "SELECT 40 + 2 AS answer");

        Assert.Contains("notice warn", refused, StringComparison.Ordinal);
        Assert.Contains(">42<", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_QueryPastTimeLimit_CancelledWithMessage()
    {
        using var folder = new TempFolder();
        await FixtureCounty.CreateAsync(folder.File("county.duckdb"));
        await using var factory = new DashboardFactory(folder.File("county.duckdb"), folder.Path, queryTimeoutSeconds: 1);
        using var client = factory.CreateClient();
        var watch = Stopwatch.StartNew();

        var html = await RunAsync(client, "SELECT count(*) FROM range(100000000) a, range(100000) b WHERE a.range + b.range = -1");

        watch.Stop();
        Assert.Contains("查询超过1秒仍未完成，已被取消", html, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Console_ResultPastRowLimit_ShowsLimitAndNotice()
    {
        using var client = fixture.Factory.CreateClient();

        var html = await RunAsync(client, "SELECT range AS n FROM range(1200)");

        Assert.Contains("结果超过500行，页面只显示前500行", html, StringComparison.Ordinal);
        Assert.Contains(">499<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">500<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsoleDownload_ResultPastRowLimit_HasEveryRow()
    {
        using var client = fixture.Factory.CreateClient();
        using var form = new FormUrlEncodedContent([new("q", "SELECT range AS n FROM range(1200)")]);

        using var response = await client.PostAsync("/sql/download?format=csv", form);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1 + 1200, lines.Length);
        Assert.Equal("n", lines[0]);
        Assert.Equal("1199", lines[^1]);
    }

    [Fact]
    public async Task ConsoleDownload_FormulaLikeText_EscapedButNumbersKept()
    {
        using var client = fixture.Factory.CreateClient();
        using var form = new FormUrlEncodedContent([new("q", "SELECT '=1+1' AS a, '+x' AS b, '-y' AS c, '@z' AS d, -5 AS e, '正常' AS f")]);

        using var response = await client.PostAsync("/sql/download?format=csv", form);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("'=1+1,'+x,'-y,'@z,-5,正常", lines[1]);
    }

    [Theory]
    [InlineData("SELEC 1", "SQL 写法有误")]
    [InlineData("SELECT * FROM no_such_table", "找不到名为“no_such_table”的表或视图")]
    [InlineData("SELECT no_such_column FROM snapshots", "找不到列“no_such_column”")]
    public async Task Console_BadQuery_ErrorInPlainWords(string sql, string expected)
    {
        using var client = fixture.Factory.CreateClient();

        var html = await RunAsync(client, sql);

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_Query_ShowsRowsWithChineseHeaders()
    {
        using var client = fixture.Factory.CreateClient();

        var html = await RunAsync(client, "SELECT task_id, lead_unit FROM tasks WHERE task_id = 'T6'");

        Assert.Contains("共1行", html, StringComparison.Ordinal);
        Assert.Contains("县司法局", html, StringComparison.Ordinal);
        Assert.Contains("牵头单位", html, StringComparison.Ordinal);
    }

    public static TheoryData<string> Examples => [.. ReformAnalytics.Dashboard.Sql.ExampleQueries.All.Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_SavedQuery_RunsOnTheCounty(string id)
    {
        using var client = fixture.Factory.CreateClient();
        var example = ReformAnalytics.Dashboard.Sql.ExampleQueries.Find(id)!;

        var html = await RunAsync(client, example.Sql);

        Assert.Contains("class=\"result-info\"", html, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(example.Description), "every example says what it answers");
    }

    [Fact]
    public void Examples_AreThere_WithChineseTitles()
    {
        Assert.True(ReformAnalytics.Dashboard.Sql.ExampleQueries.All.Count >= 10);
        Assert.All(ReformAnalytics.Dashboard.Sql.ExampleQueries.All, e => Assert.DoesNotContain(".sql", e.Title, StringComparison.Ordinal));
    }

    private static async Task<string> RunAsync(HttpClient client, string sql)
    {
        using var form = new FormUrlEncodedContent([new("q", sql)]);
        using var response = await client.PostAsync("/sql", form);
        return await response.Content.ReadAsStringAsync();
    }
}
