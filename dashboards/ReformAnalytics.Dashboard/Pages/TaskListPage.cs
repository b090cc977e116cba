using System.Globalization;
using System.Text;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>全部任务 of a month, with the month, ledger, group, unit and light filters and a text search.</summary>
internal static class TaskListPage
{
    public static async Task<IResult> RenderAsync(PageContext ctx)
    {
        var statusView = PageData.Relation(ctx, MetricNames.TaskStatus);
        var relation = statusView ?? PageData.Relation(ctx, "tasks");
        if (relation is null)
        {
            return ctx.Page("任务", "/tasks", Notice.NotYet("任务表", "请先运行 reform ingest 导入台账。"));
        }

        var query = new ViewQuery(relation);
        query.Filter(ctx.Filter, statusView is null ? null : ctx.Month);
        var light = ctx.Query("light");
        if (light is "red" or "amber" or "green")
        {
            query.Where("light", light);
        }

        var search = ctx.Query("q");
        if (search is not null)
        {
            if (query.Relation.HasColumn("task_heading"))
            {
                // A sub-task is found by its heading too: 国资国企 finds the 制定实施方案 listed under 深化国资国企改革.
                query.WhereSql("(\"task_name\" ILIKE '%' || {0} || '%' OR \"task_heading\" ILIKE '%' || {1} || '%' OR \"task_id\" = {2})", search, search, search);
            }
            else
            {
                query.WhereSql("(\"task_name\" ILIKE '%' || {0} || '%' OR \"task_id\" = {1})", search, search);
            }
        }

        query.Select(
            "task_id", "seq_no", "task_heading", "task_name", "ledger", "special_group", "lead_unit", "leader", "deadline_text", "status", "progress_pct",
            "planned_pct", "actual_pct", "lag_pp", "light", "days_overdue", "last_month");
        query.OrderByExpression($"ledger_ordinal(\"ledger\"), {GroupOrder.Term(ctx, "report_month", "special_group")}, \"lead_unit\" NULLS LAST, \"task_id\"");
        var title = "任务" + (statusView is null ? string.Empty : " · " + PageData.MonthTitle(ctx));
        if (PageData.WantsDownload(ctx))
        {
            return await PageData.DownloadAsync(ctx, query, "任务清单_" + ctx.Month).ConfigureAwait(false);
        }

        var table = await PageData.QueryAsync(ctx, query).ConfigureAwait(false);
        var extra = new StringBuilder("<label>红绿灯<select name=\"light\" data-autosubmit><option value=\"\">全部</option>");
        foreach (var (value, text) in new[] { ("red", "红灯"), ("amber", "黄灯"), ("green", "绿灯") })
        {
            extra.Append(CultureInfo.InvariantCulture, $"<option value=\"{value}\"{(light == value ? " selected" : string.Empty)}>{text}</option>");
        }

        extra.Append(CultureInfo.InvariantCulture, $"</select></label><label>任务名称或编号<input type=\"search\" name=\"q\" value=\"{HtmlText.Encode(search)}\" placeholder=\"输入关键词\"></label>");
        var body = new StringBuilder();
        body.Append(FilterBar.Render(ctx.Data.Facts, ctx.Filter, FilterBar.Fields.All, extraFields: extra.ToString()));
        if (statusView is null)
        {
            body.Append(Notice.NotYet("任务的进度和亮灯", MetricNames.MetricsHow + "下面先列出每项任务最近一次填报的内容。"));
        }

        body.Append(CultureInfo.InvariantCulture, $"<p class=\"lead\">共{Format.Integer(table.Rows.Count)}{(table.Truncated ? "+" : string.Empty)}项。点击任务名称查看逐月填报记录。</p>");
        body.Append(PageData.DownloadLinks(ctx));
        body.Append(TableHtml.Render(table, ctx.Filter.Query(false), new HashSet<string>(ctx.Filter.FixedColumns(FilterBar.Fields.All), StringComparer.Ordinal) { "task_id" }));
        body.Append(PageData.TruncationNote(ctx, table));
        return ctx.Page(title, "/tasks", body.ToString());
    }
}
