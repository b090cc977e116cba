using ReformAnalytics.Charts;
using ReformAnalytics.Metrics;
using static ReformAnalytics.Reports.ReportText;

namespace ReformAnalytics.Reports;

/// <summary>二、分专项小组和分台账推进情况.</summary>
internal static class GroupsSection
{
    public static ReportSection Build(QuarterFigures f, ReportContext c)
    {
        var blocks = new List<ReportBlock>();
        if (GroupText(f) is { } text)
        {
            blocks.Add(new ReportParagraph(text));
        }

        var groupsCaption = c.TableCaption("分专项小组推进情况");
        blocks.Add(SummaryTable(groupsCaption, "专项小组", f.Groups, g => g.GroupName, SummaryNote));
        var figure = c.Figure(GroupCompletionChart.Name).ToList();
        blocks.AddRange(figure);
        if (figure.Count > 0 && SelfReportedText(f) is { } selfReported)
        {
            blocks.Add(new ReportParagraph(selfReported));
        }

        blocks.AddRange(c.Figure(QuarterChangeChart.Name));
        if (f.Ledgers.Count > 0)
        {
            blocks.Add(new ReportParagraph(LedgerText(f)));
        }

        // The same columns as the groups' table a few paragraphs up: its note is not repeated word for word.
        var sameAs = "注：各列口径同" + groupsCaption[..groupsCaption.IndexOf(' ', StringComparison.Ordinal)] + "。";
        blocks.Add(SummaryTable(c.TableCaption("分台账推进情况"), "台账", f.Ledgers, l => Model.LedgerNames.LabelOf(l.GroupName), sameAs));
        blocks.AddRange(c.Figure(LedgerComparisonChart.Name));
        return new ReportSection(ReportHeadings.GroupsAndLedgers, blocks);
    }

    internal static string? GroupText(QuarterFigures f)
    {
        var rated = f.Groups.Where(g => g.CompletionRatePct is not null).ToList();
        if (rated.Count == 0)
        {
            return null;
        }

        // f.Groups comes in the ledger's order (group_ordinal): a tie goes to the group the ledger lists first.
        var place = LedgerPlace(f);
        var best = rated.OrderByDescending(g => g.CompletionRatePct).ThenBy(place).First();
        var worst = rated.OrderBy(g => g.CompletionRatePct).ThenBy(place).First();
        var text = "分专项小组看，" + Count(f.Groups.Count) + "个专项小组中，完成率最高的是" + best.GroupName + "（" + Percent(best.CompletionRatePct)
            + "），最低的是" + worst.GroupName + "（" + Percent(worst.CompletionRatePct) + "）";
        var risen = f.Groups.Where(g => g.CompletionRateChangeQuarterPp > 0)
            .OrderByDescending(g => g.CompletionRateChangeQuarterPp).ThenBy(place).FirstOrDefault();
        if (risen is not null)
        {
            text += "；较上季度末提高最多的是" + risen.GroupName + "（" + Change(risen.CompletionRateChangeQuarterPp!.Value) + "）";
        }

        var lagging = f.Groups.Where(g => g.Behind > 0).OrderByDescending(g => g.Behind).ThenBy(place).FirstOrDefault();
        if (lagging is not null)
        {
            text += "；滞后任务最多的是" + lagging.GroupName + "（" + Count(lagging.Behind) + "项）";
        }

        return text + "。";
    }

    /// <summary>
    /// Figure 4 counts the status the units reported, the table beside it the lag computed from the deadlines: one
    /// sentence says so where the two 滞后 differ, naming the group where they differ most. Null where they agree.
    /// </summary>
    internal static string? SelfReportedText(QuarterFigures f)
    {
        if (f.GroupStatus.Count == 0)
        {
            return null;
        }

        var reportedBehind = f.GroupStatus.Where(s => s.Status == Model.ReportedStatusNames.Id(Model.ReportedStatus.Behind))
            .GroupBy(s => s.Group, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(s => s.Tasks), StringComparer.Ordinal);
        var differ = f.Groups.Select((g, place) => (g.GroupName, Reported: reportedBehind.GetValueOrDefault(g.GroupName), Computed: g.Behind, Place: place))
            .Where(g => g.Reported != g.Computed)
            .OrderByDescending(g => Math.Abs(g.Computed - g.Reported)).ThenBy(g => g.Place).ToList();
        if (differ.Count == 0)
        {
            return null;
        }

        var most = differ[0];
        return "需要说明的是，上图为各单位自报的状态，与表中按完成时限测算的“滞后”口径不同：全部任务中单位自报滞后"
            + Count(reportedBehind.Values.Sum()) + "项，按进度测算滞后" + Count(f.Overall.Behind) + "项；差别最大的是" + most.GroupName
            + "（自报滞后" + Count(most.Reported) + "项，测算滞后" + Count(most.Computed) + "项）。";
    }

    /// <summary>A group's place in <see cref="QuarterFigures.Groups"/>, which holds them in the ledger's order: the tie-break of a ranking.</summary>
    private static Func<MetricSummaryRow, int> LedgerPlace(QuarterFigures f)
    {
        var places = f.Groups.Select((g, i) => (g.GroupName, i)).ToDictionary(p => p.GroupName, p => p.i, StringComparer.Ordinal);
        return g => places[g.GroupName];
    }

    internal static string LedgerText(QuarterFigures f) =>
        "分台账看，" + string.Join("；", f.Ledgers.Select(l =>
            Model.LedgerNames.LabelOf(l.GroupName) + "任务" + Count(l.Tasks) + "项、已完成" + Count(l.Completed) + "项、完成率" + Percent(l.CompletionRatePct)))
        + "。";

    /// <summary>What 完成率, 计入完成率 and 较上季度 of a summary table mean.</summary>
    internal const string SummaryNote =
        "注：完成率 = 已完成 ÷ 设定完成时限的任务数（“计入完成率”列），长期坚持类和未写明时限的任务不计入；“较上季度”为完成率较上季度末的变化，单位为百分点。";

    internal static ReportTable SummaryTable(string caption, string first, IReadOnlyList<MetricSummaryRow> rows, Func<MetricSummaryRow, string> name, string note) =>
        new(
            caption,
            ReportColumns.Summary(first),
            [.. rows.Select(r => (IReadOnlyList<string>)
            [
                name(r), Count(r.Tasks), Count(r.DeadlineTasks), Count(r.Completed), Percent(r.CompletionRatePct),
                SignedPoints(r.CompletionRateChangeQuarterPp), Count(r.Behind), Count(r.Overdue), Count(r.Stalled),
            ])],
            new HashSet<int> { 1, 2, 3, 4, 5, 6, 7, 8 },
            Note: note);
}
