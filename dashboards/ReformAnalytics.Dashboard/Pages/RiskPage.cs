using System.Globalization;
using System.Text;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>
/// 风险清单: the tasks the risk model (table <c>risk_flags</c>: as_of, task_id, probability, rank, reasons,
/// horizon_months) finds most likely to fall behind, with the reasons, for the month asked (or the latest run
/// before it). The horizon is said once above the list rather than repeated on every row.
/// </summary>
internal static class RiskPage
{
    public static async Task<IResult> RenderAsync(PageContext ctx)
    {
        var body = new StringBuilder();
        body.Append(FilterBar.Render(ctx.Data.Facts, ctx.Filter, FilterBar.Fields.All));
        if (PageData.Relation(ctx, MetricNames.RiskFlags) is not { } relation || !relation.HasColumn("as_of") || !relation.HasColumn("task_id"))
        {
            body.Append(Notice.NotYet("风险清单", MetricNames.RiskHow));
            return ctx.Page("风险清单", "/risks", body.ToString());
        }

        var asOf = await AsOfAsync(ctx).ConfigureAwait(false);
        if (asOf is null)
        {
            body.Append(Notice.Info("风险模型还没有给出任何结果。"));
            return ctx.Page("风险清单", "/risks", body.ToString());
        }

        // The task's name, unit and status as of the run: its task_status row of that month (or the tasks view).
        var withTasks = ctx.Catalog.Find(MetricNames.TaskStatus) is not null || ctx.Catalog.Find("tasks") is not null;
        // The heading a sub-task is listed under, shown before its name (a database from before the column has none).
        var heading = (ctx.Catalog.Find(MetricNames.TaskStatus) ?? ctx.Catalog.Find("tasks"))?.HasColumn("task_heading") == true ? "t.task_heading, " : string.Empty;
        var taskSource = ctx.Catalog.Find(MetricNames.TaskStatus) is not null
            ? "(SELECT * FROM task_status WHERE report_month = date_trunc('month', $1::DATE)) t ON t.task_id = r.task_id"
            : "tasks t ON t.task_id = r.task_id";
        var hasHorizon = relation.HasColumn("horizon_months");
        var excluded = hasHorizon ? "task_id, horizon_months" : "task_id";
        var sql = new StringBuilder(withTasks
            ? $"SELECT r.* EXCLUDE ({excluded}), {heading}t.task_name, r.task_id, t.ledger, t.special_group, t.lead_unit, t.leader, t.deadline_text, t.status, t.progress_pct FROM risk_flags r LEFT JOIN {taskSource} WHERE r.as_of = $1"
            : $"SELECT r.* EXCLUDE ({excluded}) FROM risk_flags r WHERE r.as_of = $1");
        var parameters = new List<object?> { asOf };
        if (withTasks)
        {
            foreach (var (column, value) in new[] { ("ledger", ctx.Filter.Ledger), ("special_group", ctx.Filter.Group), ("lead_unit", ctx.Filter.Unit) })
            {
                if (value is not null)
                {
                    parameters.Add(value);
                    sql.Append($" AND t.{column} = ${parameters.Count}");
                }
            }
        }

        sql.Append(relation.HasColumn("rank") ? " ORDER BY r.rank NULLS LAST" : relation.HasColumn("probability") ? " ORDER BY r.probability DESC NULLS LAST" : string.Empty);
        var title = $"风险清单 · {Day(asOf)}";
        if (PageData.WantsDownload(ctx))
        {
            return await PageData.DownloadAsync(ctx, sql.ToString(), parameters, "风险清单_" + CellText.Plain("as_of", asOf)).ConfigureAwait(false);
        }

        var table = await PageData.QueryAsync(ctx, sql.ToString(), parameters, ctx.Options.PageRowLimit).ConfigureAwait(false);
        var horizon = hasHorizon ? await HorizonAsync(ctx, asOf).ConfigureAwait(false) : null;
        var what = horizon is { } h
            ? string.Create(CultureInfo.InvariantCulture, $"各任务此后{h}个月内滞后（任一月逾期、亮红灯或到期未完成）的可能性")
            : "各任务滞后的可能性";
        if (ctx.Month is { } asked && asOf is DateOnly or DateTime && ReportMonth.Of(asOf is DateTime t ? DateOnly.FromDateTime(t) : (DateOnly)asOf) != asked)
        {
            body.Append(Notice.Info($"{Format.Month(asked)}没有风险清单；以下是评估时点为{Day(asOf)}的清单。"));
        }

        body.Append(CultureInfo.InvariantCulture, $"<p class=\"lead\">风险模型按历史填报规律估计的{what}，由高到低排列；“原因”说明模型主要依据了哪些情况。督察前可据此确定重点。</p>");
        body.Append(PageData.DownloadLinks(ctx));
        body.Append(TableHtml.Render(table, ctx.Filter.Query(false), new HashSet<string>(ctx.Filter.FixedColumns(FilterBar.Fields.All), StringComparer.Ordinal) { "task_id", "as_of" }));
        body.Append(PageData.TruncationNote(ctx, table));
        return ctx.Page(title, "/risks", body.ToString());
    }

    /// <summary>The horizon (months) the run's probabilities are for; null when the run did not record it.</summary>
    private static async Task<int?> HorizonAsync(PageContext ctx, object asOf)
    {
        var table = await PageData.QueryAsync(ctx, "SELECT max(horizon_months) FROM risk_flags WHERE as_of = $1", [asOf], 1).ConfigureAwait(false);
        return table.Rows.Count == 0 || table.Rows[0][0] is null or DBNull ? null : Convert.ToInt32(table.Rows[0][0], CultureInfo.InvariantCulture);
    }

    /// <summary>The latest model run not after the month asked; the latest of all when none is.</summary>
    private static async Task<object?> AsOfAsync(PageContext ctx)
    {
        var month = ctx.Month;
        var table = await PageData.QueryAsync(
            ctx,
            "SELECT coalesce(max(as_of) FILTER (date_trunc('month', as_of) <= $1), max(as_of)) FROM risk_flags",
            [month?.FirstDay ?? DateOnly.MaxValue],
            1).ConfigureAwait(false);
        return table.Rows.Count == 0 ? null : table.Rows[0][0];
    }

    /// <summary>The assessment date as the office writes it (2024年11月30日).</summary>
    private static string Day(object? asOf) => asOf switch
    {
        DateOnly d => ChineseDate.Day(d),
        DateTime t => ChineseDate.Day(DateOnly.FromDateTime(t)),
        _ => CellText.Plain("as_of", asOf),
    };
}
