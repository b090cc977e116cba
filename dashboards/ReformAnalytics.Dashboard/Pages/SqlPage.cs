using System.Globalization;
using System.Text;
using ReformAnalytics.Dashboard.Export;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Dashboard.Sql;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>
/// The SQL console for analysts: read-only queries against the served copy, under a time limit and a row
/// limit, with the full result downloadable, errors in plain words, saved example queries and the schema.
/// </summary>
internal static class SqlPage
{
    public static Task<IResult> RenderAsync(PageContext ctx)
    {
        var sql = ExampleQueries.Find(ctx.Query("example"))?.Sql ?? ctx.Query("q") ?? ExampleQueries.All.FirstOrDefault()?.Sql ?? string.Empty;
        return Task.FromResult(ctx.Page("SQL 查询", "/sql", Form(ctx, sql, null), cache: false));
    }

    public static async Task<IResult> RunAsync(PageContext ctx)
    {
        var sql = await QueryTextAsync(ctx).ConfigureAwait(false);
        var outcome = await ConsoleRunner.RunAsync(ctx.Data, sql, ctx.Options.QueryTimeout, ctx.Options.RowLimit, ctx.Time, ctx.Aborted).ConfigureAwait(false);
        return ctx.Page("SQL 查询", "/sql", Form(ctx, sql, Outcome(ctx, outcome)), cache: false);
    }

    public static async Task<IResult> DownloadAsync(PageContext ctx)
    {
        var format = ctx.Query("format") ?? "csv";
        var example = ExampleQueries.Find(ctx.Query("example"));
        var sql = example?.Sql ?? await QueryTextAsync(ctx).ConfigureAwait(false);
        if (!Download.IsFormat(format))
        {
            format = "csv";
        }

        using var limit = new CancellationTokenSource(ctx.Options.DownloadTimeout, ctx.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, ctx.Aborted);
        var (connection, command, reader, problem) = await ConsoleRunner.OpenForDownloadAsync(ctx.Data, sql, linked.Token).ConfigureAwait(false);
        if (problem is not null || connection is null || command is null || reader is null)
        {
            return Results.Content(
                Layout.Page("SQL 查询", "/sql", Form(ctx, sql, Notice.Warning("无法下载：" + problem)), ctx.Data, ctx.Status),
                "text/html; charset=utf-8",
                statusCode: StatusCodes.Status400BadRequest);
        }

        await using (connection.ConfigureAwait(false))
        await using (command.ConfigureAwait(false))
        await using (reader.ConfigureAwait(false))
        {
            await Download.WriteAsync(ctx.Http.Response, reader, format, example?.Title ?? "查询结果", ExportStyle.Raw, ctx.Options.DownloadRowLimit, linked.Token).ConfigureAwait(false);
        }

        return Results.Empty;
    }

    private static async Task<string> QueryTextAsync(PageContext ctx)
    {
        if (ctx.Http.Request.HasFormContentType)
        {
            var form = await ctx.Http.Request.ReadFormAsync(ctx.Aborted).ConfigureAwait(false);
            return form["q"].ToString();
        }

        return ctx.Query("q") ?? string.Empty;
    }

    private static string Outcome(PageContext ctx, ConsoleOutcome outcome)
    {
        var seconds = outcome.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (outcome.Refusal is not null)
        {
            return $"<p class=\"notice warn\">{HtmlText.Encode(outcome.Refusal)}</p>";
        }

        if (outcome.TimedOut)
        {
            return $"<p class=\"notice error\">{HtmlText.Encode(ConsoleRunner.TimeoutMessage(ctx.Options.QueryTimeout))}</p>";
        }

        if (outcome.Error is { } error)
        {
            return $"<div class=\"notice error\"><p>{HtmlText.Encode(error.Summary)}</p><details><summary>数据库的原始错误信息</summary><div class=\"error-detail\">{HtmlText.Encode(error.Original)}</div></details></div>";
        }

        var table = outcome.Table!;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<p class=\"result-info\">用时{seconds}秒，");
        sb.Append(table.Truncated
            ? string.Create(CultureInfo.InvariantCulture, $"结果超过{Format.Integer(ctx.Options.RowLimit)}行，页面只显示前{Format.Integer(ctx.Options.RowLimit)}行。完整结果请用上方的“下载完整结果”按钮下载（最多{Format.Integer(ctx.Options.DownloadRowLimit)}行）。</p>")
            : string.Create(CultureInfo.InvariantCulture, $"共{Format.Integer(table.Rows.Count)}行。</p>"));
        sb.Append(TableHtml.Render(table, string.Empty, foldHeadings: false));
        return sb.ToString();
    }

    private static string Form(PageContext ctx, string sql, string? result)
    {
        var sb = new StringBuilder();
        sb.Append("<form method=\"post\" action=\"/sql\"><div class=\"sql-layout\"><div>");
        sb.Append("<div class=\"sql-actions\"><label>示例查询：<select id=\"example\"><option value=\"\">（选择常用问题，填入下框）</option>");
        foreach (var example in ExampleQueries.All)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<option value=\"{HtmlText.Encode(example.Id)}\" data-sql=\"{HtmlText.Encode(example.Sql)}\">{HtmlText.Encode(example.Title)}</option>");
        }

        sb.Append("</select></label></div>");
        sb.Append(CultureInfo.InvariantCulture, $"<textarea id=\"sql\" name=\"q\" spellcheck=\"false\" aria-label=\"SQL 查询语句\">{HtmlText.Encode(sql)}</textarea>");
        sb.Append("<div class=\"sql-actions\"><button type=\"submit\" id=\"run\">运行查询（Ctrl+Enter）</button>");
        sb.Append("<button type=\"submit\" class=\"secondary\" formaction=\"/sql/download?format=xlsx\">下载完整结果 Excel</button>");
        sb.Append("<button type=\"submit\" class=\"secondary\" formaction=\"/sql/download?format=csv\">下载完整结果 CSV</button>");
        sb.Append("<span id=\"running\" class=\"running\">正在查询…</span></div>");
        sb.Append(CultureInfo.InvariantCulture, $"<p class=\"lead\">只读查询：数据库以只读方式打开，禁止读写文件和修改设置。单次查询最长{ctx.Options.QueryTimeout.TotalSeconds:0}秒，页面最多显示{Format.Integer(ctx.Options.RowLimit)}行。表和列的说明见 docs/schema.md 与 docs/metrics.md。</p>");
        sb.Append("<div id=\"result\">").Append(result).Append("</div></div>");
        sb.Append("<aside class=\"schema panel\"><h3>表和视图</h3><p class=\"lead\">点击名称插入到查询中。</p>");
        foreach (var relation in ctx.Catalog.Relations)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<details><summary><code data-insert=\"{HtmlText.Encode(relation.Name)}\">{HtmlText.Encode(relation.Name)}</code> {(relation.IsView ? "视图" : "表")}</summary><ul>");
            foreach (var column in relation.Columns)
            {
                var label = Labels.Column(column.Name);
                sb.Append(CultureInfo.InvariantCulture, $"<li><code data-insert=\"{HtmlText.Encode(column.Name)}\">{HtmlText.Encode(column.Name)}</code> {(label == column.Name ? string.Empty : HtmlText.Encode(label))} <small>{HtmlText.Encode(column.DataType)}</small></li>");
            }

            sb.Append("</ul></details>");
        }

        sb.Append("<h3>常用问题</h3><ul class=\"examples\">");
        foreach (var example in ExampleQueries.All)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/sql?example={Uri.EscapeDataString(example.Id)}\">{HtmlText.Encode(example.Title)}</a>");
            sb.Append(CultureInfo.InvariantCulture, $" <small>（<a href=\"/sql/download?example={Uri.EscapeDataString(example.Id)}&amp;format=xlsx\" download>Excel</a>）</small>");
            if (example.Description.Length > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<br><small>{HtmlText.Encode(example.Description)}</small>");
            }

            sb.Append("</li>");
        }

        sb.Append("</ul></aside></div></form>");
        return sb.ToString();
    }
}
