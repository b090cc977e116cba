using ReformAnalytics.Charts;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using static ReformAnalytics.Reports.ReportText;

namespace ReformAnalytics.Reports;

/// <summary>一、总体进展情况: totals, completion rate and its change, plan against work, lag, lights.</summary>
internal static class OverviewSection
{
    public static ReportSection Build(QuarterFigures f, ReportContext c)
    {
        var blocks = new List<ReportBlock> { new ReportParagraph(Totals(f)) };
        if (Plan(f) is { } plan)
        {
            blocks.Add(new ReportParagraph(plan));
        }

        blocks.Add(new ReportParagraph(Lag(f)));
        if (f.Overall.StatusDisagrees > 0)
        {
            blocks.Add(new ReportParagraph(
                "需要注意的是，有" + Count(f.Overall.StatusDisagrees) + "项任务自报“序时推进”或“超进度”，但按完成时限测算已亮红灯，报送情况与实际进度不符，建议逐项核实。"));
        }

        if (CarryOver(f) is { } carryOver)
        {
            blocks.Add(new ReportParagraph(carryOver));
            if (CarryOverTable(f, c) is { } table)
            {
                blocks.Add(table);
            }
        }

        blocks.AddRange(c.Figure(MonthlyTrendChart.Name));
        blocks.AddRange(c.Figure(ProgressVsTimeChart.Name));
        blocks.AddRange(c.Figure(LagDistributionChart.Name));
        return new ReportSection(ReportHeadings.Overview, blocks);
    }

    /// <summary>本季度共有改革任务X项……完成率X%，较上季度末提高X个百分点。</summary>
    internal static string Totals(QuarterFigures f)
    {
        var o = f.Overall;
        var change = o.CompletionRateChangeQuarterPp switch
        {
            { } pp => "较上季度末" + Change(pp),
            null when f.Quarter.Number == 1 => "新的年度台账不与上年第四季度末比较",
            null => "上季度末无可比数据",
        };
        return "截至" + ChineseDate.Day(f.StatusDate) + "，" + Ledgers(f.Ledgers.Count) + "共有改革任务" + Count(o.Tasks) + "项，" + Excluded(o)
            + "。已完成" + Count(o.Completed) + "项，完成率" + Percent(o.CompletionRatePct) + "，" + change + "。";
    }

    /// <summary>The tasks left out of the rate, naming only the kinds there are: 其中设定完成时限的X项（另有…，不计入完成率）.</summary>
    private static string Excluded(MetricSummaryRow o)
    {
        var parts = new List<string>();
        if (o.OpenEndedExcluded > 0)
        {
            parts.Add("长期坚持、持续推进类任务" + Count(o.OpenEndedExcluded) + "项");
        }

        if (o.NoDeadlineExcluded > 0)
        {
            parts.Add("未写明完成时限的任务" + Count(o.NoDeadlineExcluded) + "项");
        }

        return parts.Count == 0
            ? "均设定了完成时限"
            : "其中设定完成时限的" + Count(o.DeadlineTasks) + "项（另有" + string.Join("、", parts) + "，不计入完成率）";
    }

    /// <summary>Plan against work for the year, and timeliness; null when no task has a deadline.</summary>
    internal static string? Plan(QuarterFigures f)
    {
        var o = f.Overall;
        if (o.TimeSharePct is not { } time || o.WorkSharePct is not { } work)
        {
            return null;
        }

        // The gap of the two shares as this sentence prints them, so the three figures add up.
        var pace = PrintedGap(work, time) switch
        {
            > 0 and var g => "，快于计划" + Number(g) + "个百分点",
            < 0 and var g => "，慢于计划" + Number(-g) + "个百分点",
            _ => "，与计划同步",
        };
        var text = "对照年度计划，各项任务的时间进度（按计划应达）为" + Percent(time) + "，工作进度（实际平均进度）为" + Percent(work) + pace + "。";
        if (o.Settled > 0)
        {
            text += "已到期或已完成的" + Count(o.Settled) + "项任务中，按期完成" + Count(o.CompletedOnTime) + "项，按期完成率" + Percent(o.OnTimeRatePct) + "。";
        }

        return text;
    }

    /// <summary>Behind, overdue, stalled and the lights.</summary>
    internal static string Lag(QuarterFigures f)
    {
        var o = f.Overall;
        var text = "目前滞后任务" + Count(o.Behind) + "项、逾期任务" + Count(o.Overdue) + "项、停滞任务" + Count(o.Stalled) + "项；按红绿灯看，红灯"
            + Count(o.Red) + "项、黄灯" + Count(o.Amber) + "项、绿灯" + Count(o.Green) + "项。";
        if (o.NoProgress > 0)
        {
            text += "另有" + Count(o.NoProgress) + "项未完成任务未填报进度，按0计入工作进度。";
        }

        var dueNow = o.DueUnfinished - o.Overdue;
        if (dueNow > 0)
        {
            // Due on the status date itself and not done: not overdue yet, but no longer able to be done on time.
            text += Count(dueNow) + "项任务完成时限为" + f.StatusDate.Month + "月" + f.StatusDate.Day + "日、本期仍未完成，已计为未按期完成"
                + (f.AsOf.Month == 12 ? "（年度台账至此结束，不再计为逾期）。" : "，下月仍未完成即为逾期。");
        }

        return text;
    }

    private static string Ledgers(int count) => count switch
    {
        1 => "台账",
        2 => "两本台账",
        3 => "三本台账",
        _ => Count(count) + "本台账",
    };

    /// <summary>
    /// In a first quarter: where the last year's unfinished tasks went (year_end_carry_over); null in other
    /// quarters, or when the last year is not in the database.
    /// </summary>
    internal static string? CarryOver(QuarterFigures f)
    {
        if (f.CarryOver.Count == 0)
        {
            return null;
        }

        var year = f.CarryOver[0].Year;
        var next = Count(year + 1) + "年台账";
        var carried = f.CarryOver.Count(r => r.Outcome == "carried");
        var similar = f.CarryOver.Count(r => r.Outcome == "similar");
        var dropped = f.CarryOver.Count(r => r.Outcome == "dropped");
        var text = "从年度交替看，" + Count(year) + "年末各台账未完成的任务" + Count(f.CarryOver.Count) + "项";
        if (dropped == f.CarryOver.Count)
        {
            return text + "均未列入" + next + "。这些任务是已调整、合并还是遗漏，建议逐项核实，防止未完成任务随年度交替“自然销号”。";
        }

        var parts = new List<string>();
        if (carried > 0)
        {
            parts.Add(Count(carried) + "项已列入" + next);
        }

        if (similar > 0)
        {
            parts.Add(Count(similar) + "项在" + next + "中有同一牵头单位、名称相近的任务，需核实是否为同一任务");
        }

        if (dropped > 0)
        {
            parts.Add(Count(dropped) + "项未列入" + next);
        }

        text += "，其中" + string.Join("，", parts) + "。";
        return dropped + similar > 0
            ? text + "未列入的任务是已调整、合并还是遗漏，建议逐项核实，防止未完成任务随年度交替“自然销号”。"
            : text;
    }

    private static ReportTable? CarryOverTable(QuarterFigures f, ReportContext c)
    {
        var open = f.CarryOver.Where(r => r.Outcome != "carried").ToList();
        if (open.Count == 0)
        {
            return null;
        }

        var max = c.Options.MaxListRows;
        return new ReportTable(
            c.TableCaption("上年末未完成、未列入今年台账或待核实的任务"),
            ReportColumns.CarryOver,
            [.. open.Take(max).Select((r, i) => (IReadOnlyList<string>)
            [
                Count(i + 1),
                Model.LedgerNames.LabelOf(r.Ledger),
                TaskLabel.Of(r.TaskHeading, r.TaskName),
                r.LeadUnit ?? "—",
                Percent(r.ActualPct),
                r.Outcome == "similar" ? "名称相近，待核实" : "未列入",
                r.NextTaskName is { } next ? TaskLabel.Of(r.NextTaskHeading, next) : "—",
            ])],
            new HashSet<int> { 0, 4 },
            Note: open.Count > max
                ? "注：共" + Count(open.Count) + "项，此处列出前" + Count(max) + "项；完整清单见看板“年末结转”页。"
                : "注：完整清单（含已列入的任务）见看板“年末结转”页。");
    }
}
