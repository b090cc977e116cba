using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using static ReformAnalytics.Reports.ReportText;

namespace ReformAnalytics.Reports;

/// <summary>六、本季度改革成果（成果清单）: the results_list view for the quarter's months.</summary>
internal static class ResultsSection
{
    public static ReportSection Build(QuarterFigures f, ReportContext c)
    {
        var max = c.Options.MaxListRows;
        var table = new ReportTable(
            c.TableCaption("本季度成果清单"),
            ReportColumns.Results,
            [.. f.Results.Take(max).Select((r, i) => Row(i + 1, r))],
            new HashSet<int> { 0 },
            "本季度暂无新完成的任务。",
            f.Results.Count > max
                ? "注：本季度新完成任务共" + Count(f.Results.Count) + "项，此处列出前" + Count(max) + "项；完整清单见季度清单（Excel）中的成果清单。"
                : null);
        return new ReportSection(ReportHeadings.Results, [new ReportParagraph(Text(f)), table]);
    }

    internal static string Text(QuarterFigures f)
    {
        var period = ChineseDate.Month(f.Quarter.FirstMonth.FirstDay) + "至" + ChineseDate.Month(f.AsOf.FirstDay);
        if (f.Results.Count == 0)
        {
            return "本季度（" + period + "）暂无新完成的改革任务。";
        }

        var onTime = f.Results.Count(r => r.CompletedOnTime == true);
        var late = f.Results.Count(r => r.CompletedOnTime == false);
        var text = "本季度（" + period + "）新完成改革任务" + Count(f.Results.Count) + "项，其中按期完成" + Count(onTime) + "项";
        if (late > 0)
        {
            text += "、逾期后完成" + Count(late) + "项";
        }

        var noDeadline = f.Results.Count - onTime - late;
        if (noDeadline > 0)
        {
            text += "，另有" + Count(noDeadline) + "项未设完成时限";
        }

        return text + "。";
    }

    private static IReadOnlyList<string> Row(int number, ResultsListRow r) =>
    [
        Count(number), TaskLabel.Of(r.TaskHeading, r.TaskName), r.SpecialGroup ?? "—", r.LeadUnit ?? "—", r.ResultForm ?? "—", ChineseDate.Month(r.CompletedMonth),
        r.CompletedOnTime switch { true => "按期", false => "逾期完成", null => "未设时限" },
    ];
}
