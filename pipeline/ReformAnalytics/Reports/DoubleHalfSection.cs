using ReformAnalytics.Charts;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using static ReformAnalytics.Reports.ReportText;

namespace ReformAnalytics.Reports;

/// <summary>四、“双过半”情况: at the end of June the assessment itself; in other quarters where the year stands.</summary>
internal static class DoubleHalfSection
{
    public static ReportSection Build(QuarterFigures f, ReportContext c)
    {
        var blocks = new List<ReportBlock> { new ReportParagraph(Text(f)) };
        var rows = f.DoubleHalfOf("all").Select(d => ("全部任务", d))
            .Concat(f.DoubleHalfOf("ledger").Select(d => ("台账：" + Model.LedgerNames.LabelOf(d.GroupName), d)))
            .Concat(f.DoubleHalfOf("group").Select(d => ("专项小组：" + d.GroupName, d)))
            .ToList();
        blocks.Add(new ReportTable(
            c.TableCaption("时间进度与工作进度"),
            ReportColumns.DoubleHalf("范围"),
            [.. rows.Select(r => Row(r.Item1, r.d))],
            new HashSet<int> { 1, 2, 3, 4 },
            Note: "注：时间进度为各任务按计划应完成比例的平均，工作进度为各任务实际完成比例的平均（未填报的按0计），均只计设定完成时限的任务；差距 = 工作进度 − 时间进度，单位为百分点。"));
        return new ReportSection(ReportHeadings.DoubleHalf, blocks);
    }

    internal static string Text(QuarterFigures f)
    {
        if (f.DoubleHalfOverall is not { } all || all.TimeSharePct is not { } time || all.WorkSharePct is not { } work)
        {
            return "本期没有设定完成时限的任务，无法测算时间进度和工作进度。";
        }

        var pace = all.Reached == true ? "工作进度不慢于时间进度" : "工作进度慢于时间进度";
        var groups = f.DoubleHalfOf("group").Where(d => d.WorkSharePct is not null).ToList();
        if (f.IsMidYear)
        {
            // One verdict, the one the table, the dashboard and double_half.reached give: the work keeps pace with the time.
            var half = work >= 50 ? "工作进度已过半" : "工作进度未过半";
            var verdict = all.Reached == true ? "，且不慢于时间进度，实现了“双过半”" : (work >= 50 ? "，但" : "，且") + "慢于时间进度，未实现“双过半”";
            var text = "截至" + ChineseDate.Day(f.StatusDate) + "，全年时间已过" + Percent(all.YearTimePct) + "，全部任务工作进度" + Percent(work)
                + "（按计划应达" + Percent(time) + "），" + half + verdict + "。";
            if (groups.Count > 0)
            {
                var notReached = groups.Where(d => d.Reached != true).Select(d => d.GroupName).ToList();
                text += "分专项小组看，" + (notReached.Count == groups.Count ? Count(groups.Count) + "个专项小组均未实现“双过半”"
                    : notReached.Count == 0 ? Count(groups.Count) + "个专项小组全部实现“双过半”"
                    : Count(groups.Count - notReached.Count) + "个专项小组实现“双过半”，" + List(notReached) + "未实现") + "。";
            }

            return text;
        }

        return "“双过半”于每年6月底评估。截至" + ChineseDate.Day(f.StatusDate) + "，全年时间已过" + Percent(all.YearTimePct) + "，全部任务工作进度"
            + Percent(work) + "（按计划应达" + Percent(time) + "），" + pace + "。";
    }

    private static IReadOnlyList<string> Row(string label, DoubleHalfRow d) =>
    [
        label, Count(d.DeadlineTasks), Percent(d.TimeSharePct), Percent(d.WorkSharePct), SignedPoints(d.GapPp),
        d.Reached switch { true => "是", false => "否", null => "—" },
    ];
}
