using System.Text;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>
/// 入库问题: the ingest runs (ingest_log), every problem found in the input (ingest_issues), to send back to units, and
/// the office's table of unit names in force (unit_names).
/// </summary>
internal static class IssuesPage
{
    public static async Task<IResult> RenderAsync(PageContext ctx)
    {
        var part = ctx.Query("part") switch
        {
            "log" => "log",
            "units" => "units",
            _ => "issues",
        };
        if (part == "units")
        {
            return await UnitNamesAsync(ctx).ConfigureAwait(false);
        }

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
        var runFiles = part == "log" ? [] : await RunFilesAsync(ctx, relation).ConfigureAwait(false);
        table = IngestRuns.ForPage(table, await IngestRuns.LabelsAsync(ctx).ConfigureAwait(false), part == "log" ? null : "file", runFiles);
        var body = new StringBuilder();
        body.Append("<p class=\"lead\">");
        body.Append(part == "log"
            ? "每次入库处理的文件和结果。<a href=\"/issues\">查看入库问题</a> · <a href=\"/issues?part=units\">单位名称对照表</a>"
            : "读取台账时发现的问题，注明文件、工作表、行、列和原值，可下载后发回填报单位核改。“错误”的行没有入库，“提醒”的行已入库但需要核对。<a href=\"/issues?part=log\">查看入库记录</a> · <a href=\"/issues?part=units\">单位名称对照表</a>");
        body.Append("</p>");
        body.Append(PageData.DownloadLinks(ctx));
        // The log's 64-character fingerprint pushed 结果 and 说明 off a desktop screen and broke every file name over two
        // lines; the office reads 未变 for a file already in. The downloads keep it.
        body.Append(TableHtml.Render(table, string.Empty, part == "log" ? new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "sha256" } : null));
        body.Append(PageData.TruncationNote(ctx, table));
        return ctx.Page(part == "log" ? "入库记录" : "入库问题", "/issues", body.ToString());
    }

    /// <summary>Every file ingest_issues names, with its run: the folder a run's files share is not shown.</summary>
    private static async Task<IReadOnlyList<(string Run, string File)>> RunFilesAsync(PageContext ctx, RelationInfo relation)
    {
        if (!relation.HasColumn("run_id") || !relation.HasColumn("file"))
        {
            return [];
        }

        var table = await PageData.QueryAsync(ctx, "SELECT DISTINCT run_id, file FROM ingest_issues", [], 1_000_000).ConfigureAwait(false);
        return [.. table.Rows.Where(r => r[0] is string && r[1] is string).Select(r => ((string)r[0]!, (string)r[1]!))];
    }

    /// <summary>The table of unit names in force: each unit's spellings, counted under the one name.</summary>
    private static async Task<IResult> UnitNamesAsync(PageContext ctx)
    {
        const string Title = "单位名称对照表";
        var relation = PageData.Relation(ctx, "unit_names");
        var query = relation is null ? null : new ViewQuery(relation);
        query?.Select("unit", "spelling", "table_file", "run_id");
        query?.OrderBy("unit", "spelling");
        if (query is not null && PageData.WantsDownload(ctx))
        {
            return await PageData.DownloadAsync(ctx, query, Title).ConfigureAwait(false);
        }

        var table = query is null ? null : IngestRuns.ForPage(await PageData.QueryAsync(ctx, query).ConfigureAwait(false), await IngestRuns.LabelsAsync(ctx).ConfigureAwait(false), null, []);
        var body = new StringBuilder("<p class=\"lead\">同一单位在各月台账中的不同写法（简称、全称、更名前的名称），统一按“统一名称”统计和排名。对照表由 <code>reform ingest … --units 对照表文件</code> 保存，以后导入自动沿用；<code>reform units --db 数据库文件</code> 列出已入库台账中可能是同一单位的不同写法，并生成对照表草稿。<a href=\"/issues\">查看入库问题</a></p>");
        if (table is null || table.Rows.Count == 0)
        {
            body.Append(Notice.NotYet(Title, "导入时加 --units 对照表文件即保存。"));
        }
        else
        {
            body.Append(PageData.DownloadLinks(ctx));
            body.Append(TableHtml.Render(table, string.Empty));
        }

        return ctx.Page(Title, "/issues", body.ToString());
    }
}
