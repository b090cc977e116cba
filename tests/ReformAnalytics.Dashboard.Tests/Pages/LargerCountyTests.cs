using System.Net;
using System.Text.RegularExpressions;
using ReformAnalytics.Dashboard.Tests.Support;
using ReformAnalytics.Database;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// The pages on a bigger made-up county (the metrics' deterministic synthetic snapshots: 13,000 tasks over
/// 15 months from January 2023 (every task has started by the last), 60 lead units of about 217 tasks
/// each): every page answers, long lists are cut with a notice.
/// </summary>
public sealed partial class LargerCountyTests(LargerCountyTests.County county) : IClassFixture<LargerCountyTests.County>
{
    private DashboardFactory Factory => county.Factory;

    public static TheoryData<string> Pages => new()
    {
        "/", "/groups", "/units", "/leaders", "/tasks", "/negative", "/results", "/ranking", "/double-half", "/discipline", "/carry-over", "/risks", "/issues", "/sql",
        "/units/" + Uri.EscapeDataString("单位7"), "/groups/" + Uri.EscapeDataString("专项小组3"), "/leaders/" + Uri.EscapeDataString("领导5"), "/tasks/S123",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_OnLargerCounty_Answers(string path)
    {
        using var client = Factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unit_ManyTasks_ListsTheWorst200AndPointsToTheRest()
    {
        using var client = Factory.CreateClient();

        var html = await client.GetStringAsync("/units/" + Uri.EscapeDataString("单位7"));

        Assert.Contains("这里列出最需要关注的200项", html, StringComparison.Ordinal);
        var tasksTable = html[html.IndexOf("这里列出最需要关注的", StringComparison.Ordinal)..html.IndexOf("<h2>历史</h2>", StringComparison.Ordinal)];
        Assert.Equal(200, TaskLink().Matches(tasksTable).Count);
    }

    [Fact]
    public async Task Unit_Download_HasEveryTask()
    {
        using var client = Factory.CreateClient();

        var csv = await client.GetStringAsync("/units/" + Uri.EscapeDataString("单位7") + "?format=csv");
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;

        Assert.True(rows > 200, $"{rows} rows"); // 13,000 tasks / 60 units ≈ 217 (less the few returns left out)
    }

    [Fact]
    public async Task CarryOver_TurnOfTheYear_ListsDecembersOpenTasks_CarriedWhenInJanuary()
    {
        using var client = Factory.CreateClient();

        // The synthetic county keeps a task's id and name across the year, and leaves some returns out: counted by
        // id here, December's open tasks that January has are carried, the others are not.
        using var form = new FormUrlEncodedContent([new("q", """
            SELECT count(j.task_id) AS present, count(*) - count(j.task_id) AS absent
            FROM task_status d LEFT JOIN snapshots j ON j.task_id = d.task_id AND j.report_month = DATE '2024-01-01'
            WHERE d.report_month = DATE '2023-12-01' AND NOT d.completed
            """)]);
        using var counts = await client.PostAsync("/sql/download?format=csv", form);
        var expected = (await counts.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1].Split(',').Select(int.Parse).ToArray();
        var html = await client.GetStringAsync("/carry-over?month=2024-03");
        var rows = (await client.GetStringAsync("/carry-over?month=2024-03&format=csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();

        Assert.Contains("2023年末至2024年初", html, StringComparison.Ordinal);
        Assert.True(expected[0] > 0 && expected[1] > 0, string.Join(",", expected));
        Assert.Equal(expected[0], rows.Count(r => r.Contains("已列入新年度台账", StringComparison.Ordinal)));
        // An absent task is dropped, or only hinted at when a January task of its unit has a near name (改革任务12 and
        // 改革任务123 differ by one character): never carried.
        Assert.Equal(expected[1], rows.Count(r => r.Contains("未列入新年度台账", StringComparison.Ordinal) || r.Contains("名称相近，请核实", StringComparison.Ordinal)));
        Assert.Equal(expected[0] + expected[1], rows.Count);
    }

    [Fact]
    public async Task Overview_HeatMapDrawsFifteenOfSixtyUnits_TheTableBelowHasAll()
    {
        using var client = Factory.CreateClient();

        var html = await client.GetStringAsync("/");
        for (var attempt = 0; attempt < 240 && html.Contains("图表正在绘制", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(500);
            html = await client.GetStringAsync("/");
        }

        // 60 lead units, every one with tasks in 2024: the picture draws 15, 45 are left out.
        Assert.Contains("另有45个单位未画出。展开查看全部60个单位", html, StringComparison.Ordinal);
        var table = html[html.IndexOf("<details class=\"behind-all\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</details>", StringComparison.Ordinal)];
        Assert.Equal(60, Regex.Count(table, "<a href=\"/units/"));
    }

    [GeneratedRegex("<a href=\"/tasks/S[0-9]+")]
    private static partial Regex TaskLink();

    /// <summary>The larger county and a dashboard over it, built once for the class.</summary>
    public sealed class County : IAsyncLifetime
    {
        private readonly TempFolder _folder = new();

        public DashboardFactory Factory { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var path = _folder.File("synthetic.duckdb");
            await using (var connection = await ReformDatabase.OpenForWriteAsync(path, CancellationToken.None))
            {
                await SyntheticSnapshots.InsertAsync(connection, 13_000, 15, 7, CancellationToken.None);
            }

            Factory = new DashboardFactory(path, _folder.Path);
            _ = Factory.Server;
        }

        public async Task DisposeAsync()
        {
            await Factory.DisposeAsync();
            _folder.Dispose();
        }
    }
}
