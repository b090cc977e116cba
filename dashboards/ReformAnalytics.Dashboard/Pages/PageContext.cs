using DuckDB.NET.Data;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>Everything a page handler needs for one request: the data copy, the filters, the options.</summary>
internal sealed class PageContext(HttpContext http, DataGeneration data, MirrorStatus status, DashboardOptions options, TimeProvider time)
{
    public HttpContext Http { get; } = http;

    public DataGeneration Data { get; } = data;

    public MirrorStatus Status { get; } = status;

    public DashboardOptions Options { get; } = options;

    public TimeProvider Time { get; } = time;

    public PageFilter Filter { get; } = PageFilter.From(http.Request.Query);

    public CancellationToken Aborted => Http.RequestAborted;

    public DatabaseCatalog Catalog => Data.Catalog;

    /// <summary>The month the page shows: the one asked for, else the latest month in the data.</summary>
    public ReportMonth? Month => Filter.Month ?? Data.Facts.LatestMonth;

    public string? Query(string key) => Http.Request.Query.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString() : null;

    /// <summary>A new sandboxed connection to the served copy (dispose it).</summary>
    public Task<DuckDBConnection> ConnectAsync() => Data.OpenConnectionAsync(Aborted);

    public IResult Page(string title, string activeNav, string body, bool cache = true)
    {
        if (Query("month") is { } asked && Filter.Month is null)
        {
            // month=abc or 2024-13: said, not silently replaced by the latest month.
            body = Notice.Warning($"月份“{asked}”无法识别（应写成 2024-06 这样的年-月），以下是最近月份{(Data.Facts.LatestMonth is { } latest ? "（" + Format.Month(latest) + "）" : string.Empty)}的数据。") + body;
        }

        if (cache)
        {
            Data.Pages.Add(CacheKey(Http), new CachedPage(title, activeNav, body));
        }

        return Results.Content(Layout.Page(title, activeNav, body, Data, Status), "text/html; charset=utf-8");
    }

    public IResult NotFound(string title, string message, string activeNav) =>
        Results.Content(Layout.Page(title, activeNav, Notice.Info(message), Data, Status), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

    public static string CacheKey(HttpContext http) => http.Request.Path.Value + http.Request.QueryString.Value;
}
