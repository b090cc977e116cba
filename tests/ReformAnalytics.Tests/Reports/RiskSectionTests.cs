using ReformAnalytics.Metrics;
using ReformAnalytics.Reports;

namespace ReformAnalytics.Tests.Reports;

/// <summary>The risk section reads risk_flags when the risk model has run (see <see cref="RiskReportFixture"/>).</summary>
public sealed class RiskSectionTests(RiskReportFixture fixture) : IClassFixture<RiskReportFixture>
{
    private static ReportTable RiskTable(ReportDocument document) =>
        document.Sections.Single(s => s.Heading == ReportHeadings.Risk).Blocks.OfType<ReportTable>().Single();

    [Fact]
    public async Task LatestAssessmentUpToTheStatusDate_IsListedBestRankFirst_WithNamesAndReasons()
    {
        var document = await fixture.Q2Async();
        var text = ReportNumbers.Paragraphs(document, ReportHeadings.Risk)[0];

        // The June 30 assessment scored three tasks (the May one is older and ignored), all three at 50% or more
        // (0.91, 0.62, 0.55), and all three are listed.
        Assert.Equal([2024, 6, 30, 3, 3, 50, 3], ReportNumbers.Of(text));
        Assert.Contains("对3项在办任务逐项估计了滞后可能性，其中3项在50%以上", text, StringComparison.Ordinal);
        Assert.Equal(
            [
                ["1", "集体林权制度改革", "县教育局", "91%", "连续3个月进度未变化；自报序时推进但测算滞后"],
                ["2", "财政预算绩效改革", "县财政局", "62%", "滞后19.6个百分点"],
                ["3", "县域医共体建设", "县教育局", "55%", "已逾期"],
            ],
            RiskTable(document).Rows);
        Assert.Equal("注：滞后概率为模型估计的该任务此后3个月内任一月逾期、亮红灯或到期未完成的可能性。", RiskTable(document).Note);
    }

    [Fact]
    public void Note_WithoutARecordedHorizon_SaysWithinTheModelsHorizon()
    {
        Assert.Equal("注：滞后概率为模型估计的该任务在模型预测期内任一月逾期、亮红灯或到期未完成的可能性。", RiskSection.Note(null));
    }

    [Fact]
    public async Task NoAssessmentUpToTheStatusDate_SaysTheModelHasNotRun()
    {
        // In March there is no assessment yet (the first is dated May 31).
        var document = await QuarterlyReport.BuildAsync(fixture.Connection, new Quarter(2024, 1), QuarterlyReportOptions.Default, CancellationToken.None);

        var only = Assert.Single(ReportNumbers.Paragraphs(document, ReportHeadings.Risk));
        Assert.StartsWith("本季度末及以前尚无风险模型的评估结果", only, StringComparison.Ordinal);
        Assert.Empty(document.Sections.Single(s => s.Heading == ReportHeadings.Risk).Blocks.OfType<ReportTable>());
    }
}
