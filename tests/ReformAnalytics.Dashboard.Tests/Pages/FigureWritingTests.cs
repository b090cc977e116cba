using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// The pages write a figure as the report and the workbooks do (FigureText): dates 2024年3月31日, not 2024-03-31;
/// counts with no space around them (共6项任务, not 共 6 项任务); whole percentages without a decimal.
/// </summary>
public sealed class FigureWritingTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task TaskPage_Deadline_WrittenAsTheReportWritesADate()
    {
        using var client = fixture.Factory.CreateClient();

        // T2 is due 31 March 2024 and its ledger year starts 1 January (FixtureCounty).
        var html = await client.GetStringAsync("/tasks/T2");

        Assert.Contains("<tr><th>完成时限</th><td>2024年3月31日</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>计划起始日</th><td>2024年1月1日</td></tr>", html, StringComparison.Ordinal);
        // June's earned schedule: actual 60% of the window 1 January – 31 March (90 days) = 54 days → 24 February.
        Assert.Equal(["2024年2月24日", "2024年2月24日", "2024年2月24日"], HistoryColumn.Of(html, "es_date"));
    }

    [Fact]
    public async Task TaskPage_HistoryTable_PercentsAndPointsWithoutATrailingNought()
    {
        using var client = fixture.Factory.CreateClient();

        // T2 reported 60 three times, planned 100 (past its deadline): lag 40 points. The table read 100.0%, 60.0%, 40.0.
        var html = await client.GetStringAsync("/tasks/T2");

        Assert.Equal(["100%", "100%", "100%"], HistoryColumn.Of(html, "planned_pct"));
        Assert.Equal(["60%", "60%", "60%"], HistoryColumn.Of(html, "actual_pct"));
        Assert.Equal(["40", "40", "40"], HistoryColumn.Of(html, "lag_pp"));
    }

    [Fact]
    public async Task StatusLine_Counts_NoSpacesAroundFigures()
    {
        using var client = fixture.Factory.CreateClient();

        // Six tasks T1–T6, three months each but T5's June return missing: 6 × 3 − 1 = 17 monthly records.
        var html = await client.GetStringAsync("/?month=2024-06");

        Assert.Contains("数据截至<b>2024年6月</b> · 共6项任务、17条月度记录 · 第1版数据，载入于", html, StringComparison.Ordinal);
    }
}
