using System.Globalization;
using System.Text;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>总览: this month's and this quarter's key figures, 双过半, trend and charts, the groups, links to the lists.</summary>
internal static class OverviewPage
{
    public static async Task<IResult> RenderAsync(PageContext ctx)
    {
        var body = new StringBuilder();
        body.Append(FilterBar.Render(ctx.Data.Facts, ctx.Filter, FilterBar.Fields.Month | FilterBar.Fields.Ledger));
        if (ctx.Month is not { } month)
        {
            body.Append(Notice.Info("数据库中还没有任何月度台账。请先运行 reform ingest 导入台账，看板会自动显示。"));
            return ctx.Page("总览", "/", body.ToString());
        }

        var (dimension, name) = ctx.Filter.Ledger is { } ledger ? ("ledger", ledger) : ("all", "全部");
        var scope = ctx.Filter.Ledger is { } l ? CellText.LedgerLabel(l) : "全部台账";
        var (table, row) = await SummaryPanel.RowAsync(ctx, month, dimension, name).ConfigureAwait(false);
        body.Append(CultureInfo.InvariantCulture, $"<h2>{Format.Month(month)} · {HtmlText.Encode(scope)}</h2>");
        body.Append(await MissingMonthsAsync(ctx, month).ConfigureAwait(false));
        if (table is null)
        {
            body.Append(Notice.NotYet("统计指标", MetricNames.MetricsHow));
        }
        else if (row is null)
        {
            body.Append(Notice.Info("这个月份和台账没有任务数据。"));
        }
        else
        {
            body.Append(SummaryPanel.MonthCards(table, row));
            body.Append(SummaryPanel.Exclusions(table, row));
            body.Append(CultureInfo.InvariantCulture, $"<h2>本季度 · {Format.Quarter(month)}</h2>");
            body.Append(SummaryPanel.QuarterCards(table, row, month, await ResultsThisQuarterAsync(ctx, month).ConfigureAwait(false)));
        }

        body.Append("<h2>双过半</h2>");
        body.Append(await DoubleHalfPanel.RenderAsync(ctx, month, dimension, name).ConfigureAwait(false));

        body.Append("<h2>趋势与图表</h2>");
        body.Append(await SummaryPanel.TrendAsync(ctx, dimension, name, "完成率、时间进度与工作进度（逐月）").ConfigureAwait(false));
        // The charts, the special groups and the units short of 双过半 come from figures of all ledgers together (metric_summary
        // has no group or unit per ledger): with a ledger chosen, their headings say so rather than pass them off as its own.
        var allLedgers = ctx.Filter.Ledger is null ? string.Empty : "，全部台账合计";
        body.Append(CultureInfo.InvariantCulture, $"<h3>{Format.Quarter(month)}分析图表（截至{month.Month}月{allLedgers}）</h3>");
        var (charts, chartsFinal) = await ChartsPanel.RenderAsync(ctx, month).ConfigureAwait(false);
        body.Append(charts);

        body.Append(ctx.Filter.Ledger is null ? "<h2>各专项小组</h2>" : "<h2>各专项小组（全部台账合计）</h2>");
        body.Append(await GroupTableAsync(ctx, month).ConfigureAwait(false));

        body.Append("<h2>清单</h2><ul class=\"links\">");
        var q = HtmlText.Encode(ctx.Filter.Query());
        body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/negative{q}\">负面清单</a>：逾期、滞后、停滞的任务</li>");
        body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/results{q}\">成果清单</a>：本季度已完成的任务</li>");
        body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/ranking{q}\">红黑榜</a>：牵头单位综合排名</li>");
        body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/risks{q}\">风险清单</a>：督察前最可能滞后的任务</li>");
        body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/discipline{q}\">报送情况</a>：各单位逐月报送是否到位</li>");
        body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/carry-over{q}\">年末结转</a>：上年未完成的任务是否列入今年台账</li>");
        body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/tasks{q}\">全部任务</a>，<a href=\"/units{q}\">牵头单位</a>，<a href=\"/leaders{q}\">责任领导</a></li>");
        body.Append("</ul>");
        return ctx.Page("总览", "/", body.ToString(), cache: chartsFinal);
    }

    /// <summary>A warning naming the months of the year up to <paramref name="month"/> never ingested (missing_months); empty when none.</summary>
    private static async Task<string> MissingMonthsAsync(PageContext ctx, ReportMonth month)
    {
        if (PageData.Relation(ctx, MetricNames.MissingMonths) is not { } relation)
        {
            return string.Empty;
        }

        var query = new ViewQuery(relation);
        query.WhereSql("\"report_month\" BETWEEN {0} AND {1}", new DateOnly(month.Year, 1, 1), month.FirstDay);
        query.Where("ledger", ctx.Filter.Ledger);
        query.Select("ledger", "report_month");
        query.OrderBy("report_month");
        var table = await PageData.QueryAsync(ctx, query).ConfigureAwait(false);
        var missing = table.Rows
            .Where(r => r[0] is string && DbValues.AsDate(r[1]) is not null)
            .Select(r => new MissingMonthRow((string)r[0]!, ReportMonth.Of(DbValues.AsDate(r[1])!.Value)))
            .ToList();
        return missing.Count == 0 ? string.Empty : Notice.Warning(MissingMonthRow.Note(missing));
    }

    private static async Task<long?> ResultsThisQuarterAsync(PageContext ctx, ReportMonth month)
    {
        if (PageData.Relation(ctx, MetricNames.Results) is not { } relation || !relation.HasColumn("completed_month"))
        {
            return null;
        }

        var query = new ViewQuery(relation);
        var quarterStart = new DateOnly(month.Year, (((month.Month - 1) / 3) * 3) + 1, 1);
        query.WhereSql("\"completed_month\" BETWEEN {0} AND {1}", quarterStart, month.FirstDay);
        query.Where("ledger", ctx.Filter.Ledger);
        var table = await PageData.QueryAsync(ctx, query.CountSql(), query.Parameters, 1).ConfigureAwait(false);
        return table.Rows.Count == 1 ? Convert.ToInt64(table.Rows[0][0], CultureInfo.InvariantCulture) : null;
    }

    private static async Task<string> GroupTableAsync(PageContext ctx, ReportMonth month)
    {
        if (PageData.Relation(ctx, MetricNames.Summary) is not { } relation)
        {
            return Notice.NotYet("各专项小组的统计", MetricNames.MetricsHow);
        }

        var query = new ViewQuery(relation);
        query.WhereMonth(month);
        query.Where("dimension", "group");
        query.Select("group_name AS special_group", "tasks", "deadline_tasks", "completed", "completion_rate_pct", "on_time_rate_pct", "behind", "overdue", "stalled", "red", "avg_lag_pp", "time_share_pct", "work_share_pct");
        // Lowest completion rate first; equal rates in the ledger's order.
        query.OrderByExpression("\"completion_rate_pct\" NULLS LAST, " + GroupOrder.Term(ctx, "report_month", "group_name"));
        var table = await PageData.QueryAsync(ctx, query).ConfigureAwait(false);
        return TableHtml.Render(table, ctx.Filter.Query(keepGroupAndUnit: false));
    }
}
