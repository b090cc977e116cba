using System.Text;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>入库问题: the ingest runs (ingest_log) and every problem found in the input (ingest_issues), to send back to units.</summary>
internal static class IssuesPage
{
    public static async Task<IResult> RenderAsync(PageContext ctx)
    {
        var part = ctx.Query("part") == "log" ? "log" : "issues";
        var relation = PageData.Relation(ctx, part == "log" ? "ingest_log" : "ingest_issues");
        if (relation is null)
        {
            return ctx.Page("入库问题", "/issues", Notice.NotYet("入库记录", "请先运行 reform ingest。"));
        }

        var query = new ViewQuery(relation);
        if (part == "log")
        {
            query.OrderBy("run_id DESC", "file_name");
        }
        else
        {
            var severity = ctx.Query("severity");
            if (severity is "error" or "warning")
            {
                query.Where("severity", severity);
            }

            query.OrderBy("run_id DESC", "file", "sheet", "row");
        }

        if (PageData.WantsDownload(ctx))
        {
            return await PageData.DownloadAsync(ctx, query, part == "log" ? "入库记录" : "入库问题清单").ConfigureAwait(false);
        }

        var table = await PageData.QueryAsync(ctx, query).ConfigureAwait(false);
        var body = new StringBuilder();
        body.Append("<p class=\"lead\">");
        body.Append(part == "log"
            ? "每次入库处理的文件和结果。<a href=\"/issues\">查看入库问题</a>"
            : "读取台账时发现的问题，注明文件、工作表、行、列和原值，可下载后发回填报单位核改。“错误”的行没有入库，“提醒”的行已入库但需要核对。<a href=\"/issues?part=log\">查看入库记录</a>");
        body.Append("</p>");
        body.Append(PageData.DownloadLinks(ctx));
        body.Append(TableHtml.Render(table, string.Empty));
        body.Append(PageData.TruncationNote(ctx, table));
        return ctx.Page(part == "log" ? "入库记录" : "入库问题", "/issues", body.ToString());
    }
}
