using ReformAnalytics.Charts;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using static ReformAnalytics.Reports.ReportText;

namespace ReformAnalytics.Reports;

/// <summary>三、牵头单位推进情况: 红黑榜 and reporting discipline (missing monthly returns).</summary>
internal static class UnitsSection
{
    public static ReportSection Build(QuarterFigures f, ReportContext c)
    {
        var blocks = new List<ReportBlock> { new ReportParagraph(RankingText(f)) };
        blocks.Add(RankingTable(f, c.TableCaption("牵头单位红黑榜")));
        blocks.AddRange(c.Figure(UnitRankingChart.Name));
        blocks.Add(new ReportParagraph(DisciplineText(f)));
        blocks.Add(MissingReturnsTable(f, c.TableCaption("本季度月度进展缺报情况"), c.Options.MaxListRows));
        blocks.AddRange(c.Figure(BehindHeatmapChart.Name));
        return new ReportSection(ReportHeadings.Units, blocks);
    }

    internal static string RankingText(QuarterFigures f)
    {
        var ranked = f.Ranking.Count(u => u.Ranked);
        var unranked = f.Ranking.Count - ranked;
        var red = f.Ranking.Where(u => u.Board == "red").Select(u => u.LeadUnit).ToList();
        var black = f.Ranking.Where(u => u.Board == "black").Select(u => u.LeadUnit).ToList();
        var text = "按按期完成率、滞后程度、逾期任务和报送纪律综合评分，" + Count(ranked) + "家牵头单位参与排名";
        if (unranked > 0)
        {
            text += "（另有" + Count(unranked) + "家单位暂无设定完成时限的任务，不参与排名）";
        }

        text += "。";
        var boards = new List<string>();
        if (red.Count > 0)
        {
            boards.Add("列入红榜的有" + List(red));
        }

        if (black.Count > 0)
        {
            boards.Add("列入黑榜的有" + List(black));
        }

        return boards.Count == 0 ? text : text + string.Join("；", boards) + "。";
    }

    internal static string DisciplineText(QuarterFigures f)
    {
        var missing = f.Discipline.Where(d => d.MissingReturns > 0).ToList();
        // A month whose ledger was never ingested has no returns to count, nor has the month after it.
        var gap = f.MissingMonths.Count == 0
            ? string.Empty
            : MissingMonthRow.Labels(f.MissingMonths) + "未导入，该月及其下一个月的报送情况未计入。";
        if (missing.Count == 0)
        {
            return gap.Length == 0
                ? "报送纪律方面，本季度各牵头单位均按月报送了任务进展。"
                : "报送纪律方面，本季度已导入的月份中，各牵头单位均按月报送了任务进展；" + gap;
        }

        var units = missing.Select(d => d.LeadUnit).Distinct(StringComparer.Ordinal).ToList();
        return "报送纪律方面，本季度有" + Count(units.Count) + "家牵头单位存在缺报，共缺报" + Count(missing.Sum(d => d.MissingReturns))
            + "项次，涉及" + List(units) + "。" + gap;
    }

    private static ReportTable RankingTable(QuarterFigures f, string caption)
    {
        var boards = f.Ranking.Where(u => u.Board is "red" or "black").OrderBy(u => u.Board == "red" ? 0 : 1).ThenBy(u => u.Rank).ToList();
        return new ReportTable(
            caption,
            ReportColumns.Ranking,
            [.. boards.Select(u => (IReadOnlyList<string>)
            [
                u.Board == "red" ? "红榜" : "黑榜", u.Rank is { } r ? Count(r) : "—", u.LeadUnit, Number(u.Score), Percent(u.OnTimeRatePct),
                u.AvgLagPp is { } lag ? Number(lag) : "—", Count(u.Overdue), Count(u.MissingReturnsQtd),
            ])],
            new HashSet<int> { 1, 3, 4, 5, 6, 7 },
            "暂无可排名的单位。",
            "注：综合得分由按期完成率、滞后程度、逾期任务和报送纪律加权得出（权重见指标设置 metric_settings）；平均滞后单位为百分点，缺报项次为本季度累计；完整排名见 reform lists 导出的红黑榜。");
    }

    /// <summary>Unit-months with missing returns, most missing first; at most <paramref name="max"/> rows.</summary>
    private static ReportTable MissingReturnsTable(QuarterFigures f, string caption, int max)
    {
        var rows = f.Discipline.Where(d => d.MissingReturns > 0)
            .OrderByDescending(d => d.MissingReturns).ThenBy(d => d.LeadUnit, StringComparer.Ordinal).ThenBy(d => d.ReportMonth)
            .ToList();
        return new ReportTable(
            caption,
            ReportColumns.MissingReturns,
            [.. rows.Take(max).Select(d => (IReadOnlyList<string>)[d.LeadUnit, ChineseDate.Month(d.ReportMonth), Count(d.ExpectedReturns), Count(d.Returned), Count(d.MissingReturns)])],
            new HashSet<int> { 2, 3, 4 },
            "本季度无缺报。",
            rows.Count > max ? "注：共" + Count(rows.Count) + "个单位·月存在缺报，此处按缺报项数列出前" + Count(max) + "个。" : null);
    }
}
