using ReformAnalytics.Metrics;
using ReformAnalytics.Reports;
using ReformAnalytics.Tests.Metrics;

namespace ReformAnalytics.Tests.Reports;

/// <summary>
/// The first quarter's report says where the last year's unfinished tasks went, from year_end_carry_over on the
/// turn of the year of <see cref="YearEndCarryOverTests"/>: of 2023's 4 unfinished tasks, OV2023-A is carried,
/// OV2023-C has a near name of its unit (待核实), OV2023-D and OV2023-G are not in the 2024 ledger.
/// </summary>
public sealed class CarryOverReportTests
{
    [Fact]
    public async Task FirstQuarter_SaysWhereLastYearsUnfinishedTasksWent_AndListsThoseNotCarried()
    {
        using var connection = await YearEndCarryOverTests.OpenAsync();
        var figures = await QuarterFiguresLoader.LoadAsync(connection, new Quarter(2024, 1), 10, CancellationToken.None);

        var document = QuarterlyReportBuilder.Build(figures, []);
        var overview = document.Sections[0];
        var table = overview.Blocks.OfType<ReportTable>().Single(t => t.Caption.Contains("上年末未完成", StringComparison.Ordinal));

        Assert.Equal(
            "从年度交替看，2023年末各台账未完成的任务4项，其中1项已列入2024年台账，1项在2024年台账中有同一牵头单位、名称相近的任务，需核实是否为同一任务，2项未列入2024年台账。"
            + "未列入的任务是已调整、合并还是遗漏，建议逐项核实，防止未完成任务随年度交替“自然销号”。",
            OverviewSection.CarryOver(figures));
        Assert.Contains(overview.Blocks.OfType<ReportParagraph>(), p => p.Text == OverviewSection.CarryOver(figures));

        // Dropped first (D at 30%, G at 40%), then the one to check (C at 50%, near 深化集团化办学改革); A is carried, not listed.
        Assert.Equal(
            [
                ["1", "改革任务总台账", "数字乡村试点", "县农业局", "30%", "未列入", "—"],
                ["2", "改革任务总台账", "优化政务服务流程", "县政务服务中心", "40%", "未列入", "—"],
                ["3", "改革任务总台账", "集团化办学改革", "县教育局", "50%", "名称相近，待核实", "深化集团化办学改革"],
            ],
            table.Rows);
        Assert.Contains("年末结转", document.Footnote, StringComparison.Ordinal);
        Assert.DoesNotContain("year_end_carry_over", document.Footnote, StringComparison.Ordinal);

        // A new ledger year: the completion rate is not compared with the last year's fourth quarter.
        Assert.Null(figures.Overall.CompletionRateChangeQuarterPp);
        Assert.EndsWith("完成率0%，新的年度台账不与上年第四季度末比较。", OverviewSection.Totals(figures), StringComparison.Ordinal);
    }

    [Fact]
    public void OtherQuarters_OrNothingToCarry_SayNothing()
    {
        var carried = new YearEndCarryOverRow(2023, "overall", "OV2023-A", "营商环境改革", "县发改局", "2023年12月底前", 60, "carried", "OV2024-A", "营商环境改革。", 1, new DateOnly(2024, 1, 1));

        Assert.Null(OverviewSection.CarryOver(Figures([])));
        Assert.Equal("从年度交替看，2023年末各台账未完成的任务1项，其中1项已列入2024年台账。", OverviewSection.CarryOver(Figures([carried])));
        Assert.Equal(
            "从年度交替看，2023年末各台账未完成的任务1项均未列入2024年台账。这些任务是已调整、合并还是遗漏，建议逐项核实，防止未完成任务随年度交替“自然销号”。",
            OverviewSection.CarryOver(Figures([carried with { Outcome = "dropped", NextTaskId = null, NextTaskName = null, Similarity = null }])));
    }

    private static QuarterFigures Figures(IReadOnlyList<YearEndCarryOverRow> rows) =>
        new(new Quarter(2024, 1), new Model.ReportMonth(2024, 1), null!, [], [], [], [], [], [], [], null!) { CarryOver = rows };

    [Fact]
    public async Task JanuaryNotices_AskUnitsAboutTheirTasksTheNewLedgerDropped()
    {
        using var connection = await YearEndCarryOverTests.OpenAsync();

        var set = await SupervisionNotices.BuildAsync(connection, new Model.ReportMonth(2024, 1), new DateOnly(2024, 2, 20), CancellationToken.None);
        var notices = set.Notices.ToDictionary(n => n.LeadUnit);

        // OV2023-D (县农业局) and OV2023-G (县政务服务中心) were dropped; OV2023-A (县发改局) was carried, and its
        // January task is not behind, so 县发改局 gets no notice. OV2023-C was only near a January name: not asked about.
        Assert.DoesNotContain("县发改局", notices.Keys);
        Assert.DoesNotContain("县教育局", notices.Keys);
        var farm = notices["县农业局"];
        Assert.Empty(farm.Tasks);
        Assert.Empty(farm.Missing);
        var document = farm.ToDocument();
        Assert.Equal(["一、上年结转事项", "二、办理要求"], document.Sections.Select(s => s.Heading));
        var table = document.Sections[0].Blocks.OfType<ReportTable>().Single();
        Assert.Equal("表1 上年未完成、未列入今年台账的任务", table.Caption);
        Assert.Equal([["1", "改革任务总台账", "数字乡村试点", "2023年12月底前", "30%"]], table.Rows);
        Assert.StartsWith("以下1项任务在2023年末尚未完成，2024年改革任务台账中却没有列入。", document.Sections[0].Blocks.OfType<ReportParagraph>().Single().Text, StringComparison.Ordinal);
        // The notice goes to the unit: its source is told in words, with no view names.
        Assert.Contains("上年结转事项为上年年底未完成、未列入今年台账的任务", document.Footnote, StringComparison.Ordinal);
        Assert.DoesNotContain("year_end_carry_over", document.Footnote, StringComparison.Ordinal);
        Assert.Equal("优化政务服务流程", Assert.Single(notices["县政务服务中心"].Dropped).TaskName);

        // February is no turn of the year: nothing is asked about last year.
        var february = await SupervisionNotices.BuildAsync(connection, new Model.ReportMonth(2024, 2), new DateOnly(2024, 3, 20), CancellationToken.None);
        Assert.All(february.Notices, n => Assert.Empty(n.Dropped));
    }
}
