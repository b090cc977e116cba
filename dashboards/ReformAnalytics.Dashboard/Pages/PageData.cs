using System.Globalization;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Export;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>Queries and downloads shared by the pages.</summary>
internal static class PageData
{
    public static async Task<ResultTable> QueryAsync(PageContext ctx, string sql, IReadOnlyList<object?> parameters, int maxRows)
    {
        await using var connection = await ctx.ConnectAsync().ConfigureAwait(false);
        return await QueryRunner.QueryAsync(connection, sql, parameters, maxRows, ctx.Aborted, streaming: false).ConfigureAwait(false);
    }

    /// <summary>At most <paramref name="maxRows"/> rows (the page limit by default); one more is asked for, to tell a cut list.</summary>
    public static Task<ResultTable> QueryAsync(PageContext ctx, ViewQuery query, int? maxRows = null)
    {
        var limit = maxRows ?? ctx.Options.PageRowLimit;
        return QueryAsync(ctx, query.Sql(limit + 1), query.Parameters, limit);
    }

    /// <summary>Writes the full result as the download the <c>format</c> query parameter asks for.</summary>
    public static async Task<IResult> DownloadAsync(PageContext ctx, string sql, IReadOnlyList<object?> parameters, string title)
    {
        var format = ctx.Query("format")!;
        await using var connection = await ctx.ConnectAsync().ConfigureAwait(false);
        await using var command = QueryRunner.CreateCommand(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ctx.Aborted).ConfigureAwait(false);
        await Download.WriteAsync(ctx.Http.Response, reader, format, SafeFileName.Of(title), ExportStyle.Labelled, ctx.Options.DownloadRowLimit, ctx.Aborted).ConfigureAwait(false);
        return Results.Empty;
    }

    public static Task<IResult> DownloadAsync(PageContext ctx, ViewQuery query, string title) => DownloadAsync(ctx, query.Sql(), query.Parameters, title);

    public static bool WantsDownload(PageContext ctx) => Download.IsFormat(ctx.Query("format"));

    /// <summary>Links to this same page as CSV and .xlsx (the filters in the address carry over).</summary>
    public static string DownloadLinks(PageContext ctx, string? extraQuery = null)
    {
        var query = ctx.Http.Request.QueryString.Value ?? string.Empty;
        var basePath = ctx.Http.Request.Path.Value + (query.Length == 0 ? "?" : query + "&") + (extraQuery is null ? string.Empty : extraQuery + "&");
        return $"<div class=\"downloads\">下载：<a href=\"{HtmlText.Encode(basePath)}format=xlsx\" download>Excel (.xlsx)</a><a href=\"{HtmlText.Encode(basePath)}format=csv\" download>CSV</a></div>";
    }

    /// <summary>A note under a list cut at the page limit.</summary>
    public static string TruncationNote(PageContext ctx, ResultTable table) =>
        table.Truncated
            ? Notice.Info(string.Create(CultureInfo.InvariantCulture, $"页面只显示前{Format.Integer(ctx.Options.PageRowLimit)}行；完整清单请下载 Excel 或 CSV。"))
            : string.Empty;

    /// <summary>A view or table of a later stage missing from this copy of the data.</summary>
    public static RelationInfo? Relation(PageContext ctx, string name) => ctx.Catalog.Find(name);

    public static string MonthTitle(PageContext ctx) => ctx.Month is { } m ? Format.Month(m) : "（暂无数据）";
}
