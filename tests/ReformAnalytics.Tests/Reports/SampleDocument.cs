using ReformAnalytics.Charts;
using ReformAnalytics.Reports;
using ReformAnalytics.Tests.Charts;

namespace ReformAnalytics.Tests.Reports;

/// <summary>A report document with every kind of block, built by hand (no database).</summary>
internal static class SampleDocument
{
    public static ReportDocument Build()
    {
        var chart = LedgerComparisonChart.Render(ChartSamples.Ledgers);
        var rows = Enumerable.Range(1, 60)
            .Select(i => (IReadOnlyList<string>)[i.ToString(System.Globalization.CultureInfo.InvariantCulture), "推进改革任务第" + i + "项<&>", "县财政局\n县教育局", "50.0%"])
            .ToList();
        return new ReportDocument(
            "2024年第二季度全面深化改革任务推进情况分析",
            "数据截至2024年6月30日",
            [
                new ReportSection("一、总体进展情况", [new ReportParagraph("本季度共有改革任务12项，已完成5项。"), new ReportFigure(chart, "图1 三本台账任务推进对比")]),
                new ReportSection("二、负面清单", [
                    new ReportTable("表1 负面清单", ["序号", "任务名称", "牵头单位", "完成率"], rows, new HashSet<int> { 0, 3 }, Note: "注：按滞后幅度排序。"),
                    new ReportTable("表2 成果清单", ["序号", "任务名称"], [], new HashSet<int>(), "本季度无新完成任务。"),
                ]),
                new ReportSection("三、下一步工作打算", [new ReportPlaceholder("（请改革办填写）")]),
            ],
            "数据来源：改革任务台账。");
    }
}
