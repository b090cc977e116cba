using Microsoft.Net.Http.Headers;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Model;
using ReformAnalytics.Reports;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>
/// <c>/units/{name}/notice?month=</c>: the unit's 督办单 of the month as a Word file, the same document
/// <c>reform notices</c> writes (answer date: the library's default, the 20th of the next month).
/// </summary>
internal static class UnitNotice
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Whether the views the notice is made from are in this copy of the database.</summary>
    public static bool Available(PageContext ctx) =>
        ctx.Catalog.Find("negative_list") is not null && ctx.Catalog.Find("missing_returns") is not null && ctx.Catalog.Find("year_end_carry_over") is not null;

    public static string Link(string unit, ReportMonth month) =>
        HtmlText.Encode($"/units/{Uri.EscapeDataString(unit)}/notice?month={month}");

    public static async Task<IResult> ServeAsync(PageContext ctx)
    {
        var unit = (ctx.Http.GetRouteValue("name") as string ?? string.Empty).Trim();
        if (!ctx.Data.Facts.Units.Contains(unit, StringComparer.Ordinal))
        {
            return ctx.NotFound("找不到牵头单位", $"数据中没有名为“{unit}”的牵头单位。", "/units");
        }

        if (ctx.Month is not { } month || !Available(ctx))
        {
            return ctx.NotFound("无法生成督办单", MetricNames.MetricsHow, "/units");
        }

        if (!ctx.Data.Facts.Months.Contains(month))
        {
            // No ledger of that month is stored: nothing can be said either way, least of all that nothing is wrong.
            var none = Notice.Info($"{Format.Month(month)}没有入库的台账数据，无法判断{unit}是否需要督办。请先导入该月台账。")
                + $"<p><a href=\"/units/{HtmlText.Encode(Uri.EscapeDataString(unit))}\">返回{HtmlText.Encode(unit)}</a></p>";
            return ctx.Page($"{unit} · 督办单", "/units", none, cache: false);
        }

        await using var connection = await ctx.ConnectAsync().ConfigureAwait(false);
        var set = await SupervisionNotices.BuildAsync(connection, month, SupervisionNotices.DefaultDue(month), ctx.Aborted).ConfigureAwait(false);
        if (set.Notices.FirstOrDefault(n => string.Equals(n.LeadUnit, unit, StringComparison.Ordinal)) is not { } notice)
        {
            var body = Notice.Info($"{Format.Month(month)}，{unit}牵头的任务没有逾期、滞后、停滞或漏报，无需督办。")
                + $"<p><a href=\"/units/{HtmlText.Encode(Uri.EscapeDataString(unit))}?month={month}\">返回{HtmlText.Encode(unit)}</a></p>";
            return ctx.Page($"{unit} · 督办单", "/units", body, cache: false);
        }

        using var buffer = new MemoryStream();
        await DocxReportWriter.WriteAsync(notice.ToDocument(), buffer, null, ctx.Aborted).ConfigureAwait(false);
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(SupervisionNotices.FileName(notice));
        ctx.Http.Response.Headers.ContentDisposition = disposition.ToString();
        return Results.Bytes(buffer.ToArray(), WordType);
    }
}
