using System.Globalization;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>
/// Key figures of one row of <c>metric_summary</c> (a month, for everything or for one ledger, group, unit or
/// leader) as cards, with the tasks left out of deadline-based rates always stated; and its trend over months.
/// </summary>
internal static class SummaryPanel
{
    public static async Task<(ResultTable? Table, object?[]? Row)> RowAsync(PageContext ctx, ReportMonth month, string dimension, string name)
    {
        if (PageData.Relation(ctx, MetricNames.Summary) is not { } relation)
        {
            return (null, null);
        }

        var query = new ViewQuery(relation);
        query.WhereMonth(month);
        query.Where("dimension", dimension);
        query.Where("group_name", name);
        var table = await PageData.QueryAsync(ctx, query, 1).ConfigureAwait(false);
        return (table, table.Rows.Count == 0 ? null : table.Rows[0]);
    }

    public static string MonthCards(ResultTable table, object?[] row)
    {
        double? D(string c) => DbValues.AsDouble(table.Value(row, c));
        string N(string c) => D(c) is { } v ? Format.Number(v, 0) : "—";
        string P(string c) => D(c) is { } v ? Format.Percent(v) : "—";

        // January opens a new ledger year with new tasks: nothing is compared with December (docs/metrics.md).
        var january = DbValues.AsDate(table.Value(row, "report_month")) is { Month: 1 };
        return Cards.Render(
        [
            new("任务总数", N("tasks"), $"其中有完成时限的{N("deadline_tasks")}项"),
            new("已完成", N("completed"), january ? NewYear : $"上月{N("completed_prev_month")}项", "good"),
            new("完成率", P("completion_rate_pct"), january ? NewYear : Change("环比", D("completion_rate_change_month_pp"))),
            new("按期完成率", P("on_time_rate_pct"), $"已到期或已完成的{N("settled")}项中"),
            new("进度滞后", N("behind"), "落后计划达到黄灯线", (D("behind") ?? 0) > 0 ? "bad" : null),
            new("逾期未完成", N("overdue"), january ? NewYear : $"上月{N("overdue_prev_month")}项", (D("overdue") ?? 0) > 0 ? "bad" : null),
            new("进度停滞", N("stalled"), "进度连续多次填报未变化"),
            new("平均滞后（百分点）", D("avg_lag_pp") is { } lag ? Format.Number(lag) : "—", "未完成任务的计划进度−实际进度"),
            new("红灯 / 黄灯 / 绿灯", $"{N("red")} / {N("amber")} / {N("green")}", Parts: [(N("red"), "red"), (N("amber"), "amber"), (N("green"), "green")]),
            new("报告状态与进度不符", N("status_disagrees"), "报“序时推进”但已亮红灯"),
        ]);
    }

    public static string QuarterCards(ResultTable table, object?[] row, ReportMonth month, long? resultsThisQuarter)
    {
        double? D(string c) => DbValues.AsDouble(table.Value(row, c));
        string N(string c) => D(c) is { } v ? Format.Number(v, 0) : "—";
        var firstQuarter = month.Month <= 3;
        return Cards.Render(
        [
            new("完成率较上季末（百分点）", D("completion_rate_change_quarter_pp") is { } ch ? Signed(ch) : "—", firstQuarter ? NewYearQuarter : $"上季末完成率{(D("completion_rate_prev_quarter_pct") is { } p ? Format.Percent(p) : "—")}"),
            new("上季末已完成", N("completed_prev_quarter"), $"本月已完成{N("completed")}项"),
            new("本季新完成（成果清单）", resultsThisQuarter is { } r ? Format.Integer(r) : "—", Format.Quarter(month) + "截至本月", "good"),
            new("上季末逾期", N("overdue_prev_quarter"), $"本月逾期{N("overdue")}项"),
        ]);
    }

    /// <summary>The tasks left out of deadline-based rates: always said, never silently dropped.</summary>
    public static string Exclusions(ResultTable table, object?[] row)
    {
        var open = DbValues.AsDouble(table.Value(row, "open_ended_excluded")) ?? 0;
        var none = DbValues.AsDouble(table.Value(row, "no_deadline_excluded")) ?? 0;
        // A kind with none is not named (“未写完成时限的任务0项” reads oddly), as in the report; with neither, the notice says
        // every task counts rather than “长期任务0项没有计入”.
        var kinds = new List<string>();
        if (open > 0)
        {
            kinds.Add(string.Create(CultureInfo.InvariantCulture, $"长期任务（长期坚持、持续推进等）{open:0}项"));
        }

        if (none > 0)
        {
            kinds.Add(string.Create(CultureInfo.InvariantCulture, $"未写完成时限的任务{none:0}项"));
        }

        return kinds.Count == 0
            ? Notice.Info("全部任务都写明了完成时限，都计入按时限计算的数字（完成率、按期完成率、滞后、逾期、双过半）。")
            : Notice.Info(string.Join("、", kinds) + "没有计入按时限计算的数字（完成率、按期完成率、滞后、逾期、双过半）。");
    }

    /// <summary>Completion rate, time share and work share over every month of the data.</summary>
    public static async Task<string> TrendAsync(PageContext ctx, string dimension, string name, string title)
    {
        if (PageData.Relation(ctx, MetricNames.Summary) is not { } relation)
        {
            return string.Empty;
        }

        var query = new ViewQuery(relation);
        query.Where("dimension", dimension);
        query.Where("group_name", name);
        query.Select("report_month", "completion_rate_pct", "time_share_pct", "work_share_pct");
        query.OrderBy("report_month");
        var table = await PageData.QueryAsync(ctx, query, 240).ConfigureAwait(false);
        if (table.Rows.Count == 0 || table.IndexOf("completion_rate_pct") < 0)
        {
            return string.Empty;
        }

        var labels = table.Rows.Select(r => DbValues.AsDate(r[0]) is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.Year % 100:00}年{d.Month}月") : string.Empty).ToList();
        List<double?> Series(string c) => [.. table.Rows.Select(r => DbValues.AsDouble(table.Value(r, c)))];
        return SvgChart.Lines(title, labels,
        [
            new ChartSeries("完成率", "actual", Series("completion_rate_pct")),
            new ChartSeries("时间进度", "planned", Series("time_share_pct")),
            new ChartSeries("工作进度", "work", Series("work_share_pct")),
        ]);
    }

    private const string NewYear = "新年度台账，不与上年12月比较";

    private const string NewYearQuarter = "新年度台账，不与上年第四季度比较";

    private static string Change(string word, double? pp) => pp is { } v ? $"{word}{Signed(v)}个百分点" : $"{word}：无上月数据";

    private static string Signed(double v) => FigureText.SignedPoints(v);
}
