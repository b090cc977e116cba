using ReformAnalytics.Dashboard.Html;

namespace ReformAnalytics.Dashboard.Security;

/// <summary>
/// Served on this machine only and without a token, the dashboard answers only requests addressed to
/// localhost, 127.0.0.1 or [::1]. A web page elsewhere cannot then reach it through a domain name that
/// points at 127.0.0.1 (DNS rebinding).
/// </summary>
internal sealed class LoopbackHostMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var host = context.Request.Host.Host;
        if (host is "localhost" or "127.0.0.1" or "[::1]" or "::1")
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            Layout.Bare("地址不对", "看板只在本机提供服务，请用 http://127.0.0.1 或 http://localhost 打开。需要在网络上共享时，请用 --host 和 --token 启动。"),
            context.RequestAborted).ConfigureAwait(false);
    }
}
