using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>Once the risk stage has written <c>risk_flags</c>, the risk list shows it, ranked, with the task and the reasons.</summary>
public sealed class RiskPageTests : IAsyncLifetime
{
    private CountyVariant _county = null!;

    public async Task InitializeAsync() => _county = await CountyVariant.CreateAsync("""
        CREATE TABLE risk_flags (as_of DATE, task_id VARCHAR, probability DOUBLE, rank INTEGER, reasons VARCHAR, horizon_months INTEGER);
        INSERT INTO risk_flags VALUES
            (DATE '2024-05-31', 'T3', 0.40, 1, '进度连续放缓', NULL),
            (DATE '2024-06-30', 'T3', 0.72, 1, '进度连续放缓；临近年底时限', 3),
            (DATE '2024-06-30', 'T6', 0.55, 2, '已报滞后', 3);
        """);

    public async Task DisposeAsync() => await _county.DisposeAsync();

    [Fact]
    public async Task Risks_LatestRun_RankedWithTaskNamesAndReasons()
    {
        using var client = _county.Factory.CreateClient();

        var html = await client.GetStringAsync("/risks");

        Assert.DoesNotContain("尚未生成", html, StringComparison.Ordinal);
        Assert.Contains("风险清单 · 2024年6月30日", html, StringComparison.Ordinal);
        var first = html.IndexOf("农村集体产权制度改革", StringComparison.Ordinal);
        var second = html.IndexOf("乡镇综合行政执法改革试点", StringComparison.Ordinal);
        Assert.True(first > 0 && second > first, "T3 (rank 1) is listed before T6 (rank 2)");
        Assert.Contains("<td class=\"num\">72%</td>", html, StringComparison.Ordinal);
        Assert.Contains("临近年底时限", html, StringComparison.Ordinal);
        Assert.Contains("各任务此后3个月内滞后（任一月逾期、亮红灯或到期未完成）的可能性", html, StringComparison.Ordinal);
        Assert.DoesNotContain("预测期限（月）", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Risks_ReasonsStoredAsAList_AreJoinedBySemicolons_NotByTheCommaOfNames()
    {
        // risk_flags as the risk stage writes it: reasons VARCHAR[]; each reason has a comma of its own.
        await using var county = await CountyVariant.CreateAsync("""
            CREATE TABLE risk_flags (as_of DATE, task_id VARCHAR, probability DOUBLE, rank INTEGER, reasons VARCHAR[], horizon_months INTEGER);
            INSERT INTO risk_flags VALUES
                (DATE '2024-06-30', 'T3', 0.72, 1, ['距完成时限1个月，进度落后计划20个百分点', '报告状态为“正常推进”'], 3);
            """);
        using var client = county.Factory.CreateClient();

        var html = await client.GetStringAsync("/risks");

        Assert.Contains("距完成时限1个月，进度落后计划20个百分点；报告状态为“正常推进”", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Risks_EarlierMonthAsked_ShowsThatMonthsRun()
    {
        using var client = _county.Factory.CreateClient();

        var html = await client.GetStringAsync("/risks?month=2024-05");

        Assert.Contains("风险清单 · 2024年5月31日", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">40%</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("乡镇综合行政执法改革试点", html, StringComparison.Ordinal);
        // the May run did not record its horizon: the page says no more than it knows
        Assert.Contains("风险模型按历史填报规律估计的各任务滞后的可能性", html, StringComparison.Ordinal);
        Assert.DoesNotContain("个月内滞后", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Risks_AMonthWithoutARun_SaysWhichRunIsShown()
    {
        using var client = _county.Factory.CreateClient();

        var march = await client.GetStringAsync("/risks?month=2024-03");
        var june = await client.GetStringAsync("/risks?month=2024-06");

        // No run on or before March: the latest run is shown, and the page says it is not March's.
        Assert.Contains("2024年3月没有风险清单；以下是评估时点为2024年6月30日的清单。", march, StringComparison.Ordinal);
        Assert.DoesNotContain("没有风险清单", june, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Risks_Download_HasEveryFlagOfTheRun()
    {
        using var client = _county.Factory.CreateClient();

        var csv = (await client.GetStringAsync("/risks?month=2024-06&format=csv")).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length); // header + T3 + T6
        // A download keeps the heading of a sub-task (上级任务) as a column of its own, before the name, for sorting and filtering.
        Assert.StartsWith("统计截止日,滞后概率,排名,原因,上级任务,改革任务,任务编号", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Risks_PageWritesDateAndProbabilityAsTheReport_DownloadKeepsTheValues()
    {
        using var client = _county.Factory.CreateClient();

        // The June run: T3 0.72, T6 0.55 as of 30 June. The page wrote 2024-06-30 and 72.0%; the report and the risk
        // workbook write 2024年6月30日 and a whole percent (an estimate). The CSV is for machines: ISO date, the value.
        var html = await client.GetStringAsync("/risks?month=2024-06");
        var lines = (await client.GetStringAsync("/risks?month=2024-06&format=csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("风险清单 · 2024年6月30日", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">72%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">55%</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-06-30", html, StringComparison.Ordinal);
        Assert.StartsWith("2024-06-30,0.72,1,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2024-06-30,0.55,2,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Task_WithRiskFlags_ShowsThemOnItsPage()
    {
        using var client = _county.Factory.CreateClient();

        var html = await client.GetStringAsync("/tasks/T3");

        Assert.Contains("<h2>滞后风险</h2>", html, StringComparison.Ordinal);
        Assert.Contains("滞后概率", html, StringComparison.Ordinal); // the column, as docs/schema.md, the workbook and the CLI name it
        Assert.Contains("进度连续放缓", html, StringComparison.Ordinal);
        Assert.Contains("预测期限（月）", html, StringComparison.Ordinal);
    }
}
