using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using static ReformAnalytics.Reports.ReportText;

namespace ReformAnalytics.Reports;

/// <summary>五、逾期和停滞任务（负面清单）: the negative_list view at the quarter's report month.</summary>
internal static class NegativeSection
{
    /// <summary>Tasks tied for the longest delay named in the sentence; more are counted and left to the table.</summary>
    private const int MaxTiedNamed = 5;

    /// <summary>The columns explained; 停滞 in the words every output uses (连续N次填报未变化, N from the settings).</summary>
    private static string Legend(QuarterFigures f) =>
        "滞后 = 计划进度 − 实际进度，单位为百分点；停滞指进度连续" + (f.Settings is { } s ? Count(s.StalledMinMonths) : "多") + "次及以上填报未变化；实际进度带*的由报送状态推定。";

    public static ReportSection Build(QuarterFigures f, ReportContext c)
    {
        var max = c.Options.MaxListRows;
        var shown = f.Negative.Take(max).ToList();
        var table = new ReportTable(
            c.TableCaption("负面清单"),
            ReportColumns.Negative,
            [.. shown.Select((n, i) => Row(i + 1, n))],
            new HashSet<int> { 0, 4, 5, 6, 7 },
            "无逾期、滞后或停滞任务。",
            f.Negative.Count > max
                ? "注：负面清单共" + Count(f.Negative.Count) + "项，此处按逾期天数和滞后幅度列出前" + Count(max) + "项，完整清单见季度清单（Excel）中的负面清单。" + Legend(f)
                : "注：按逾期天数、滞后幅度排序。" + Legend(f));
        return new ReportSection(ReportHeadings.Negative, [new ReportParagraph(Text(f)), table]);
    }

    internal static string Text(QuarterFigures f)
    {
        if (f.Negative.Count == 0)
        {
            return "截至" + ChineseDate.Day(f.StatusDate) + "，没有逾期、滞后或停滞的任务。";
        }

        return "截至" + ChineseDate.Day(f.StatusDate) + "，" + Breakdown(f.Negative) + Longest(f.Negative);
    }

    /// <summary>
    /// How many are on the list and of what kind: 逾期, 到期未完成 (due on the status date itself, not yet overdue; in
    /// December every task due 31 December), 滞后, 停滞; a kind with none is left out, but for 逾期, 滞后 and 停滞 as before.
    /// </summary>
    internal static string Breakdown(IReadOnlyList<NegativeListRow> negative)
    {
        var due = negative.Count(n => n.DueUnfinished && !n.Overdue);
        return "列入负面清单的任务" + Count(negative.Count) + "项，其中逾期" + Count(negative.Count(n => n.Overdue)) + "项、"
            + (due > 0 ? "到期未完成" + Count(due) + "项、" : string.Empty)
            + "滞后" + Count(negative.Count(n => n.Behind)) + "项、停滞" + Count(negative.Count(n => n.Stalled)) + "项（同一任务可能兼有多种情形）。";
    }

    /// <summary>
    /// The longest delay and every task that shares it, in the list's order: one task is named alone, a tie is
    /// named in full (up to <see cref="MaxTiedNamed"/>, then counted), so no unit is singled out by a tie-break.
    /// </summary>
    internal static string Longest(IReadOnlyList<NegativeListRow> negative)
    {
        var overdue = negative.Where(n => n.DaysOverdue is not null).ToList();
        if (overdue.Count == 0)
        {
            return string.Empty;
        }

        var days = overdue.Max(n => n.DaysOverdue!.Value);
        var tied = overdue.Where(n => n.DaysOverdue == days).ToList();
        if (tied.Count == 1)
        {
            return "逾期时间最长的是" + Named(tied[0]) + "，已逾期" + Count(days) + "天。";
        }

        var names = tied.Count <= MaxTiedNamed ? "：" + string.Join("、", tied.Select(Named)) : "（见下表）";
        return "逾期时间最长的有" + Count(tied.Count) + "项，并列已逾期" + Count(days) + "天" + names + "。";
    }

    private static string Named(NegativeListRow n) => (n.LeadUnit ?? "（未填牵头单位）") + "牵头的" + QuotedTask(n.TaskHeading, n.TaskName);

    private static IReadOnlyList<string> Row(int number, NegativeListRow n) =>
    [
        Count(number), TaskLabel.Of(n.TaskHeading, n.TaskName), n.LeadUnit ?? "—", n.DeadlineText ?? "—", Percent(n.PlannedPct),
        Percent(n.ActualPct) + (n.ActualDerived ? "*" : string.Empty), n.LagPp is { } lag ? Number(lag) : "—",
        n.DaysOverdue is { } d ? Count(d) : "—", string.Join("、", n.Reasons.Select(Reason)),
    ];

    private static string Reason(string reason) => reason switch
    {
        "overdue" => "逾期",
        "due" => "到期未完成",
        "behind" => "滞后",
        "stalled" => "停滞",
        _ => reason,
    };
}
