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

    [Fact]
    public async Task OfficeFacingText_HasNoEnglishWord_ButExcel()
    {
        // Before, the footnote read “本报告由 ReformAnalytics 根据…自动起草”: the program's English name in a 公文.
        foreach (var document in new[] { await fixture.Q2Async(), await Q1Async() })
        {
            var texts = document.Sections.SelectMany(s => s.Blocks).SelectMany(b => b switch
            {
                ReportParagraph p => [p.Text],
                ReportTable t => [t.Caption, t.Note ?? string.Empty, t.EmptyText, .. t.Rows.SelectMany(r => r)],
                ReportFigure f => [f.Caption],
                _ => Array.Empty<string>(),
            }).Append(document.Footnote).Append(document.Subtitle).Append(document.Title);

            Assert.All(texts, t => Assert.DoesNotMatch("[A-Za-z]{2,}", t.Replace("Excel", string.Empty, StringComparison.Ordinal)));
        }

        Assert.StartsWith("说明：本报告由改革任务台账分析工具根据各牵头单位逐月报送的改革任务台账自动起草", (await fixture.Q2Async()).Footnote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Figure4_SelfReportedStatus_IsContrastedWithTheComputedBehindCount()
    {
        // June, as units reported: 经济 R1 completed, R2 on_track, R5 completed, R7 not_started -> 0 behind;
        // 社会 R3 behind, R4 on_track, R6 completed, R8 on_track -> 1. Computed (lag >= 10): 经济 R2 -> 1; 社会 R3, R8 -> 2.
        // Both groups differ by 1; the tie goes by name (社 U+793E before 经 U+7ECF).
        var section = (await fixture.Q2Async()).Sections.Single(s => s.Heading == ReportHeadings.GroupsAndLedgers);
        var afterFigure = section.Blocks.SkipWhile(b => b is not ReportFigure { Chart.Name: "group-completion" }).Skip(1).First();

        Assert.Equal(
            "需要说明的是，上图为各单位自报的状态，与表中按完成时限测算的“滞后”口径不同：全部任务中单位自报滞后1项，按进度测算滞后3项；"
            + "差别最大的是社会体制改革专项小组（自报滞后1项，测算滞后2项）。",
            Assert.IsType<ReportParagraph>(afterFigure).Text);
    }
}
