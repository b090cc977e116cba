using ReformAnalytics.Metrics;
using ReformAnalytics.Reports;

namespace ReformAnalytics.Tests.Reports;

/// <summary>Wording a 公文 can carry: no zero clauses, no code identifiers, one term per figure.</summary>
public sealed class ReportWordingTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private Task<ReportDocument> Q1Async() =>
        QuarterlyReport.BuildAsync(fixture.Connection, new Quarter(2024, 1), QuarterlyReportOptions.Default, CancellationToken.None);

    [Fact]
    public async Task Totals_NoTaskWithoutADeadline_DropsTheZeroClause()
    {
        // March: R1-R6 and R8 = 7 tasks (R7 first appears in June); R4 open-ended, none without a deadline written;
        // R5 done -> 1 of 6 = 16.7%.
        var text = ReportNumbers.Paragraphs(await Q1Async(), ReportHeadings.Overview)[0];

        Assert.Equal(
            "截至2024年3月31日，三本台账共有改革任务7项，其中设定完成时限的6项（另有长期坚持、持续推进类任务1项，不计入完成率）。"
            + "已完成1项，完成率16.7%，新的年度台账不与上年第四季度末比较。",
            text);
    }

    [Fact]
    public async Task OfficeFacingText_NamesNoViewSettingOrFile()
    {
        // Before: "权重见指标设置 metric_settings", "（year_end_carry_over）", the footnote's list of view names.
        foreach (var document in new[] { await fixture.Q2Async(), await Q1Async() })
        {
            var texts = document.Sections.SelectMany(s => s.Blocks).SelectMany(b => b switch
            {
                ReportParagraph p => [p.Text],
                ReportTable t => [t.Caption, t.Note ?? string.Empty, t.EmptyText],
                ReportFigure f => [f.Caption],
                _ => Array.Empty<string>(),
            }).Append(document.Footnote).Append(document.Subtitle);

            Assert.All(texts, t => Assert.DoesNotMatch(@"[a-z]+_[a-z]+|\.md\b|docs/", t));
        }
    }
}
