using System.Net;
using System.Text.RegularExpressions;
using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>The overview shows the charts stage's quarterly charts, served by the dashboard itself, downloadable as PNG and SVG.</summary>
public sealed partial class ChartTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task Overview_ShowsTheQuartersCharts_AsPicturesFromTheDashboard()
    {
        using var client = fixture.Factory.CreateClient();

        var html = await OverviewWithChartsAsync(client);
        var pictures = ChartPicture().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("2024年第2季度分析图表（截至6月）", html, StringComparison.Ordinal);
        Assert.True(pictures.Count >= 5, $"{pictures.Count} charts");
        foreach (var url in pictures)
        {
            using var response = await client.GetAsync(WebUtility.HtmlDecode(url));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
    }

    [Fact]
    public async Task Chart_DownloadAsSvg_IsAnAttachment()
    {
        using var client = fixture.Factory.CreateClient();
        var html = await OverviewWithChartsAsync(client);
        var svg = SvgLink().Match(html).Groups[1].Value;

        using var response = await client.GetAsync(WebUtility.HtmlDecode(svg));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("<svg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_UnknownName_NotFound()
    {
        using var client = fixture.Factory.CreateClient();

        using var response = await client.GetAsync("/charts/2024-06/no-such-chart.png");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Overview_MonthNotDrawnYet_EndsWithItsCharts()
    {
        using var client = fixture.Factory.CreateClient();

        // A month nobody asked for: its charts are drawn now. While drawing, the page says so and is not kept
        // in the page cache (were it kept, every later visit would still say so and this would time out).
        var html = await OverviewWithChartsAsync(client, "/?month=2024-04");

        Assert.Matches(ChartPicture(), html);
        Assert.Contains("2024年第2季度分析图表（截至4月）", html, StringComparison.Ordinal);
    }

    /// <summary>The overview once its charts are drawn (they are drawn in the background; the page says so meanwhile).</summary>
    private static async Task<string> OverviewWithChartsAsync(HttpClient client, string path = "/?month=2024-06")
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var html = await client.GetStringAsync(path);
            if (!html.Contains("图表正在绘制", StringComparison.Ordinal))
            {
                return html;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("charts were not drawn within a minute");
    }

    [GeneratedRegex("<img class=\"chart-img\" src=\"([^\"]+)\"")]
    private static partial Regex ChartPicture();

    [GeneratedRegex("href=\"([^\"]+\\.svg\\?download=1)\"")]
    private static partial Regex SvgLink();
}
