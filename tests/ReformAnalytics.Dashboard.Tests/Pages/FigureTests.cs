using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// The pages show the metric views' figures for the fixture county. Every expected figure is worked out by
/// hand from the fixture (see <see cref="FixtureCounty"/> and the comments here), not copied from output.
/// </summary>
public sealed partial class FigureTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task Overview_June_KeyFigures()
    {
        var cards = Cards(await GetAsync("/?month=2024-06"));

        Assert.Equal("5", cards["任务总数"]);            // T1 T2 T3 T4 T6
        Assert.Equal("1", cards["已完成"]);              // T1
        Assert.Equal("25%", cards["完成率"]);            // 1 of 4 deadline tasks (T4 open-ended)
        Assert.Equal("33.3%", cards["按期完成率"]);      // settled = T1 completed + T2 overdue + T6 due on D, open = 3; on time: T1
        Assert.Equal("2", cards["进度滞后"]);            // T2 lag 40, T6 lag 80 (T3 lag 9.6 < 10)
        Assert.Equal("1", cards["逾期未完成"]);          // T2 (F = 3-31); T6's F is D itself
        Assert.Equal("1", cards["进度停滞"]);            // T2: 60, 60, 60
        Assert.Equal("43.2", cards["平均滞后（百分点）"]); // open deadline tasks: T2 40, T3 49.589 - 40, T6 80 -> 129.589 / 3
    }

    [Fact]
    public async Task Overview_June_LightsCard_ColoursEachCountInItsOwnLight()
    {
        var html = await GetAsync("/?month=2024-06");

        // The whole value was red whenever one task was: 39 / 16 / 145 read as 145 tasks in trouble. Each count is
        // in its own colour now, and every one of the 5 tasks has one light.
        var m = Regex.Match(html, "<div class=\"label\">红灯 / 黄灯 / 绿灯</div><div class=\"value\"><span class=\"red\">(\\d+)</span> / <span class=\"amber\">(\\d+)</span> / <span class=\"green\">(\\d+)</span></div>");
        Assert.True(m.Success, "the lights card holds three coloured counts");
        Assert.Equal(5, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) + int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
        Assert.DoesNotContain("<div class=\"card bad\"><div class=\"label\">红灯 / 黄灯 / 绿灯", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_June_SaysWhichTasksAreLeftOutOfRates()
    {
        var html = await GetAsync("/?month=2024-06");

        Assert.Contains("长期任务（长期坚持、持续推进等）1项没有计入", html, StringComparison.Ordinal); // no task without a deadline: not named
    }

    [Fact]
    public async Task UnitPage_NoTaskLeftOut_SaysEveryTaskCounts_NotZeroLeftOut()
    {
        // 县卫健局 in June: T2 alone, deadline 2024年3月31日: no open-ended task, none without a deadline.
        var html = await GetAsync("/units/" + Uri.EscapeDataString("县卫健局") + "?month=2024-06");

        Assert.Contains("全部任务都写明了完成时限，都计入按时限计算的数字", html, StringComparison.Ordinal);
        Assert.DoesNotContain("0项没有计入", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_June_DoubleHalf()
    {
        var cards = Cards(await GetAsync("/?month=2024-06"));

        Assert.Equal("未达到双过半", cards["结论"]);
        Assert.Equal("87.4%", cards["时间进度"]);        // planned: T1 100, T2 100, T3 181/365 = 49.59, T6 100 -> 349.59 / 4
        Assert.Equal("55%", cards["工作进度"]);          // actual: 100 + 60 + 40 + 20 = 220 / 4
        Assert.Equal("-32.4", cards["差距（百分点）"]);   // 55.0 - 87.4
        Assert.Equal("49.6%", cards["全年时间进度"]);    // (Jun 30 - Jan 1) / (Dec 31 - Jan 1) = 181 / 365
    }

    [Fact]
    public async Task DoubleHalf_NamesItsYardstick_ApartFromTheCalendarShare()
    {
        // June: calendar 49.6% < work 55.0%, yet 未达到: the verdict compares with the tasks' own planned 87.4%.
        var overview = WebUtility.HtmlDecode(await GetAsync("/?month=2024-06"));
        var page = WebUtility.HtmlDecode(await GetAsync("/double-half?month=2024-06"));

        Assert.Contains("各任务按自身完成时限此时应完成的进度（平均），双过半以此为准", overview, StringComparison.Ordinal);
        Assert.Contains("按日历计，仅供参考，不是双过半所比的时间进度", overview, StringComparison.Ordinal);
        Assert.Contains("不是按日历计算的全年时间进度", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Footer_SendsTheReaderToNoFile()
    {
        var html = await GetAsync("/?month=2024-06");

        Assert.DoesNotContain("docs/metrics.md", html, StringComparison.Ordinal);
        Assert.Contains("可在“SQL 查询”页逐项复核", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_May_ComparesWorkWithTime_WithoutA双过半Verdict()
    {
        // 双过半 is judged at the end of June; in May the same figures are a running comparison only.
        var html = await GetAsync("/?month=2024-05");
        var cards = Cards(html);

        Assert.Equal("6月底评估", cards["结论"]);
        Assert.Contains("工作进度低于时间进度的专项小组和单位", html, StringComparison.Ordinal);
        Assert.DoesNotContain("未达到双过半", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_LedgerFilter_OnlyThatLedger()
    {
        var cards = Cards(await GetAsync("/?month=2024-06&ledger=local_pilot"));

        Assert.Equal("1", cards["任务总数"]);   // T6
        Assert.Equal("0%", cards["完成率"]);
    }

    [Fact]
    public async Task Overview_May_ComparedWithApril()
    {
        var cards = Cards(await GetAsync("/?month=2024-05"));

        Assert.Equal("6", cards["任务总数"]);     // all six returned in May
        Assert.Equal("0%", cards["完成率"]);      // nothing completed yet
    }

    [Fact]
    public async Task Unit_June_FiguresAndReturns()
    {
        var html = await GetAsync("/units/" + Uri.EscapeDataString("县发改委") + "?month=2024-06");
        var cards = Cards(html);

        Assert.Equal("1", cards["任务总数"]);     // T1; T5's June return is missing
        Assert.Equal("100%", cards["完成率"]);
        // Returns in June: expected T1 and T5 (open in May) = 2, returned T1, missing T5 -> 50.0%.
        Assert.Matches(@"<td class=""date"">2024年6月</td><td class=""num"">2</td><td class=""num"">1</td><td class=""num"">1</td><td class=""num"">50%</td>", html);
    }

    [Fact]
    public async Task Ranking_June_RedAndBlackBoards()
    {
        // Scores (weights 0.40 on time, 0.25 lag, 0.20 overdue, 0.15 discipline; discipline over Apr-Jun):
        //   县农业农村局 (T3): 100, 100 - 9.59, 100, 100 -> 40 + 22.60 + 20 + 15 = 97.60   rank 1, 红榜 (ceil(4 x 0.2) = 1)
        //   县发改委 (T1, and T5, whose June return is missing, at its May figure 10 on 30 June: F = 30 September = S + 273,
        //   planned 100 x 181/273 = 66.30, lag 56.30): on time 100 (T1, the one settled), 100 - 56.30 = 43.70, 100,
        //   1 - 1/4 missing -> 75 -> 40 + 10.92 + 20 + 11.25 = 82.17   rank 2
        //   县司法局 (T6): 100, 20, 100, 100 -> 40 + 5 + 20 + 15 = 80.00   rank 3
        //   县卫健局 (T2): 0 (1 settled, overdue), 60, 0, 100 -> 0 + 15 + 0 + 15 = 30.00   rank 4, 黑榜
        //   县生态环境局 (T4, open-ended only): not ranked.
        var html = await GetAsync("/ranking?month=2024-06");

        var red = Section(html, "红榜（表现最好）");
        var black = Section(html, "黑榜（表现最差）");
        Assert.Contains("县农业农村局", red, StringComparison.Ordinal);
        Assert.DoesNotContain("县发改委", red, StringComparison.Ordinal);
        Assert.Contains("县卫健局", black, StringComparison.Ordinal);
        Assert.Contains("82.17", html, StringComparison.Ordinal);
        Assert.Contains("97.6", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ranking_June_SaysBesideTheUnitThatItsFiguresHoldTheReturnItDidNotSend()
    {
        // 县发改委 left T5 out of June's return: counted at its May figure (see above), and the 数据说明 column says so; the
        // lead says what the column means. The unit's own page warns above its place, on the 红黑榜 and in the 年度考核.
        var html = await GetAsync("/ranking?month=2024-06");
        Assert.Contains(">数据说明</th>", html, StringComparison.Ordinal);
        Assert.Matches(@"县发改委</a></td><td class=""text"">6月漏报1项，按上次报送的进度计</td>", html);
        Assert.Contains("“数据说明”列注明所用数据：未报送的任务按上次报送的进度计入排名", html, StringComparison.Ordinal);
        Assert.Contains("“数据说明”列注明所用数据", await GetAsync("/assessment?month=2024-06"), StringComparison.Ordinal);

        var unit = await GetAsync("/units/" + Uri.EscapeDataString("县发改委") + "?month=2024-06");
        Assert.Contains("<p class=\"notice warn\">红黑榜：6月漏报1项，按上次报送的进度计，计入排名；计划进度、滞后和逾期按月末计算。</p>", unit, StringComparison.Ordinal);
        Assert.Contains("<p class=\"notice warn\">年度考核：6月漏报1项，按上次报送的进度计，计入排名；计划进度、滞后和逾期按月末计算。</p>", unit, StringComparison.Ordinal);
        Assert.DoesNotContain("notice warn\">红黑榜：", await GetAsync("/units/" + Uri.EscapeDataString("县卫健局") + "?month=2024-06"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assessment_June_CountsReturnsFromJanuary_HereTheQuarterAsNothingCameBeforeApril()
    {
        // The fixture's months are April to June, so January to June discipline is the quarter's and the scores are the
        // 红黑榜's above: 县农业农村局 97.60 rank 1, 县发改委 82.17 rank 2 (4 returns expected, 1 missing), 县司法局 80.00,
        // 县卫健局 30.00; 县生态环境局 not ranked.
        var html = await GetAsync("/assessment?month=2024-06");

        Assert.Contains("<h1>年度考核", html, StringComparison.Ordinal);
        Assert.Contains("2024年1月至6月", html, StringComparison.Ordinal);
        Assert.Contains("全年应报", html, StringComparison.Ordinal);
        Assert.Contains("全年漏报", html, StringComparison.Ordinal);
        Assert.DoesNotContain("本季漏报", html, StringComparison.Ordinal);
        var full = html[html.IndexOf("<h2>完整排名</h2>", StringComparison.Ordinal)..];
        var first = full.IndexOf("县农业农村局", StringComparison.Ordinal);
        var second = full.IndexOf("县发改委", StringComparison.Ordinal);
        var last = full.IndexOf("县卫健局", StringComparison.Ordinal);
        Assert.True(first > 0 && first < second && second < last, "best first: 县农业农村局, 县发改委, …, 县卫健局");
        Assert.Contains("97.6", html, StringComparison.Ordinal);
        Assert.Contains("82.17", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assessment_June_TopAndBottomPanels_AndStandingColumn()
    {
        // Four units ranked, board share 0.2: ceil(4 x 0.2) = 1 at each end. 居前: 县农业农村局 (97.60, rank 1);
        // 居后: 县卫健局 (30.00, rank 4). 县发改委 (rank 2) and 县司法局 (rank 3) are in neither panel.
        var html = await GetAsync("/assessment?month=2024-06");

        var top = Section(html, "年度考核居前");
        var bottom = Section(html, "年度考核居后");
        Assert.Contains("县农业农村局", top, StringComparison.Ordinal);
        Assert.Contains("97.6", top, StringComparison.Ordinal);
        Assert.DoesNotContain("县发改委", top, StringComparison.Ordinal);
        Assert.DoesNotContain("县卫健局", top, StringComparison.Ordinal);
        Assert.Contains("县卫健局", bottom, StringComparison.Ordinal);
        Assert.Contains("30.0", bottom, StringComparison.Ordinal);
        Assert.DoesNotContain("县司法局", bottom, StringComparison.Ordinal);

        var full = html[html.IndexOf("<h2>完整排名</h2>", StringComparison.Ordinal)..];
        Assert.Matches("<th data-column=\"standing\"[^>]*>位次</th>", full);
        Assert.Equal(1, Regex.Count(full, "<td class=\"word\">居前</td>"));
        Assert.Equal(1, Regex.Count(full, "<td class=\"word\">居后</td>"));
        Assert.DoesNotContain("红榜", full, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unit_June_ShowsItsYearAssessmentNextToTheBoard()
    {
        // 县发改委 in June: rank 2 of 4 ranked units, score 82.17, neither 居前 nor 居后 (see above). Returns owed from January
        // to June: none in April (the fixture's first month), T1 and T5 in May (open in April), T1 and T5 in June (open in May)
        // = 4; missed 1 (T5 in June).
        var html = await GetAsync("/units/" + Uri.EscapeDataString("县发改委") + "?month=2024-06");

        var year = html[html.IndexOf("<h2>年度考核（2024年1月至6月）</h2>", StringComparison.Ordinal)..];
        year = year[..year.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Matches(@"<td class=""num"">2</td><td class=""num"">4</td><td[^>]*>[^<]*</td><td class=""num"">82\.17</td>", year);
        Assert.Matches(@"<td class=""num"">4</td><td class=""num"">1</td></tr>", year);
        Assert.Contains("查看完整年度考核", html, StringComparison.Ordinal);
        Assert.Contains("查看完整红黑榜", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discipline_June_NamesTheUnitWhoseReturnLeftATaskOut()
    {
        // June owes the tasks open in May: 县发改委 T1 and T5 (returned T1, missing T5), every other unit its own, all
        // returned. So one unit sent a return without a task, and none sent nothing.
        var html = await GetAsync("/discipline?month=2024-06");

        Assert.Contains("<p class=\"notice warn\">改革任务总台账：报送件中少报任务的单位1个：县发改委（1项）。</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("本月没有任何报送的单位", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discipline_May_SaysEveryUnitOwingAReturnSentIt()
    {
        var html = await GetAsync("/discipline?month=2024-05");

        Assert.Contains("<p class=\"notice\">本月应报送的单位都已报送，没有漏报。</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Negative_June_OverdueBehindStalled()
    {
        var html = await GetAsync("/negative?month=2024-06");

        Assert.Contains("深化医药卫生体制改革", html, StringComparison.Ordinal);   // T2: overdue, behind, stalled
        Assert.Contains("乡镇综合行政执法改革试点", html, StringComparison.Ordinal); // T6: behind
        Assert.DoesNotContain("农村集体产权制度改革", html, StringComparison.Ordinal); // T3: lag 9.6, fine
        Assert.DoesNotContain("优化营商环境改革", html, StringComparison.Ordinal);   // T1: completed
        Assert.Contains("逾期、滞后、进度停滞", html, StringComparison.Ordinal);
        Assert.Contains(">91<", html, StringComparison.Ordinal);                     // Jun 30 - Mar 31
        Assert.Contains("共2条", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Negative_June_NumbersItsOwnRows_KeepingTheLedgersNumberBeside()
    {
        var html = await GetAsync("/negative?month=2024-06");

        // Overdue first: T2 (91 days, ledger 序号 2) is row 1, T6 (not overdue, ledger 序号 6) row 2.
        Assert.Matches("<th data-column=\"row_no\"[^>]*>序号</th><th data-column=\"seq_no\"[^>]*>台账序号</th>", html);
        Assert.Matches("<tr><td class=\"num\">1</td><td[^>]*>2</td><td[^>]*>(<a [^>]*>)?深化医药卫生体制改革", html);
        Assert.Matches("<tr><td class=\"num\">2</td><td[^>]*>6</td><td[^>]*>(<a [^>]*>)?乡镇综合行政执法改革试点", html);
    }

    [Fact]
    public async Task Negative_Download_EscapesTheFormulaNarrative()
    {
        var csv = await GetAsync("/negative?month=2024-06&format=csv");

        Assert.Contains("'" + FixtureCounty.FormulaNarrative.Replace("\"", "\"\"", StringComparison.Ordinal), csv, StringComparison.Ordinal);
        // The page shows a sub-task's heading in the task's cell; the download keeps it as its own column (上级任务), before the name.
        Assert.StartsWith("序号,任务编号,台账序号,上级任务,改革任务", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_SecondQuarterToJune_OnlyTheCompletedTask()
    {
        var html = await GetAsync("/results?month=2024-06");

        Assert.Contains("成果清单 · 2024年第2季度（截至6月）", html, StringComparison.Ordinal);
        Assert.Contains("优化营商环境改革", html, StringComparison.Ordinal);
        Assert.Contains("共1条", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tasks_RedLights_OnlyTheRedTasks()
    {
        var html = await GetAsync("/tasks?month=2024-06&light=red");

        Assert.Contains("深化医药卫生体制改革", html, StringComparison.Ordinal);   // T2 overdue
        Assert.Contains("乡镇综合行政执法改革试点", html, StringComparison.Ordinal); // T6 lag 80 >= 25
        Assert.Contains("共2项", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Task_PlannedAgainstActual_MonthByMonth()
    {
        var html = await GetAsync("/tasks/T2");

        Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);
        Assert.Contains(">2024年计划进度（虚线）与实际进度（实线）</text>", html, StringComparison.Ordinal); // the year once, the months alone
        Assert.Contains("text-anchor=\"start\">4月</text>", html, StringComparison.Ordinal); // the fixture reports April to June
        // June: planned 100 (past F), actual 60, lag 40, 91 days overdue, red.
        Assert.Matches(@"<td class=""date"">2024年6月</td>.*?<td class=""num"">100%</td><td class=""num"">60%</td>", html);
        Assert.Contains("<span class=\"light red\">红灯</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DoubleHalf_June_EveryGroupAndUnit()
    {
        var html = await GetAsync("/double-half?month=2024-06");

        Assert.Contains("经济体制改革专项小组", html, StringComparison.Ordinal);
        Assert.Contains("县司法局", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">-80</td>", html, StringComparison.Ordinal); // 县司法局: 20 - 100
    }

    [Fact]
    public async Task Discipline_June_MissingReturnListed()
    {
        var html = await GetAsync("/discipline?month=2024-06");

        Assert.Contains("本月漏报的任务（1）", html, StringComparison.Ordinal);
        Assert.Contains("数字政府建设", html, StringComparison.Ordinal); // T5
    }

    private async Task<string> GetAsync(string path)
    {
        using var client = fixture.Factory.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static Dictionary<string, string> Cards(string html) =>
        CardPattern().Matches(html).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups[2].Value), StringComparer.Ordinal);

    private static string Section(string html, string heading)
    {
        var start = html.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, heading);
        var end = html.IndexOf("</div>", html.IndexOf("</table>", start, StringComparison.Ordinal), StringComparison.Ordinal);
        return html[start..end];
    }

    [GeneratedRegex("<div class=\"label\">([^<]*)</div><div class=\"value(?: words)?\">([^<]*)</div>")]
    private static partial Regex CardPattern();
}
