using System.Globalization;
using System.Text;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>The special group, unit and leader pages: the list of them, and one of them with its tasks, lights, ranking and history.</summary>
internal static class EntityPages
{
    /// <summary>Tasks listed on a group, unit or leader page (the worst first); the download has them all.</summary>
    private const int TasksShown = 200;

    private static readonly string[] SummaryColumns =
    [
        "tasks", "deadline_tasks", "completed", "completion_rate_pct", "on_time_rate_pct", "behind", "overdue", "stalled",
        "red", "amber", "green", "avg_lag_pp", "time_share_pct", "work_share_pct", "status_disagrees",
    ];

    public static async Task<IResult> ListAsync(PageContext ctx, EntityKind kind)
    {
        var entity = EntityInfo.Of(kind);
        var body = new StringBuilder();
        body.Append(FilterBar.Render(ctx.Data.Facts, ctx.Filter, FilterBar.Fields.Month));
        if (PageData.Relation(ctx, MetricNames.Summary) is not { } relation || ctx.Month is not { } month)
        {
            body.Append(Notice.NotYet($"各{entity.Noun}的统计", MetricNames.MetricsHow));
            body.Append("<ul class=\"names\">");
            foreach (var name in Names(ctx, kind))
            {
                body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{entity.Path}/{Uri.EscapeDataString(name)}{HtmlText.Encode(ctx.Filter.Query(false))}\">{HtmlText.Encode(name)}</a></li>");
            }

            body.Append("</ul>");
            return ctx.Page(entity.ListTitle, entity.Path, body.ToString());
        }

        var query = new ViewQuery(relation);
        query.WhereMonth(month);
        query.Where("dimension", entity.Dimension);
        query.Select([$"group_name AS {entity.TaskColumn}", .. SummaryColumns]);
        // Lowest completion rate first; equal rates: groups in the ledger's order, units and leaders by name.
        query.OrderByExpression("\"completion_rate_pct\" NULLS LAST, "
            + (kind == EntityKind.Group ? GroupOrder.Term(ctx, "report_month", "group_name") : "\"group_name\" NULLS LAST"));
        var title = $"{entity.ListTitle} · {Format.Month(month)}";
        if (PageData.WantsDownload(ctx))
        {
            return await PageData.DownloadAsync(ctx, query, $"{entity.ListTitle}统计_{month}").ConfigureAwait(false);
        }

        var table = await PageData.QueryAsync(ctx, query).ConfigureAwait(false);
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"lead\">{Format.Month(month)}各{entity.Noun}的任务完成情况，按完成率从低到高排列（全部台账合计）。点击名称查看详情。</p>");
        body.Append(PageData.DownloadLinks(ctx));
        body.Append(TableHtml.Render(table, ctx.Filter.Query(false)));
        body.Append(PageData.TruncationNote(ctx, table));
        return ctx.Page(title, entity.Path, body.ToString());
    }

    public static async Task<IResult> DetailAsync(PageContext ctx, EntityKind kind)
    {
        var entity = EntityInfo.Of(kind);
        var name = (ctx.Http.GetRouteValue("name") as string ?? string.Empty).Trim();
        if (!Names(ctx, kind).Contains(name, StringComparer.Ordinal))
        {
            return ctx.NotFound($"找不到{entity.Noun}", $"数据中没有名为“{name}”的{entity.Noun}。", entity.Path);
        }

        var tasks = PageData.Relation(ctx, MetricNames.TaskStatus) is { } taskStatus ? TaskQuery(ctx, taskStatus, entity, name) : null;
        if (PageData.WantsDownload(ctx))
        {
            return tasks is null
                ? ctx.NotFound("无法下载", "尚未生成任务统计，暂时无法下载。", entity.Path)
                : await PageData.DownloadAsync(ctx, tasks, $"{name}任务清单_{ctx.Month}").ConfigureAwait(false);
        }

        var body = new StringBuilder();
        body.Append(FilterBar.Render(ctx.Data.Facts, ctx.Filter, FilterBar.Fields.Month | FilterBar.Fields.Ledger));
        if (ctx.Month is not { } month)
        {
            body.Append(Notice.Info("数据库中还没有任何月度台账。"));
            return ctx.Page(name, entity.Path, body.ToString());
        }

        body.Append(CultureInfo.InvariantCulture, $"<p class=\"lead\">{entity.Noun} · <a href=\"{entity.Path}{HtmlText.Encode(ctx.Filter.Query(false))}\">全部{entity.ListTitle}</a></p>");
        var (summary, row) = await SummaryPanel.RowAsync(ctx, month, entity.Dimension, name).ConfigureAwait(false);
        body.Append(CultureInfo.InvariantCulture, $"<h2>{Format.Month(month)}</h2>");
        if (summary is null)
        {
            body.Append(Notice.NotYet("统计指标", MetricNames.MetricsHow));
        }
        else if (row is null)
        {
            body.Append(Notice.Info($"{Format.Month(month)}没有这个{entity.Noun}的任务。"));
        }
        else
        {
            body.Append(SummaryPanel.MonthCards(summary, row));
            body.Append(SummaryPanel.Exclusions(summary, row));
            if (ctx.Filter.Ledger is not null)
            {
                body.Append(Notice.Info("上面的统计数字包含全部台账；下面的任务列表按所选台账筛选。"));
            }
        }

        if (kind == EntityKind.Unit)
        {
            body.Append("<h2>红黑榜排名</h2>");
            body.Append(await StandingAsync(ctx, month, name, ListSpecs.Ranking, "board", "expected_returns_qtd", "missing_returns_qtd").ConfigureAwait(false));
            body.Append(CultureInfo.InvariantCulture, $"<h2>年度考核（{month.Year}年1月至{month.Month}月）</h2>");
            body.Append(await StandingAsync(ctx, month, name, ListSpecs.Assessment, "board AS standing", "expected_returns_ytd", "missing_returns_ytd").ConfigureAwait(false));
        }

        if (kind != EntityKind.Leader)
        {
            body.Append("<h2>双过半</h2>");
            body.Append(await DoubleHalfPanel.RenderAsync(ctx, month, entity.Dimension, name, listShortfalls: false).ConfigureAwait(false));
        }

        body.Append(CultureInfo.InvariantCulture, $"<h2>任务（{Format.Month(month)}）</h2>");
        if (kind == EntityKind.Unit && UnitNotice.Available(ctx))
        {
            body.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{UnitNotice.Link(name, month)}\" download>下载{Format.Month(month)}督办单（Word）</a>：本单位逾期、滞后、停滞和漏报的任务，办理时限为次月20日。</p>");
        }

        if (tasks is null)
        {
            body.Append(Notice.NotYet("任务的进度和亮灯", MetricNames.MetricsHow));
        }
        else
        {
            var table = await PageData.QueryAsync(ctx, tasks, TasksShown).ConfigureAwait(false);
            body.Append(PageData.DownloadLinks(ctx));
            if (table.Truncated)
            {
                var all = kind == EntityKind.Leader ? string.Empty
                    : $"；全部任务见<a href=\"/tasks{HtmlText.Encode(PageFilter.ToQuery([("month", month.ToString()), (kind == EntityKind.Group ? "group" : "unit", name)]))}\">任务列表</a>";
                body.Append(CultureInfo.InvariantCulture, $"<p class=\"notice\">这里列出最需要关注的{TasksShown}项（红灯、黄灯、滞后多的在前）{all}，或下载完整清单。</p>");
            }

            body.Append(TableHtml.Render(table, ctx.Filter.Query(false), new HashSet<string>(StringComparer.Ordinal) { "task_id", entity.TaskColumn }));
        }

        body.Append("<h2>历史</h2>");
        body.Append(await SummaryPanel.TrendAsync(ctx, entity.Dimension, name, $"{name}：完成率、时间进度与工作进度").ConfigureAwait(false));
        body.Append(await HistoryAsync(ctx, entity, name).ConfigureAwait(false));
        if (kind == EntityKind.Unit)
        {
            body.Append("<h3>逐月报送情况</h3>");
            body.Append(await DisciplineAsync(ctx, name).ConfigureAwait(false));
        }

        return ctx.Page(name, entity.Path, body.ToString());
    }

    private static ViewQuery TaskQuery(PageContext ctx, RelationInfo relation, EntityInfo entity, string name)
    {
        var query = new ViewQuery(relation);
        query.WhereMonth(ctx.Month);
        if (entity.Kind == EntityKind.Leader)
        {
            // A co-led task (张三、李四) is on each of its leaders' pages, as the leader figures count it.
            query.WhereSql("list_contains(string_split(\"leader\", '、'), {0})", name);
        }
        else
        {
            query.Where(entity.TaskColumn, name);
        }

        query.Where("ledger", ctx.Filter.Ledger);
        query.Select(
            "task_id", "task_heading", "task_name", "ledger", "special_group", "lead_unit", "leader", "deadline_text", "status", "status_text",
            "planned_pct", "actual_pct", "lag_pp", "light", "light_reason", "days_overdue", "stalled_months", "status_disagrees");
        query.OrderByExpression(relation.HasColumn("light") && relation.HasColumn("lag_pp")
            ? "CASE \"light\" WHEN 'red' THEN 0 WHEN 'amber' THEN 1 ELSE 2 END, \"lag_pp\" DESC NULLS LAST, \"task_id\""
            : "\"task_id\"");
        return query;
    }

    /// <summary>
    /// The unit's row of a ranking (the 红黑榜 or the 年度考核) in the month, with a link to the whole list: its rank among the
    /// units ranked, its board, the scores and the returns the discipline score counts.
    /// </summary>
    private static async Task<string> StandingAsync(
        PageContext ctx, ReportMonth month, string unit, ListSpec list, string board, string expectedReturns, string missingReturns)
    {
        if (PageData.Relation(ctx, list.Relation) is not { } relation)
        {
            return Notice.NotYet(list.Title, MetricNames.MetricsHow);
        }

        var query = new ViewQuery(relation);
        query.WhereMonth(month);
        query.Where("lead_unit", unit);
        query.Select("rank", "units_ranked", board, "score", "on_time_score", "lag_score", "overdue_score", "discipline_score", expectedReturns, missingReturns, "figures_note");
        query.ShowEveryPlace();
        var table = await PageData.QueryAsync(ctx, query, 1).ConfigureAwait(false);
        if (table.Rows.Count == 0)
        {
            return Notice.Info($"这个月没有这个单位的{list.Title}排名（没有写完成时限的任务不参与排名）。");
        }

        // A unit ranked on returns it did not send: say so above its place, in the view's own words (figures_note).
        var note = table.IndexOf("figures_note") is var i and >= 0 ? table.Rows[0][i] as string : null;
        return (note is null ? string.Empty : Notice.Warning($"{list.Title}：{note}，计入排名；计划进度、滞后和逾期按月末计算。"))
            + TableHtml.Render(table, string.Empty, new HashSet<string>(StringComparer.Ordinal) { "figures_note" })
            + $"<p><a href=\"{list.Path}{HtmlText.Encode(ctx.Filter.Query(false))}\">查看完整{list.Title}</a></p>";
    }

    private static async Task<string> HistoryAsync(PageContext ctx, EntityInfo entity, string name)
    {
        if (PageData.Relation(ctx, MetricNames.Summary) is not { } relation)
        {
            return string.Empty;
        }

        var query = new ViewQuery(relation);
        query.Where("dimension", entity.Dimension);
        query.Where("group_name", name);
        query.Select(["report_month", .. SummaryColumns]);
        query.OrderBy("report_month DESC");
        var table = await PageData.QueryAsync(ctx, query, 240).ConfigureAwait(false);
        return TableHtml.Render(table, string.Empty);
    }

    private static async Task<string> DisciplineAsync(PageContext ctx, string unit)
    {
        if (PageData.Relation(ctx, MetricNames.Discipline) is not { } relation)
        {
            return Notice.NotYet("报送情况", MetricNames.MetricsHow);
        }

        var query = new ViewQuery(relation);
        query.Where("lead_unit", unit);
        query.Select("report_month", "expected_returns", "returned", "missing_returns", "return_rate_pct");
        query.OrderBy("report_month DESC");
        var table = await PageData.QueryAsync(ctx, query, 240).ConfigureAwait(false);
        return TableHtml.Render(table, string.Empty);
    }

    private static IReadOnlyList<string> Names(PageContext ctx, EntityKind kind) => kind switch
    {
        EntityKind.Group => ctx.Data.Facts.Groups,
        EntityKind.Unit => ctx.Data.Facts.Units,
        _ => ctx.Data.Facts.Leaders,
    };
}
