using System.Globalization;
using System.Text;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>
/// The charts stage's quarterly analysis charts for the quarter of the month shown, as pictures served by
/// the dashboard (<c>/charts/2024-06/NAME.png</c>), each downloadable as PNG and SVG for the report.
/// </summary>
internal static class ChartsPanel
{
    /// <summary>How long a page waits for charts still being drawn before it says so and comes back later.</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(1.5);

    /// <summary>The charts' HTML, and whether it is final (false while they are still being drawn: do not cache the page).</summary>
    public static async Task<(string Html, bool Final)> RenderAsync(PageContext ctx, ReportMonth month)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var drawing = ctx.Data.Charts.GetAsync(ctx.Data, month);
        if (await Task.WhenAny(drawing, Task.Delay(Wait, ctx.Time, ctx.Aborted)).ConfigureAwait(false) != drawing)
        {
            return (Notice.Info("图表正在绘制（数据量大时需要十几秒），请稍后刷新本页。"), false);
        }

        var result = await drawing.ConfigureAwait(false);
        if (result.Problem is { } problem)
        {
            return (Notice.Warning(problem), true);
        }

        if (result.Charts.Count == 0)
        {
            return (Notice.NotYet("季度分析图表", "统计指标生成后，这里显示季度分析报告用的图表（可直接复制到报告中）。"), true);
        }

        var sb = new StringBuilder("<div class=\"chart-grid\">");
        foreach (var chart in result.Charts)
        {
            var url = $"/charts/{month}/{Uri.EscapeDataString(chart.Name)}";
            sb.Append(CultureInfo.InvariantCulture, $"<figure class=\"panel\"><img class=\"chart-img\" src=\"{url}.png?v={ctx.Data.Number}\" alt=\"{HtmlText.Encode(chart.Title)}\" width=\"{chart.PixelWidth}\" height=\"{chart.PixelHeight}\">");
            var note = chart.Note is null ? string.Empty : $"（{HtmlText.Encode(chart.Note)}）";
            sb.Append(CultureInfo.InvariantCulture, $"<figcaption>{HtmlText.Encode(chart.Title)}{note} <small>（<a href=\"{url}.png?download=1\" download>PNG</a>");
            if (chart.Svg is not null)
            {
                sb.Append(CultureInfo.InvariantCulture, $" · <a href=\"{url}.svg?download=1\" download>SVG</a>");
            }

            sb.Append("）</small></figcaption></figure>");
        }

        sb.Append("</div>");
        sb.Append(BehindTable.Render(result.UnitBehind, ctx.Filter.Query(false)));
        return (sb.ToString(), true);
    }

    /// <summary>Serves one chart picture: <c>/charts/{month}/{file}</c>, file = NAME.png or NAME.svg.</summary>
    public static async Task<IResult> ServeAsync(PageContext ctx)
    {
        var file = ctx.Http.GetRouteValue("file") as string ?? string.Empty;
        if (Format.ParseMonth(ctx.Http.GetRouteValue("month") as string) is not { } month)
        {
            return Results.NotFound();
        }

        var result = await ctx.Data.Charts.GetAsync(ctx.Data, month).ConfigureAwait(false);
        var name = Path.GetFileNameWithoutExtension(file);
        var chart = result.Charts.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
        if (chart is null)
        {
            return Results.NotFound();
        }

        var download = ctx.Query("download") is not null ? $"{chart.Title}_{month}{Path.GetExtension(file)}" : null;
        ctx.Http.Response.Headers.CacheControl = "private, max-age=3600";
        return Path.GetExtension(file) switch
        {
            ".png" => Results.File(chart.Png, "image/png", download),
            ".svg" when chart.Svg is not null => Results.File(Encoding.UTF8.GetBytes(chart.Svg), "image/svg+xml", download),
            _ => Results.NotFound(),
        };
    }
}
