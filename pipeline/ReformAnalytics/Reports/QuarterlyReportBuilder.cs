using ReformAnalytics.Charts;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using static ReformAnalytics.Reports.ReportText;

namespace ReformAnalytics.Reports;

/// <summary>Lays out the quarterly analysis (一季一分析) from the figures and the charts; formats come after.</summary>
public static class QuarterlyReportBuilder
{
    public const string NextStepsHint =
        "（此处由改革办填写下一步工作打算：针对滞后、逾期任务的督办措施和限时补齐交账要求，下季度重点推进事项，迎接督察的准备工作等。）";

    public static ReportDocument Build(QuarterFigures figures, IReadOnlyList<RenderedChart> charts, QuarterlyReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(charts);
        options ??= QuarterlyReportOptions.Default;
        options.Validate();
        var c = new ReportContext(charts, options);
        var sections = new List<ReportSection>
        {
            OverviewSection.Build(figures, c),
            GroupsSection.Build(figures, c),
            UnitsSection.Build(figures, c),
            DoubleHalfSection.Build(figures, c),
            NegativeSection.Build(figures, c),
            ResultsSection.Build(figures, c),
            RiskSection.Build(figures, c),
            new(ReportHeadings.NextSteps, [new ReportPlaceholder(NextStepsHint)]),
        };
        return new ReportDocument(Title(figures, options), Subtitle(figures), sections, Footnote(figures));
    }

    internal static string Title(QuarterFigures f, QuarterlyReportOptions o) =>
        o.Issuer.Trim() + f.Quarter.Label + "全面深化改革任务推进情况分析";

    internal static string Subtitle(QuarterFigures f)
    {
        var text = "（数据截至" + ChineseDate.Day(f.StatusDate) + "，依据" + ChineseDate.Month(f.AsOf.FirstDay) + "改革任务台账";
        if (f.MissingMonths.Count > 0)
        {
            text += "；" + MissingMonthRow.Labels(f.MissingMonths) + "未导入，该月及其下一个月的漏报情况无法统计";
        }

        if (f.AsOf < f.Quarter.LastMonth)
        {
            text += "；" + ChineseDate.Month(f.Quarter.LastMonth.FirstDay) + "台账尚未导入";
        }

        return text + "）";
    }

    /// <summary>
    /// Where the figures come from, in words a 公文 carries: the figures by their Chinese names, no view names (an
    /// analyst finds the views by these names in docs/metrics.md).
    /// </summary>
    internal static string Footnote(QuarterFigures f) =>
        "说明：本报告由改革任务台账分析工具根据各牵头单位逐月报送的改革任务台账自动起草，数据截至" + ChineseDate.Day(f.StatusDate)
        + "。文中各项数字（任务汇总、" + (f.IsMidYear ? "双过半" : "时间进度与工作进度") + "、红黑榜、报送纪律、负面清单、成果清单"
        + (f.CarryOver.Count > 0 ? "、年末结转" : string.Empty) + (f.Assessment.Count > 0 ? "、年度考核" : string.Empty) + (f.MissingMonths.Count > 0 ? "、缺月" : string.Empty) + "）"
        + "均由数据库按统一的指标定义计算，可逐项复核。完成率只计设定完成时限的任务，长期坚持类和未写明时限的任务单独列明。";
}
