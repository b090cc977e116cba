using ReformAnalytics.Charts;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using static ReformAnalytics.Reports.ReportText;

namespace ReformAnalytics.Reports;

/// <summary>
/// 三、牵头单位推进情况: 红黑榜 and reporting discipline (missing monthly returns); in the fourth quarter also the year's
/// assessment (年度考核), whose discipline counts from January.
/// </summary>
internal static class UnitsSection
{
    public static ReportSection Build(QuarterFigures f, ReportContext c)
    {
        var blocks = new List<ReportBlock> { new ReportParagraph(RankingText(f)) };
        blocks.Add(RankingTable(f, c.TableCaption("牵头单位红黑榜")));
        blocks.AddRange(c.Figure(UnitRankingChart.Name));
        blocks.Add(new ReportParagraph(DisciplineText(f)));
        blocks.Add(MissingReturnsTable(f, c.TableCaption("本季度月度进展漏报情况"), c.Options.MaxListRows));
        blocks.AddRange(c.Figure(BehindHeatmapChart.Name));
        if (f.Assessment.Count > 0)
        {
            blocks.Add(new ReportParagraph(AssessmentText(f)));
            blocks.Add(AssessmentTable(f, c.TableCaption("年度考核居前和居后的牵头单位")));
        }

        return new ReportSection(ReportHeadings.Units, blocks);
    }

    internal static string RankingText(QuarterFigures f)
    {
        var ranked = f.Ranking.Count(u => u.Ranked);
        var unranked = f.Ranking.Count - ranked;
        var red = f.Ranking.Where(u => u.Board == "red").Select(u => u.LeadUnit).ToList();
        var black = f.Ranking.Where(u => u.Board == "black").Select(u => u.LeadUnit).ToList();
        var text = "综合按期完成率、滞后程度、逾期任务和报送纪律评分，" + Count(ranked) + "家牵头单位参与排名";
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

        text = boards.Count == 0 ? text : text + string.Join("；", boards) + "。";

        // A unit whose figures hold returns it did not send: the reader must not take its place for a fresh return.
        var carried = f.Ranking.Where(u => u.FiguresNote is not null).OrderBy(u => u.Rank ?? int.MaxValue).ThenBy(u => u.LeadUnit, StringComparer.Ordinal).ToList();
        if (carried.Count > 0)
        {
            text += string.Join("；", carried.Select(u => u.LeadUnit + u.FiguresNote)) + "（未报送的任务计入排名，计划进度、滞后和逾期按统计截止日计算）。";
        }

        // Nothing due and nothing done scores the full on-time points: say so where it lifts a unit onto the red board.
        var unsettled = f.Ranking.Where(u => u.Board == "red" && u.Settled == 0).Select(u => u.LeadUnit).ToList();
        return unsettled.Count == 0
            ? text
            : text + "其中" + List(unsettled) + "尚无到期或已完成的任务，按时得分按满分计，名次主要反映进度而非完成情况。";
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
        return "报送纪律方面，本季度有" + Count(units.Count) + "家牵头单位存在漏报，共漏报" + Count(missing.Sum(d => d.MissingReturns))
            + "项次，涉及" + List(units) + "。" + gap;
    }

    /// <summary>
    /// The year's assessment in words: who stands first and last with discipline counted from January, how many returns
    /// went missing over the year, and the units whose standing over the year is the opposite of this quarter's board.
    /// </summary>
    internal static string AssessmentText(QuarterFigures f)
    {
        var months = "1—" + Count(f.AsOf.Month) + "月";
        var text = "从全年看，按年度考核口径（评分方法与红黑榜相同，报送纪律按" + months + "累计），"
            + Count(f.Assessment.Count(a => a.Ranked)) + "家牵头单位参与排名";
        if (f.AsOf.Month < 12)
        {
            text += "（12月台账尚未导入，排名截至" + f.AsOf.Label + "，年终考核以12月台账为准）";
        }

        var parts = new List<string>();
        var top = Board(f.Assessment, "red");
        var bottom = Board(f.Assessment, "black");
        var decimals = ScoreText.DecimalsToSeparate(top.Concat(bottom).Select(a => (a.Score, a.Rank)));
        if (top.Count > 0 && SameUnits(top, f.Ranking, "red") && SameUnits(bottom, f.Ranking, "black"))
        {
            parts.Add("居前和居后的单位与本季度红黑榜相同（见下表）");
        }
        else
        {
            if (top.Count > 0)
            {
                parts.Add("综合得分居前的是" + List([.. top.Select(a => a.LeadUnit + "（" + ScoreText.Of(a.Score, decimals) + "分）")]));
            }

            if (bottom.Count > 0)
            {
                parts.Add("居后的是" + List([.. bottom.Select(a => a.LeadUnit + "（" + ScoreText.Of(a.Score, decimals) + "分）")]));
            }
        }

        text += parts.Count == 0 ? "。" : "，" + string.Join("；", parts) + "。";
        var missing = f.Assessment.Where(a => a.MissingReturnsYtd > 0).ToList();
        text += missing.Count == 0
            ? "全年各牵头单位均按月报送了任务进展。"
            : "全年累计有" + Count(missing.Count) + "家单位漏报，共" + Count(missing.Sum(a => a.MissingReturnsYtd)) + "项次："
                + string.Join("、", missing.OrderByDescending(a => a.MissingReturnsYtd).ThenBy(a => a.LeadUnit, StringComparer.Ordinal).Take(5).Select(a => a.LeadUnit + Count(a.MissingReturnsYtd) + "项次"))
                + (missing.Count > 5 ? "等" : string.Empty) + "。";

        var quarterBoards = f.Ranking.ToDictionary(u => u.LeadUnit, u => u.Board, StringComparer.Ordinal);
        var turned = new List<string>();
        foreach (var a in bottom.Where(a => quarterBoards.GetValueOrDefault(a.LeadUnit) == "red"))
        {
            turned.Add(a.LeadUnit + "本季度列入红榜，但" + (a.MissingReturnsYtd > 0 ? "全年累计漏报" + Count(a.MissingReturnsYtd) + "项次，" : "按全年累计，") + "年度考核居后");
        }

        foreach (var a in f.Assessment.Where(a => a.Board is null && a.MissingReturnsYtd > 0 && quarterBoards.GetValueOrDefault(a.LeadUnit) == "red"))
        {
            // On the quarter's red board, out of the year's first places by the returns it missed earlier in the year.
            turned.Add(a.LeadUnit + "本季度列入红榜，但全年累计漏报" + Count(a.MissingReturnsYtd) + "项次，年度考核未能居前");
        }

        foreach (var a in top.Where(a => quarterBoards.GetValueOrDefault(a.LeadUnit) == "black"))
        {
            turned.Add(a.LeadUnit + "本季度列入黑榜，但按全年累计，年度考核居前");
        }

        return turned.Count == 0 ? text : text + string.Join("；", turned) + "。";
    }

    private static bool SameUnits(IEnumerable<UnitAssessmentRow> year, IEnumerable<UnitRankingRow> quarter, string board) =>
        year.Select(a => a.LeadUnit).ToHashSet(StringComparer.Ordinal).SetEquals(quarter.Where(u => u.Board == board).Select(u => u.LeadUnit));

    private static List<UnitAssessmentRow> Board(IEnumerable<UnitAssessmentRow> rows, string board) =>
        [.. rows.Where(a => a.Board == board).OrderBy(a => a.Rank).ThenBy(a => a.LeadUnit, StringComparer.Ordinal)];

    private static ReportTable AssessmentTable(QuarterFigures f, string caption)
    {
        var rows = Board(f.Assessment, "red").Select(a => (Place: "居前", Row: a)).Concat(Board(f.Assessment, "black").Select(a => (Place: "居后", Row: a))).ToList();
        var scores = rows.Select(x => (x.Row.Score, x.Row.Rank)).ToList();
        var decimals = ScoreText.DecimalsToSeparate(scores);
        return new ReportTable(
            caption,
            ReportColumns.Assessment,
            [.. rows.Select(x => (IReadOnlyList<string>)
            [
                x.Place, x.Row.Rank is { } r ? Count(r) : "—", UnitCell(x.Row), ScoreText.Of(x.Row.Score, decimals), Percent(x.Row.OnTimeRatePct),
                x.Row.AvgLagPp is { } lag ? Number(lag) : "—", Count(x.Row.Overdue), Count(x.Row.ExpectedReturnsYtd), Count(x.Row.MissingReturnsYtd),
            ])],
            new HashSet<int> { 1, 3, 4, 5, 6, 7, 8 },
            "暂无可排名的单位。",
            "注：年度考核与红黑榜的评分方法相同，只是报送纪律按" + Count(f.AsOf.Year) + "年1月至" + f.AsOf.Label + "累计（红黑榜只计本季度）；"
            + "按期完成率为“—”的单位尚无到期或已完成的任务，按时得分按满分计；" + LagDashNote + "平均滞后为负值表示快于计划；"
            + "全年应报、全年漏报为项次；" + ScoreNote(scores, decimals) + "完整排名见季度清单（Excel）中的年度考核。");
    }

    /// <summary>What a “—” under 平均滞后 means: no open task with a deadline and a figure, so nothing lags (lag_score 100).</summary>
    private const string LagDashNote = "平均滞后为“—”的单位没有尚未完成、填报了进度的有时限任务，进度得分按满分计；";

    private static ReportTable RankingTable(QuarterFigures f, string caption)
    {
        var boards = f.Ranking.Where(u => u.Board is "red" or "black").OrderBy(u => u.Board == "red" ? 0 : 1).ThenBy(u => u.Rank).ToList();
        var scores = boards.Select(u => (u.Score, u.Rank)).ToList();
        var decimals = ScoreText.DecimalsToSeparate(scores);
        return new ReportTable(
            caption,
            ReportColumns.Ranking,
            [.. boards.Select(u => (IReadOnlyList<string>)
            [
                u.Board == "red" ? "红榜" : "黑榜", u.Rank is { } r ? Count(r) : "—", UnitCell(u), ScoreText.Of(u.Score, decimals), Percent(u.OnTimeRatePct),
                u.AvgLagPp is { } lag ? Number(lag) : "—", Count(u.Overdue), Count(u.MissingReturnsQtd),
            ])],
            new HashSet<int> { 1, 3, 4, 5, 6, 7 },
            "暂无可排名的单位。",
            "注：" + ScoreRule(f.Settings) + "按期完成率为“—”的单位尚无到期或已完成的任务，按时得分按满分计；" + LagDashNote + "平均滞后单位为百分点，负值表示快于计划；"
            + "漏报项次为本季度累计；" + ScoreNote(scores, decimals) + "完整排名见季度清单（Excel）中的红黑榜。");
    }

    /// <summary>The unit as the boards' tables print it, with figures_note beside it: 县教育局（12月未报送，按8月报送的进度计）.</summary>
    internal static string UnitCell(IUnitScores unit) =>
        unit.FiguresNote is { } note ? unit.LeadUnit + "（" + note + "）" : unit.LeadUnit;

    /// <summary>The score in words with its weights: 综合得分＝按时得分×40%＋…；进度得分＝100－平均滞后，最高100分、最低0分；.</summary>
    internal static string ScoreRule(MetricSettings? s)
    {
        var weights = s is null
            ? "按时得分、进度得分、逾期得分和报送得分加权"
            : "按时得分×" + Weight(s.WeightOnTime) + "＋进度得分×" + Weight(s.WeightLag) + "＋逾期得分×" + Weight(s.WeightOverdue)
                + "＋报送得分×" + Weight(s.WeightDiscipline);
        return "综合得分＝" + weights + "，其中按时得分即按期完成率（80%计80分），进度得分＝100－平均滞后（最高100分、最低0分），"
            + "逾期得分＝（1－逾期任务÷有时限任务）×100，报送得分＝（1－漏报÷应报）×100；";
    }

    /// <summary>A weight as a percentage: 0.4 → 40%.</summary>
    private static string Weight(double weight) => Number(weight * 100) + "%";

    /// <summary>How the scores are printed, and the tie the decimals could not part, if any.</summary>
    private static string ScoreNote(IReadOnlyList<(double Score, int? Rank)> scores, int decimals)
    {
        var text = decimals > ScoreText.Decimals ? "综合得分保留" + Count(decimals) + "位小数，以区分两位小数相同而名次不同的单位；" : string.Empty;
        if (ScoreText.HasTie(scores, decimals))
        {
            text += "个别单位综合得分相差不足" + ScoreText.Of(Math.Pow(10, -decimals), decimals) + "分，名次按未取整的得分排列；";
        }

        return scores.Where(s => s.Rank is not null).GroupBy(s => s.Rank).Any(g => g.Count() > 1) ? text + "名次相同的单位综合得分相同；" : text;
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
            "本季度无漏报。",
            rows.Count > max ? "注：共" + Count(rows.Count) + "个单位·月存在漏报，此处按漏报项数列出前" + Count(max) + "个。" : null);
    }
}
