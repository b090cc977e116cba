using System.Net;
using System.Text.RegularExpressions;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// A figure with nothing to count (NULL in a number column: 完成率 of a group with no deadline task, 平均滞后 with no
/// task to average) reads “—” in the dashboard's tables, as in the report; before, the cell was blank, as if left out.
/// A text left empty (成果形式 of a pilot, a run's note) reads “—” too; the downloads keep the empty cell.
/// </summary>
public sealed partial class EmptyFigureTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task Overview_GroupWithOnlyAnOpenEndedTask_ShowsItsRatesAsDashes()
    {
        var html = await GetAsync("/?month=2024-06");

        // 生态文明体制改革专项小组 holds T4 alone in June, open-ended (长期坚持): 1 task, no deadline task, so no 完成率
        // (0 deadline tasks), no 按期完成率 (nothing settled) and no 平均滞后 (no planned progress to lag).
        var row = Row(html, "生态文明体制改革专项小组");
        Assert.Equal("1", row["tasks"]);
        Assert.Equal("0", row["deadline_tasks"]);
        Assert.Equal("—", row["completion_rate_pct"]);
        Assert.Equal("—", row["on_time_rate_pct"]);
        Assert.Equal("—", row["avg_lag_pp"]);
    }

    [Fact]
    public async Task TaskList_TaskWithoutAProgressFigure_ShowsADash_ItsDownloadAnEmptyCell()
    {
        var html = await GetAsync("/tasks?month=2024-06");
        var csv = await GetAsync("/tasks?month=2024-06&format=csv");

        // T4 生态环境监管体制改革 reports no 完成进度 in June (“持续推进”).
        Assert.Equal("—", Row(html, "生态环境监管体制改革")["progress_pct"]);
        var lines = csv.ReplaceLineEndings("\n").Split('\n');
        var progress = Array.IndexOf(lines[0].Split(','), Labels.Column("progress_pct"));
        Assert.True(progress >= 0, lines[0]);
        Assert.Equal(string.Empty, lines.Single(l => l.Contains("生态环境监管体制改革", StringComparison.Ordinal)).Split(',')[progress]);
    }

    [Fact]
    public void Render_NullNumberAndNullText_AreDashes()
    {
        var table = new ResultTable(["lead_unit", "leader", "avg_lag_pp", "tasks"], ["VARCHAR", "VARCHAR", "DOUBLE", "BIGINT"], [["县发改委", null, null, 3L]], false);

        var html = TableHtml.Render(table, string.Empty);

        // 平均滞后 with nothing to average and a leader the ledger left out both read “—”, as the report writes them.
        Assert.Contains("<td class=\"num\">—</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"word\">—</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td></td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">3</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IssueAboutAWholeFile_ItsRowColumnAndValueAreDashes()
    {
        // A file superseded by its correction: no row (stored as 0), no column, no value.
        var table = new ResultTable(
            ["file", "row", "column_name", "value", "message"],
            ["VARCHAR", "INTEGER", "VARCHAR", "VARCHAR", "VARCHAR"],
            [["2024年03月改革任务总台账.xlsx", 0, null, string.Empty, "本文件被更正件替代，未入库。"]],
            false);

        var html = TableHtml.Render(table, string.Empty);

        Assert.Equal(3, html.Split("—</td>").Length - 1);
        Assert.DoesNotContain("<td></td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td class=\"num\"></td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestLog_RunWithoutANote_ShowsADash_ItsDownloadAnEmptyCell()
    {
        var html = await GetAsync("/issues?part=log");
        var csv = await GetAsync("/issues?part=log&format=csv");

        // The fixture's one run, 2024年6月改革任务总台账.xlsx, was ingested with no message (NULL) and from no unit's return.
        var row = Row(html, "2024年6月改革任务总台账.xlsx");
        Assert.Equal("—", row["message"]);
        Assert.Equal("—", row["return_unit"]);
        var lines = csv.ReplaceLineEndings("\n").Split('\n');
        var message = Array.IndexOf(lines[0].Split(','), Labels.Column("message"));
        Assert.True(message >= 0, lines[0]);
        Assert.Equal(string.Empty, lines.Single(l => l.Contains("2024年6月改革任务总台账.xlsx", StringComparison.Ordinal)).Split(',')[message]);
    }

    [Fact]
    public async Task Results_TaskCompletedBeforeItsDeadline_ReadsOnTimeAsTheWorkbookDoes()
    {
        var html = await GetAsync("/results?month=2024-06");

        // T1 优化营商环境改革: deadline 2024年6月30日, first reported 已完成 in June, never overdue before: 按期, the word of
        // the 成果清单 workbook's and the report's 是否按期 (it read 是).
        Assert.Equal("按期", Row(html, "优化营商环境改革")["completed_on_time"]);
    }

    [Theory]
    [InlineData(true, "按期")]
    [InlineData(false, "逾期完成")]
    public void CompletedOnTime_ReadsAsTheResultsWorkbook(bool onTime, string expected) =>
        Assert.Equal(expected, CellText.Plain("completed_on_time", onTime));

    /// <summary>The cells of the table row holding <paramref name="marker"/>, by column name.</summary>
    private static Dictionary<string, string> Row(string html, string marker)
    {
        var table = TablePattern().Matches(html).Select(m => m.Value).First(t => t.Contains(marker, StringComparison.Ordinal));
        var columns = HeaderPattern().Matches(table).Select(m => m.Groups[1].Value).ToList();
        var row = RowPattern().Matches(table).Select(m => m.Value).First(r => r.Contains(marker, StringComparison.Ordinal));
        var cells = CellPattern().Matches(row).Select(m => WebUtility.HtmlDecode(TagPattern().Replace(m.Groups[1].Value, string.Empty))).ToList();
        Assert.Equal(columns.Count, cells.Count);
        return columns.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    private async Task<string> GetAsync(string path)
    {
        using var client = fixture.Factory.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<table.*?</table>", RegexOptions.Singleline)]
    private static partial Regex TablePattern();

    [GeneratedRegex("<th[^>]* data-column=\"([^\"]+)\"")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
