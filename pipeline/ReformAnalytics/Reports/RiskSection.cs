using ReformAnalytics.Model;
using static ReformAnalytics.Reports.ReportText;

namespace ReformAnalytics.Reports;

/// <summary>
/// 七、督察前需重点关注的风险任务: from risk_flags when the risk model has run, otherwise says so plainly. The fourth
/// quarter has none: December closes the ledger year (docs/risk.md), so it says where the unfinished tasks are instead.
/// </summary>
internal static class RiskSection
{
    public const string NotRunText = "本季度末及以前尚无风险模型的评估结果。本季度末运行风险模型后，本节将列出下次督察前最可能滞后的任务及其主要原因。";

    /// <summary>The fourth quarter without a run: December closes the ledger year, so there is nothing left to foresee.</summary>
    public const string YearEndText = "第四季度末（12月）为年度台账的最后一个月，此后没有本年度的月份可供预测，本季度不再列出风险任务；年底仍未完成的任务见负面清单，并在下一年度台账中继续跟踪。";

    public static ReportSection Build(QuarterFigures f, ReportContext c)
    {
        var risk = f.Risk;
        if (f.AsOf.Month == 12)
        {
            // An earlier run (November's) foresaw December, which the quarter's own figures now show.
            return new ReportSection(ReportHeadings.Risk, [new ReportParagraph(YearEndText)]);
        }

        if (!risk.HasRun)
        {
            return new ReportSection(ReportHeadings.Risk, [new ReportParagraph(NotRunText)]);
        }

        // Every open task is scored: the count is of tasks assessed, the 50% line says how many look likely to slip.
        var text = "风险模型（评估日期" + ChineseDate.Day(risk.AsOf!.Value) + "）对" + Count(risk.Flagged) + "项在办任务逐项估计了滞后可能性，其中"
            + Count(risk.Likely) + "项在50%以上；下表按可能性从高到低列出前" + Count(risk.Top.Count) + "项，建议在督察前重点调度、提前督办。";
        var table = new ReportTable(
            c.TableCaption("风险任务"),
            ReportColumns.Risk,
            [.. risk.Top.Select(r => (IReadOnlyList<string>)[Count(r.Rank), TaskLabel.Of(r.TaskHeading, r.TaskName), r.LeadUnit ?? "—", Probability(r.Probability), r.Reasons])],
            new HashSet<int> { 0, 3 },
            "风险模型未识别出风险任务。",
            Note(risk.HorizonMonths));
        return new ReportSection(ReportHeadings.Risk, [new ReportParagraph(text), table]);
    }

    /// <summary>What the probability means: the risk model's outcome (docs/risk.md), over its horizon when known.</summary>
    internal static string Note(int? horizonMonths) =>
        "注：滞后概率为模型估计的该任务" + (horizonMonths is { } h ? "此后" + Count(h) + "个月内" : "在模型预测期内")
        + "任一月逾期、亮红灯或到期未完成的可能性。";

    /// <summary>A probability as a whole percentage (a value above 1 is taken as already in percent).</summary>
    private static string Probability(double p) => FigureText.Probability(p);
}
