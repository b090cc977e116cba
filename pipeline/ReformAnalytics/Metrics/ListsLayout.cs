using System.Globalization;
using ReformAnalytics.Model;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Metrics;

/// <summary>The printed columns (Chinese headers) of 成果清单, 负面清单 and 红黑榜.</summary>
internal static class ListsLayout
{
    public static IReadOnlyList<ListColumn<ResultsListRow>> Results { get; } =
    [
        new("序号", 6, (_, n) => XlsxCell.Of(n)),
        new("台账", 14, (r, _) => Wrap(LedgerNames.LabelOf(r.Ledger))),
        new("专项小组", 16, (r, _) => Wrap(r.SpecialGroup)),
        new("改革任务", 36, (r, _) => Wrap(TaskLabel.Of(r.TaskHeading, r.TaskName))),
        new("牵头单位", 14, (r, _) => Wrap(r.LeadUnit)),
        new("责任领导", 10, (r, _) => Wrap(r.Leader)),
        new("成果形式", 16, (r, _) => Wrap(r.ResultForm)),
        new("完成时限", 16, (r, _) => Wrap(r.DeadlineText)),
        new("报告完成月份", 12, (r, _) => XlsxCell.Of(ChineseDate.Month(r.CompletedMonth))),
        new("是否按期", 8, (r, _) => XlsxCell.Of(r.CompletedOnTime switch { true => "按期", false => "逾期完成", null => "未设时限" })),
        new("完成情况", 40, (r, _) => Wrap(r.ProgressText ?? r.StatusText)),
    ];

    public static IReadOnlyList<ListColumn<UnitRankingRow>> Ranking { get; } =
    [
        new("排名", 6, (r, _) => r.Rank is { } rank ? XlsxCell.Of(rank) : XlsxCell.Of("—")),
        new("牵头单位", 18, (r, _) => Wrap(r.LeadUnit)),
        new("榜单", 8, (r, _) => XlsxCell.Of(r.Board switch { "red" => "红榜", "black" => "黑榜", _ => r.Ranked ? "—" : "未排名" })),
        new("综合得分", 9, (r, _) => XlsxCell.Of(r.Score, XlsxStyle.Score)),
        .. UnitFigures<UnitRankingRow>(),
        new("本季应报", 8, (r, _) => XlsxCell.Of(r.ExpectedReturnsQtd)),
        new("本季漏报", 8, (r, _) => XlsxCell.Of(r.MissingReturnsQtd)),
        .. UnitScores<UnitRankingRow>(),
        FiguresNote<UnitRankingRow>(),
    ];

    public static IReadOnlyList<ListColumn<UnitAssessmentRow>> Assessment { get; } =
    [
        new("排名", 6, (r, _) => r.Rank is { } rank ? XlsxCell.Of(rank) : XlsxCell.Of("未排名")),
        new("牵头单位", 18, (r, _) => Wrap(r.LeadUnit)),
        new("位次", 6, (r, _) => XlsxCell.Of(r.Board switch { "red" => "居前", "black" => "居后", _ => r.Ranked ? "—" : "未排名" })),
        new("综合得分", 9, (r, _) => XlsxCell.Of(r.Score, XlsxStyle.Score)),
        .. UnitFigures<UnitAssessmentRow>(),
        new("全年应报", 8, (r, _) => XlsxCell.Of(r.ExpectedReturnsYtd)),
        new("全年漏报", 8, (r, _) => XlsxCell.Of(r.MissingReturnsYtd)),
        .. UnitScores<UnitAssessmentRow>(),
        FiguresNote<UnitAssessmentRow>(),
    ];

    public static IReadOnlyList<ListColumn<NegativeListRow>> Negative { get; } =
    [
        new("序号", 6, (_, n) => XlsxCell.Of(n)),
        new("台账", 12, (r, _) => Wrap(LedgerNames.LabelOf(r.Ledger))),
        new("专项小组", 14, (r, _) => Wrap(r.SpecialGroup)),
        new("改革任务", 30, (r, _) => Wrap(TaskLabel.Of(r.TaskHeading, r.TaskName))),
        new("牵头单位", 12, (r, _) => Wrap(r.LeadUnit)),
        new("责任领导", 8, (r, _) => Wrap(r.Leader)),
        new("完成时限", 14, (r, _) => Wrap(r.DeadlineText)),
        new("计划进度", 8, (r, _) => Percent(r.PlannedPct)),
        new("实际进度", 8, (r, _) => r.ActualPct is null ? XlsxCell.Of("未填报") : Percent(r.ActualPct)),
        new("滞后(百分点)", 9, (r, _) => r.LagPp is { } lag ? XlsxCell.Figure(lag) : XlsxCell.Of("—")),
        new("问题", 22, (r, _) => Wrap(Problems(r))),
        new("单位报告状态", 10, (r, _) => Wrap(StatusLabel(r))),
        new("进展情况", 36, (r, _) => Wrap(r.ProgressText)),
    ];

    public static string NegativeNote(MetricSettings settings) => string.Create(
        CultureInfo.InvariantCulture,
        $"注：计划进度按完成时限（或分阶段节点）内已过时间计算；滞后指计划进度比实际进度高{FigureText.Number(settings.AmberLagPp)}个百分点及以上，{FigureText.Number(settings.RedLagPp)}个百分点及以上或已逾期为红灯；停滞指进度连续{settings.StalledMinMonths}次及以上填报未变化（按实际填报次数计，漏报的月份不计）。标“报告与进度不符”的任务，单位报告序时推进或超进度，但按进度已为红灯。");

    public static string RankingNote(MetricSettings settings) => string.Create(
        CultureInfo.InvariantCulture,
        $"注：综合得分＝按时得分×{settings.WeightOnTime:0.##}＋进度得分×{settings.WeightLag:0.##}＋逾期得分×{settings.WeightOverdue:0.##}＋报送得分×{settings.WeightDiscipline:0.##}。按时得分＝按期完成÷（已完成＋到期未完成）×100（到期未完成含逾期和完成时限恰为统计截止日的未完成任务，如12月31日到期的任务在12月），尚无到期或已完成任务的单位（按期完成率为“—”）按时得分计满分；进度得分＝100－平均滞后，最高100分、最低0分（平均滞后为负值表示快于计划；为“—”的单位没有尚未完成、填报了进度的有时限任务，进度得分计满分）；逾期得分＝（1－逾期任务÷有时限任务）×100；报送得分＝（1－本季漏报÷本季应报）×100。前{FigureText.Fraction(settings.BoardShare)}列红榜、后{FigureText.Fraction(settings.BoardShare)}列黑榜（至少各一个单位）；没有有时限任务的单位不排名。{CarriedReturnsNote}");

    public static string AssessmentNote(MetricSettings settings, ReportMonth asOf) => string.Create(
        CultureInfo.InvariantCulture,
        $"注：得分与红黑榜相同（综合得分＝按时得分×{settings.WeightOnTime:0.##}＋进度得分×{settings.WeightLag:0.##}＋逾期得分×{settings.WeightOverdue:0.##}＋报送得分×{settings.WeightDiscipline:0.##}），只是报送得分按全年累计：报送得分＝（1－全年漏报÷全年应报）×100，全年指{asOf.Year}年1月至{asOf.Label}。前{FigureText.Fraction(settings.BoardShare)}为居前、后{FigureText.Fraction(settings.BoardShare)}为居后（至少各一个单位，与红黑榜同一规则）。{(asOf.Month == 12 ? "本表即年终考核结果。" : "年终考核以12月台账为准。")}没有有时限任务的单位不排名。{CarriedReturnsNote}");

    /// <summary>What the 数据说明 column means, at the end of the 红黑榜's and the 年度考核's notes.</summary>
    internal const string CarriedReturnsNote =
        "“数据说明”注明当月未报送或漏报任务的单位：未报送的任务按上次报送的进度计入，计划进度、滞后和逾期按统计截止日计算。";

    /// <summary>The unit figures 红黑榜 and 年度考核 print alike, after the composite score.</summary>
    private static ListColumn<T>[] UnitFigures<T>()
        where T : IUnitScores =>
    [
        new("有时限任务", 9, (r, _) => XlsxCell.Of(r.DeadlineTasks)),
        new("已完成", 8, (r, _) => XlsxCell.Of(r.Completed)),
        new("按期完成率", 10, (r, _) => r.OnTimeRatePct is { } p ? XlsxCell.Share(p / 100) : XlsxCell.Of("—")),
        new("平均滞后(百分点)", 10, (r, _) => r.AvgLagPp is { } lag ? XlsxCell.Figure(lag) : XlsxCell.Of("—")),
        new("逾期任务", 8, (r, _) => XlsxCell.Of(r.Overdue)),
    ];

    /// <summary>数据说明, last: figures_note, “12月未报送，按8月报送的进度计” beside a unit that sent nothing in the month.</summary>
    private static ListColumn<T> FiguresNote<T>()
        where T : IUnitScores => new("数据说明", 20, (r, _) => Wrap(r.FiguresNote));

    /// <summary>The four component scores, after the unit figures.</summary>
    private static ListColumn<T>[] UnitScores<T>()
        where T : IUnitScores =>
    [
        new("按时得分", 8, (r, _) => XlsxCell.Of(r.OnTimeScore, XlsxStyle.Score)),
        new("进度得分", 8, (r, _) => XlsxCell.Of(r.LagScore, XlsxStyle.Score)),
        new("逾期得分", 8, (r, _) => XlsxCell.Of(r.OverdueScore, XlsxStyle.Score)),
        new("报送得分", 8, (r, _) => XlsxCell.Of(r.DisciplineScore, XlsxStyle.Score)),
    ];

    /// <summary>问题 of a negative-list row; the lag printed as the report and the 督办单 print it (45, 30.3: no trailing .0).</summary>
    internal static string Problems(NegativeListRow row)
    {
        var parts = new List<string>();
        foreach (var reason in row.Reasons)
        {
            parts.Add(reason switch
            {
                "overdue" => string.Create(CultureInfo.InvariantCulture, $"逾期{row.DaysOverdue}天"),
                "due" => "到期未完成",
                "behind" => row.LagPp is { } lag
                    ? string.Create(CultureInfo.InvariantCulture, $"滞后{FigureText.Number(lag)}个百分点")
                    : "滞后",
                "stalled" => string.Create(CultureInfo.InvariantCulture, $"进度连续{row.StalledMonths}次填报未变化"),
                _ => reason,
            });
        }

        if (row.StatusDisagrees)
        {
            parts.Add("报告与进度不符");
        }

        return string.Join("；", parts);
    }

    private static string StatusLabel(NegativeListRow row)
    {
        foreach (var status in Enum.GetValues<ReportedStatus>())
        {
            if (ReportedStatusNames.Id(status) == row.Status)
            {
                return row.StatusText is { Length: > 0 } text && text != row.Status ? text : ReportedStatusNames.Label(status);
            }
        }

        return row.StatusText ?? row.Status;
    }

    private static XlsxCell Wrap(string? text) => XlsxCell.Of(text, XlsxStyle.Wrap);

    private static XlsxCell Percent(double? pct) => pct is { } p ? XlsxCell.Share(p / 100) : XlsxCell.Of("—");
}
