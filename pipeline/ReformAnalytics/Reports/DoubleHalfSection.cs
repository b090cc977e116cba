using ReformAnalytics.Charts;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using static ReformAnalytics.Reports.ReportText;

namespace ReformAnalytics.Reports;

/// <summary>
/// 四、“双过半”情况: at the end of June the assessment itself. In other quarters 四、时间进度与工作进度: where the year
/// stands by the same two shares, with no verdict; before June that 双过半 will be assessed on them, after June what
/// the assessment found.
/// </summary>
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
            Note: "注：时间进度为各任务按自身完成时限此时应完成比例的平均（不是按日历计算的全年时间进度），工作进度为各任务实际完成比例的平均（未填报的按0计），均只计设定完成时限的任务；差距 = 表中工作进度 − 表中时间进度，单位为百分点。"));
        return new ReportSection(f.IsMidYear ? ReportHeadings.DoubleHalf : ReportHeadings.TimeAndWork, blocks);
    }

    /// <summary>
    /// The paragraph. Two yardsticks are named apart: the calendar share of the year gone (全年时间, which the office's
    /// usual 时间过半 refers to) and the time share the verdict uses, the mean of each task's own planned share by its
    /// deadline (double_half.reached: work share not below it).
    /// </summary>
    internal static string Text(QuarterFigures f)
    {
        if (f.DoubleHalfOverall is not { } all || all.TimeSharePct is not { } time || all.WorkSharePct is not { } work)
        {
            return "本期没有设定完成时限的任务，无法测算时间进度和工作进度。";
        }

        var calendar = "截至" + ChineseDate.Day(f.StatusDate) + "，全年时间已过" + Percent(all.YearTimePct) + "（按日历计），全部任务平均工作进度"
            + Percent(work);
        var yardstick = "按各项任务自身的完成时限测算，此时应完成" + Percent(time);
        if (!f.IsMidYear)
        {
            var comparison = calendar + "；" + yardstick + "，工作进度" + Pace(all) + "。";
            if (f.AsOf.Month < 6)
            {
                return comparison + "6月底将以同一口径评估“双过半”。";
            }

            return f.MidYear is { TimeSharePct: { } juneTime, WorkSharePct: { } juneWork } june
                ? comparison + "6月底评估“双过半”时，工作进度" + Percent(juneWork) + "，时间进度" + Percent(juneTime) + "，"
                    + (june.Reached == true ? "实现了“双过半”" : "未实现“双过半”") + "。"
                : comparison;
        }

        yardstick += "（即“双过半”所比的时间进度），工作进度" + Pace(all);

        // One verdict, the one the table, the dashboard and double_half.reached give: the work keeps pace with the time.
        var text = calendar + "，" + (work >= 50 ? "已过半" : "未过半") + "。" + yardstick + "，"
            + (all.Reached == true ? "实现了“双过半”" : "按此口径未实现“双过半”") + "。";
        var groups = f.DoubleHalfOf("group").Where(d => d.WorkSharePct is not null).ToList();
        if (groups.Count > 0)
        {
            var notReached = groups.Where(d => d.Reached != true).Select(d => d.GroupName).ToList();
            text += "分专项小组看，" + (notReached.Count == groups.Count ? Count(groups.Count) + "个专项小组均未实现“双过半”"
                : notReached.Count == 0 ? Count(groups.Count) + "个专项小组全部实现“双过半”"
                : Count(groups.Count - notReached.Count) + "个专项小组实现“双过半”，" + List(notReached) + "未实现") + "。";
        }

        return text;
    }

    /// <summary>快于/慢于时间进度X个百分点, from the printed shares; a shortfall too small to print still says 略慢.</summary>
    private static string Pace(DoubleHalfRow d) => PrintedGap(d.WorkSharePct, d.TimeSharePct) switch
    {
        > 0 and var g => "快于时间进度" + Number(g) + "个百分点",
        < 0 and var g => "慢于时间进度" + Number(-g) + "个百分点",
        _ when d.Reached == false => "略慢于时间进度（不足0.1个百分点）",
        _ => "与时间进度持平",
    };

    internal static IReadOnlyList<string> Row(string label, DoubleHalfRow d) =>
    [
        label, Count(d.DeadlineTasks), Percent(d.TimeSharePct), Percent(d.WorkSharePct), SignedPoints(PrintedGap(d.WorkSharePct, d.TimeSharePct)),
        d.Reached switch { true => "是", false => "否", null => "—" },
    ];
}
