using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>
/// Runs a page handler on a lease of the current data copy, held until the response is written (downloads
/// stream from the copy). Pages already built from this copy are served from its cache.
/// </summary>
internal static class PageEndpoint
{
    public static async Task ServeAsync(HttpContext http, Func<PageContext, Task<IResult>> handler)
    {
        var mirror = http.RequestServices.GetRequiredService<DatabaseMirror>();
        var status = mirror.Status;
        using var lease = mirror.Acquire();
        if (lease is null)
        {
            var why = status.LastOutcome switch
            {
                RefreshOutcome.WriterActive or RefreshOutcome.ChangedDuringCopy => "数据库正在入库，入库完成后自动显示数据。请稍后刷新本页。",
                RefreshOutcome.Missing => "找不到数据库文件。请先运行 reform ingest 生成数据库。",
                RefreshOutcome.Failed => "读取数据库失败：" + status.LastError,
                _ => "正在载入数据，请稍后刷新本页。",
            };
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = "5";
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(Layout.Bare("数据尚未就绪", why), http.RequestAborted).ConfigureAwait(false);
            return;
        }

        var data = lease.Generation;
        if (HttpMethods.IsGet(http.Request.Method) && !http.Request.Query.ContainsKey("format")
            && data.Pages.TryGet(PageContext.CacheKey(http), out var cached))
        {
            var bytes = cached.Rendered(status, c => Layout.Page(c.Title, c.ActiveNav, c.Body, data, status));
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.ContentLength = bytes.Length;
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted).ConfigureAwait(false);
            return;
        }

        var context = new PageContext(http, data, status, http.RequestServices.GetRequiredService<DashboardOptions>(), http.RequestServices.GetRequiredService<TimeProvider>());
        var result = await handler(context).ConfigureAwait(false);
        await result.ExecuteAsync(http).ConfigureAwait(false);
    }
}
