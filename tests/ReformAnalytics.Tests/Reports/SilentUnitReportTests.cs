using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using ReformAnalytics.Reports;
using ReformAnalytics.Tests.Metrics;

namespace ReformAnalytics.Tests.Reports;

/// <summary>
/// The fourth quarter's 三、牵头单位推进情况 on <see cref="SilentUnitRankingTests"/>' fixture (October the last month in):
/// a unit that sent nothing and a unit that left a task out are named with the month their figures are from, in the
/// paragraph and beside the unit in the tables. Scores worked out there: 县甲局 96.68 (1, 红榜), 县丙局 55 (2), 县乙局 51.67
/// (3, 黑榜); in the year to date 县乙局 56.67 (3, 居后: 6 returns owed, 4 missing).
/// </summary>
public sealed class SilentUnitReportTests
{
    [Fact]
    public async Task UnitsSection_SaysBesideEachUnitThatItsFiguresHoldReturnsItDidNotSend()
    {
        using var connection = await SilentUnitRankingTests.OpenAsync();
        var document = await QuarterlyReport.BuildAsync(connection, new Quarter(2024, 4), QuarterlyReportOptions.Default, CancellationToken.None);
        var tables = document.Sections.Single(s => s.Heading == ReportHeadings.Units).Blocks.OfType<ReportTable>().ToList();

        Assert.Contains(
            "县丙局10月漏报1项，按上次报送的进度计；县乙局10月未报送，按8月报送的进度计（未报送的任务计入排名，计划进度、滞后和逾期按统计截止日计算）。",
            ReportNumbers.Paragraphs(document, ReportHeadings.Units)[0],
            StringComparison.Ordinal);
        var ranking = tables.Single(t => t.Caption.EndsWith("牵头单位红黑榜", StringComparison.Ordinal));
        Assert.Equal(
            [["红榜", "1", "县甲局", "96.68"], ["黑榜", "3", "县乙局（10月未报送，按8月报送的进度计）", "51.67"]],
            ranking.Rows.Select(r => r.Take(4).ToList()));
        var assessment = tables.Single(t => t.Caption.EndsWith("年度考核居前和居后的牵头单位", StringComparison.Ordinal));
        Assert.Equal(["居后", "3", "县乙局（10月未报送，按8月报送的进度计）", "56.67"], assessment.Rows[^1].Take(4));
    }
}
