using ReformAnalytics.Metrics;
using ReformAnalytics.Reports;

namespace ReformAnalytics.Tests.Reports;

/// <summary>
/// The 红黑榜 table of <see cref="ReportFixture"/>: scores to two decimals, and a note that says how a unit with
/// nothing settled and a negative lag are scored. Scores worked out by hand (weights 0.40, 0.25, 0.20, 0.15).
/// </summary>
public sealed class RankingTableTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private static ReportTable RankingTable(ReportDocument document) =>
        document.Sections.Single(s => s.Heading == ReportHeadings.Units).Blocks.OfType<ReportTable>()
            .Single(t => t.Caption.EndsWith("牵头单位红黑榜", StringComparison.Ordinal));

    [Fact]
    public async Task June_ScoresPrintWithTwoDecimals()
    {
        // 县发改局: R1 and R6 done on time, nothing open, no overdue, every return in -> 100.00, rank 1 (红榜, ceil(3 × 0.2) = 1).
        // 县教育局: on time 0 (R3 overdue, the one settled); lag (40 + 39.589) / 2 = 39.79 -> 60.21 × 0.25 = 15.05;
        // overdue 1 of 2 -> 50 × 0.2 = 10; discipline 100 × 0.15 = 15 -> 40.05, rank 3 (黑榜).
        var table = RankingTable(await fixture.Q2Async());

        Assert.Equal(
            [["红榜", "1", "县发改局", "100.00"], ["黑榜", "3", "县教育局", "40.05"]],
            table.Rows.Select(r => r.Take(4).ToList()));
    }

    [Fact]
    public async Task Note_SpellsOutTheWeightsTheCapAndTheDashAndNegativeLag_InWords()
    {
        var note = RankingTable(await fixture.Q2Async()).Note!;

        Assert.Contains("综合得分＝按时得分×40%＋进度得分×25%＋逾期得分×20%＋报送得分×15%", note, StringComparison.Ordinal);
        Assert.Contains("进度得分＝100－平均滞后（最高100分、最低0分）", note, StringComparison.Ordinal);
        Assert.Contains("按期完成率为“—”的单位尚无到期或已完成的任务，按时得分按满分计", note, StringComparison.Ordinal);
        Assert.Contains("负值表示快于计划", note, StringComparison.Ordinal);
        Assert.DoesNotMatch("[a-z]+_[a-z]+", note); // no view or setting names (metric_settings)
    }

    [Fact]
    public async Task June_UnitWithNothingOpen_ShowsADashForItsLag_AndTheNoteSaysWhy()
    {
        // 县发改局 in June: R1 and R6 done, nothing open -> no lag to average (“—”), lag score 100 (100.00 above).
        var table = RankingTable(await fixture.Q2Async());

        Assert.Equal("—", table.Rows.Single(r => r[2] == "县发改局")[5]);
        Assert.Contains("平均滞后为“—”的单位没有尚未完成、填报了进度的有时限任务，进度得分按满分计", table.Note!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task March_RedBoardUnitWithNothingSettled_IsSaidToScoreFullOnTimePoints()
    {
        // March: 县发改局 has R1 (due June) and R6 (due September) open, nothing settled -> on time 100; lag
        // (49.72 − 40 + 32.97 − 20) / 2 = 11.35 -> 88.65 × 0.25 = 22.16; 20; 15 (March expects no return) -> 97.16, rank 1.
        var document = await QuarterlyReport.BuildAsync(fixture.Connection, new Quarter(2024, 1), QuarterlyReportOptions.Default, CancellationToken.None);
        var text = ReportNumbers.Paragraphs(document, ReportHeadings.Units)[0];

        Assert.Contains("列入红榜的有县发改局", text, StringComparison.Ordinal);
        Assert.EndsWith("其中县发改局尚无到期或已完成的任务，按时得分按满分计，名次主要反映进度而非完成情况。", text, StringComparison.Ordinal);
        Assert.Equal(["红榜", "1", "县发改局", "97.16", "—"], RankingTable(document).Rows[0].Take(5));
    }
}
