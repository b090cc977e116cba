using System.Globalization;
using System.Text;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Model;
using ReformAnalytics.Reports;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>双过半 from the <c>double_half</c> view: time share gone against work share done, and who is short of it.</summary>
internal static class DoubleHalfPanel
{
    public static async Task<string> RenderAsync(PageContext ctx, ReportMonth month, string dimension, string name, bool listShortfalls = true)
    {
        if (PageData.Relation(ctx, MetricNames.DoubleHalf) is not { } relation)
        {
            return Notice.NotYet("双过半统计", MetricNames.MetricsHow);
        }

        var query = new ViewQuery(relation);
        query.WhereMonth(month);
        query.Where("dimension", dimension);
        query.Where("group_name", name);
        var table = await PageData.QueryAsync(ctx, query, 1).ConfigureAwait(false);
        if (table.Rows.Count == 0)
        {
            return Notice.Info("这个月份没有可计算双过半的任务（没有写完成时限的任务）。");
        }

        var row = table.Rows[0];
        double? D(string c) => DbValues.AsDouble(table.Value(row, c));
        var reached = DbValues.AsBool(table.Value(row, "reached"));
        var gap = ReportText.PrintedGap(D("work_share_pct"), D("time_share_pct"));

        // 双过半 is the mid-year check (半年一总结): a verdict at the end of June; other months show the same comparison
        // as a running check, without calling it 达到 or 未达到 双过半.
        var midYear = month.Month == 6;
        var verdict = midYear
            ? new Card("结论", reached switch { true => "达到双过半", false => "未达到双过半", _ => "—" }, "工作进度不低于时间进度（按各任务自身完成时限测算）即为达到", reached == false ? "bad" : reached == true ? "good" : null)
            : new Card("结论", "6月底评估", string.Create(CultureInfo.InvariantCulture, $"双过半于每年6月底评估；{month.Month}月仅作工作进度与时间进度的对照"));
        var sb = new StringBuilder();
        sb.Append(Cards.Render(
        [
            verdict,
            new("时间进度", D("time_share_pct") is { } t ? Format.Percent(t) : "—", "各任务按自身完成时限此时应完成的进度（平均），双过半以此为准"),
            new("工作进度", D("work_share_pct") is { } w ? Format.Percent(w) : "—", "各任务实际完成的进度（平均，未报按 0 计）"),
            new("差距（百分点）", gap is { } g ? Format.Number(g) : "—", "工作进度−时间进度（按上面两个数相减）", (D("gap_pp") ?? 0) < 0 ? "bad" : null),
            new("全年时间进度", D("year_time_pct") is { } y ? Format.Percent(y) : "—", "按日历计，仅供参考，不是双过半所比的时间进度"),
        ]));
        if (listShortfalls)
        {
            var shortfall = new ViewQuery(relation);
            shortfall.WhereMonth(month);
            shortfall.WhereSql("\"dimension\" IN ('group', 'unit') AND NOT \"reached\"");
            shortfall.Select("dimension", "group_name", "deadline_tasks", "time_share_pct", "work_share_pct", "gap_pp");
            shortfall.ShowAsPrintedDifference("gap_pp", "work_share_pct", "time_share_pct");
            shortfall.OrderByExpression("\"gap_pp\" NULLS LAST, " + GroupOrder.Term(ctx, "report_month", "group_name", "\"dimension\" = 'group'"));
            var rows = await PageData.QueryAsync(ctx, shortfall, 50).ConfigureAwait(false);
            var heading = midYear ? "未达到双过半的专项小组和单位" : "工作进度低于时间进度的专项小组和单位";
            // Groups and units are counted over all ledgers together: under one ledger's figures, the list says so.
            var scope = dimension == "ledger" ? "全部台账合计，" : string.Empty;
            sb.Append(CultureInfo.InvariantCulture, $"<h3>{heading}（{scope}{rows.Rows.Count}{(rows.Truncated ? "+" : string.Empty)}）</h3>");
            sb.Append(TableHtml.Render(rows, ctx.Filter.Query(keepGroupAndUnit: false)));
        }

        return sb.ToString();
    }
}
