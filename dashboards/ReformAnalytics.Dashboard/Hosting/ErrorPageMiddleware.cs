using ReformAnalytics.Dashboard.Html;

namespace ReformAnalytics.Dashboard.Hosting;

/// <summary>An unexpected failure becomes a Chinese error page (and a log entry), never a stack trace.</summary>
internal sealed class ErrorPageMiddleware(RequestDelegate next, ILogger<ErrorPageMiddleware> logger, IHostEnvironment environment)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The browser went away; nothing to answer.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Request {Path} failed", context.Request.Path);
            if (context.Response.HasStarted)
            {
                throw;
            }

            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/html; charset=utf-8";
            var page = Layout.Bare("页面出错了", "生成这个页面时出现了意外错误，已记录在服务器日志中。请稍后刷新重试；如果一直出现，请把页面地址告诉管理员。");
            if (environment.IsDevelopment())
            {
                page = page.Replace("</main>", "<pre>" + HtmlText.Encode(e.ToString()) + "</pre></main>", StringComparison.Ordinal);
            }

            await context.Response.WriteAsync(page, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
