using System.Globalization;
using System.Text;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>
/// One task: what the ledger says about it, planned against actual progress month by month (from
/// task_status), and every monthly report as a timeline: status as reported, progress, the narrative.
/// </summary>
internal static class TaskPage
{
    private static readonly string[] FactColumns =
    [
        "ledger", "seq_no", "task_heading", "special_group", "lead_unit", "co_units", "leader", "person_in_charge", "result_form", "task_kind",
        "deadline_text", "deadline", "deadline_kind", "milestones", "planned_start", "first_month", "last_month", "months_reported",
    ];

    public static async Task<IResult> RenderAsync(PageContext ctx)
    {
        var id = ctx.Http.GetRouteValue("id") as string ?? string.Empty;

        // Every monthly report of the task, newest first: the timeline, and (its newest row per ledger) what
        // the `tasks` view would say. One scan of the snapshots instead of two: the view ranks every task's
        // history before it filters, which on millions of rows takes most of a second.
        var reports = await PageData.QueryAsync(ctx, "SELECT * FROM snapshots WHERE task_id = $1 ORDER BY report_month DESC, ledger_ordinal(ledger)", [id], 1000).ConfigureAwait(false);
        if (reports.Rows.Count == 0)
        {
            return ctx.NotFound("找不到任务", $"数据中没有编号为“{id}”的任务。", "/tasks");
        }

        // A sub-task is titled with the heading it is listed under (深化国资国企改革 › 制定实施方案), as every list shows it.
        var name = reports.Value(reports.Rows[0], "task_name") is string taskName
            ? TaskLabel.Of(reports.Value(reports.Rows[0], "task_heading") as string, taskName)
            : id;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"lead\">任务编号 {HtmlText.Encode(id)} · <a href=\"/tasks{HtmlText.Encode(ctx.Filter.Query())}\">返回任务列表</a></p>");
        foreach (var ledger in reports.Rows.GroupBy(r => reports.Value(r, "ledger") as string, StringComparer.Ordinal))
        {
            var latest = ledger.First();
            var months = ledger.Select(r => DbValues.AsDate(reports.Value(r, "report_month"))).ToList();
            body.Append("<table class=\"data facts\"><tbody>");
            foreach (var column in FactColumns)
            {
                var value = column switch
                {
                    "first_month" => months.Min(),
                    "last_month" => months.Max(),
                    "months_reported" => (object)ledger.Count(),
                    _ => reports.IndexOf(column) >= 0 ? reports.Value(latest, column) : null,
                };
                var key = column is "first_month" or "last_month" ? "report_month" : column;
                if (CellText.Plain(key, value) is { Length: > 0 } text)
                {
                    var link = column switch
                    {
                        "special_group" => "/groups/",
                        "lead_unit" => "/units/",
                        "leader" => "/leaders/",
                        _ => null,
                    };
                    var cell = link is null ? HtmlText.Encode(text)
                        : column == "leader" ? TableHtml.LeaderLinks(text, string.Empty)
                        : $"<a href=\"{link}{Uri.EscapeDataString(text)}\">{HtmlText.Encode(text)}</a>";
                    body.Append(CultureInfo.InvariantCulture, $"<tr><th>{Labels.Column(column)}</th><td>{cell}</td></tr>");
                }
            }

            body.Append("</tbody></table>");
        }

        body.Append("<h2>计划进度与实际进度</h2>");
        body.Append(await ProgressAsync(ctx, id).ConfigureAwait(false));
        body.Append(await RiskAsync(ctx, id).ConfigureAwait(false));
        body.Append("<h2>逐月填报记录</h2>");
        body.Append(Timeline(reports));
        return ctx.Page(name, "/tasks", body.ToString());
    }

    private static async Task<string> ProgressAsync(PageContext ctx, string id)
    {
        if (PageData.Relation(ctx, MetricNames.TaskStatus) is not { } relation)
        {
            return Notice.NotYet("计划进度与实际进度", MetricNames.MetricsHow);
        }

        var query = new ViewQuery(relation);
        query.Where("task_id", id);
        query.Select(
            "report_month", "status", "progress_pct", "planned_pct", "actual_pct", "actual_derived", "lag_pp", "es_date", "sv_t_days", "spi_t",
            "light", "light_reason", "overdue", "days_overdue", "stalled_months", "status_disagrees");
        query.OrderBy("report_month");
        var table = await PageData.QueryAsync(ctx, query, 240).ConfigureAwait(false);
        if (table.Rows.Count == 0)
        {
            return Notice.Info("没有这项任务的进度统计。");
        }

        // A task's history lies in one ledger year (task ids are the year's, docs/schema.md): the year goes into the title
        // once and each month is labelled by its month alone, so all twelve fit under the chart. The ledger is the page's.
        var months = table.Rows.Select(r => DbValues.AsDate(table.Value(r, "report_month"))).ToList();
        var years = months.OfType<DateOnly>().Select(d => d.Year).Distinct().ToList();
        var labels = months.Select(d => d is { } m ? (years.Count == 1 ? string.Create(CultureInfo.InvariantCulture, $"{m.Month}月") : Format.Month(ReportMonth.Of(m))) : string.Empty).ToList();
        var title = (years.Count == 1 ? string.Create(CultureInfo.InvariantCulture, $"{years[0]}年") : string.Empty) + "计划进度（虚线）与实际进度（实线）";
        List<double?> Series(string c) => [.. table.Rows.Select(r => DbValues.AsDouble(table.Value(r, c)))];
        var sb = new StringBuilder();
        sb.Append(SvgChart.Lines(title, labels,
        [
            new ChartSeries("计划进度", "planned", Series("planned_pct")),
            new ChartSeries("实际进度", "actual", Series("actual_pct")),
        ]));
        if (table.Rows.Any(r => DbValues.AsBool(table.Value(r, "actual_derived")) == true))
        {
            sb.Append(Notice.Info("有的月份单位没有填写完成进度，实际进度按推进状态推定（已完成计 100%，未启动计 0%）。"));
        }

        // SV(t) and SPI(t) of a completed row are the month of completion's (task_status_live.sql): say so, or the same
        // figure month after month reads as a mistake
        if (table.Rows.Any(r => table.Value(r, "light_reason") as string == "completed" && DbValues.AsDouble(table.Value(r, "sv_t_days")) is not null))
        {
            sb.Append(Notice.Info("任务报告已完成后，进度偏差和进度绩效指数按完成当月的统计截止日计算，以后各月保持完成时的数值。"));
        }

        // Sixteen columns did not fit a 1300 px screen: the table scrolled sideways to 亮灯原因 and the columns after it.
        // Three say nothing the others do not: 完成进度 as reported is in the timeline below (and is 实际进度 unless
        // derived), 逾期 is 逾期天数 and 亮灯原因 again, 实际进度由状态推定 is said in the notice above when any month has
        // it. The rest wrap their headers at a word's width (计划进度 / 挣得工期 日期).
        var hidden = new HashSet<string>(StringComparer.Ordinal) { "progress_pct", "overdue" };
        if (!table.Rows.Any(r => DbValues.AsBool(table.Value(r, "actual_derived")) == true))
        {
            hidden.Add("actual_derived");
        }

        sb.Append(TableHtml.Render(table, string.Empty, hidden, "history"));
        return sb.ToString();
    }

    private static async Task<string> RiskAsync(PageContext ctx, string id)
    {
        if (PageData.Relation(ctx, MetricNames.RiskFlags) is not { } relation || !relation.HasColumn("task_id"))
        {
            return string.Empty;
        }

        var query = new ViewQuery(relation);
        query.Where("task_id", id);
        query.OrderBy("as_of DESC");
        var table = await PageData.QueryAsync(ctx, query, 12).ConfigureAwait(false);
        return table.Rows.Count == 0 ? string.Empty : "<h2>滞后风险</h2>" + TableHtml.Render(table, string.Empty, new HashSet<string>(StringComparer.Ordinal) { "task_id" });
    }

    /// <summary>
    /// Where a report was read: file · sheet · row, leaving out what the snapshot does not have (a CSV or text return has no
    /// sheet: the line read “2024年11月上级部署试点台账.txt ·  · 第16行”).
    /// </summary>
    internal static string Source(string? file, string? sheet, double? row)
    {
        var parts = new[] { file, sheet, row is { } r and > 0 ? string.Create(CultureInfo.InvariantCulture, $"第{r:0}行") : null }
            .Where(p => !string.IsNullOrWhiteSpace(p));
        return "来源：" + string.Join(" · ", parts);
    }

    private static string Timeline(ResultTable table)
    {
        // The ledger goes on each report only when the task's reports lie in more than one: else the facts above say it once.
        var ledgers = table.Rows.Select(r => table.Value(r, "ledger") as string).Distinct(StringComparer.Ordinal).Count();
        var sb = new StringBuilder("<ol class=\"timeline\">");
        foreach (var r in table.Rows)
        {
            var row = new[] { "report_month", "ledger", "status", "status_text", "progress_pct", "progress_text", "source_file", "source_sheet", "source_row" }
                .Select(c => table.Value(r, c)).ToArray();
            var status = row[2] as string ?? "unknown";
            sb.Append("<li>");
            sb.Append(CultureInfo.InvariantCulture, $"<span class=\"when\">{HtmlText.Encode(CellText.Plain("report_month", row[0]))}</span>");
            sb.Append(CultureInfo.InvariantCulture, $"<span class=\"tag {HtmlText.Encode(status)}\">{HtmlText.Encode(CellText.StatusLabel(status))}</span>");
            if (row[3] is string said && said.Length > 0 && said != CellText.StatusLabel(status))
            {
                sb.Append(CultureInfo.InvariantCulture, $"<span class=\"tag\">原文：{HtmlText.Encode(said)}</span>");
            }

            sb.Append(CultureInfo.InvariantCulture, $"<span class=\"tag\">完成进度{(DbValues.AsDouble(row[4]) is { } p ? Format.Percent(p) : "未填")}</span>");
            if (ledgers > 1)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<span class=\"tag\">{HtmlText.Encode(CellText.Plain("ledger", row[1]))}</span>");
            }

            sb.Append(CultureInfo.InvariantCulture, $"<div class=\"narrative\">{HtmlText.Encode(row[5] as string ?? "（未填写进展情况）")}</div>");
            sb.Append(CultureInfo.InvariantCulture, $"<div class=\"source\">{HtmlText.Encode(Source(row[6] as string, row[7] as string, DbValues.AsDouble(row[8])))}</div>");
            sb.Append("</li>");
        }

        return sb.Append("</ol>").ToString();
    }
}
