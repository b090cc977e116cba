using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Extensions;
using ReformAnalytics.Dashboard.Html;

namespace ReformAnalytics.Dashboard.Security;

/// <summary>
/// When an access token is set, every request must carry it: once in the link (<c>?token=…</c>, then kept
/// in a cookie for the browser session and removed from the address bar), or in a header
/// (<c>Authorization: Bearer …</c> or <c>X-Reform-Token</c>) for scripts.
/// </summary>
internal sealed class AccessTokenMiddleware(RequestDelegate next, DashboardOptions options)
{
    public const string CookieName = "reform_token";
    public const string QueryName = "token";
    public const string HeaderName = "X-Reform-Token";

    private readonly byte[]? _token = options.EffectiveToken() is { } t ? Encoding.UTF8.GetBytes(t) : null;

    public async Task InvokeAsync(HttpContext context)
    {
        if (_token is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var request = context.Request;
        if (request.Query.TryGetValue(QueryName, out var fromQuery))
        {
            if (!Matches(fromQuery.ToString()))
            {
                await DenyAsync(context, "链接中的访问口令不正确。").ConfigureAwait(false);
                return;
            }

            context.Response.Cookies.Append(CookieName, fromQuery.ToString(), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = request.IsHttps,
                Path = "/",
            });
            var query = new QueryBuilder(request.Query.Where(q => !string.Equals(q.Key, QueryName, StringComparison.Ordinal)).SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? string.Empty))));
            context.Response.Redirect(request.PathBase + request.Path + query.ToQueryString());
            return;
        }

        var presented = BearerToken(request) ?? request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(presented))
        {
            presented = request.Cookies[CookieName];
        }

        if (presented is null || !Matches(presented))
        {
            await DenyAsync(context, "这个看板设置了访问口令。请使用管理员发给您的完整链接（链接末尾带有 ?token=…）打开。").ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private bool Matches(string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _token);

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private static Task DenyAsync(HttpContext context, string message)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Layout.Bare("需要访问口令", message), context.RequestAborted);
    }
}
