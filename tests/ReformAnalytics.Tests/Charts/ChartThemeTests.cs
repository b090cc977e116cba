using ReformAnalytics.Charts;

namespace ReformAnalytics.Tests.Charts;

public sealed class ChartThemeTests
{
    public static TheoryData<string> NeutralCharts => ["group", "trend", "ranking", "lag", "ledgers", "change", "heatmap"];

    private static RenderedChart RenderNeutral(string which) => which switch
    {
        "group" => GroupCompletionChart.Render(ChartSamples.Groups),
        "trend" => MonthlyTrendChart.Render(ChartSamples.Months),
        "ranking" => UnitRankingChart.Render(ChartSamples.Units),
        "lag" => LagDistributionChart.Render(ChartSamples.Lags),
        "ledgers" => LedgerComparisonChart.Render(ChartSamples.Ledgers),
        "change" => QuarterChangeChart.Render(ChartSamples.Changes, "2024年第一季度", "2024年第二季度"),
        "heatmap" => BehindHeatmapChart.Render(ChartSamples.Behind),
        _ => throw new ArgumentOutOfRangeException(nameof(which)),
    };

    private static bool HasLightColour(PngPixels png) =>
        new[] { ChartPalette.LightGreen, ChartPalette.LightAmber, ChartPalette.LightRed }.Any(c => png.Contains(c.R, c.G, c.B));

    [Theory]
    [MemberData(nameof(NeutralCharts))]
    public void ChartsThatAreNotAboutLights_UseNoTrafficLightColour(string which)
    {
        var png = new PngPixels(RenderNeutral(which).Png);

        Assert.False(HasLightColour(png));
    }

    [Fact]
    public void ProgressChart_ColoursTasksByTheirLight()
    {
        var png = new PngPixels(ProgressVsTimeChart.Render(ChartSamples.Tasks, ChartSamples.StatusDate).Png);

        Assert.True(png.Contains(ChartPalette.LightRed.R, ChartPalette.LightRed.G, ChartPalette.LightRed.B));
        Assert.True(png.Contains(ChartPalette.LightAmber.R, ChartPalette.LightAmber.G, ChartPalette.LightAmber.B));
        Assert.True(png.Contains(ChartPalette.LightGreen.R, ChartPalette.LightGreen.G, ChartPalette.LightGreen.B));
    }

    [Fact]
    public void Render_DefaultTheme_PngIsTwiceTheLayoutSize_AndSvgIsTheLayoutSize()
    {
        var chart = LedgerComparisonChart.Render(ChartSamples.Ledgers);
        var png = new PngPixels(chart.Png);

        // Layout 720 × 420 at PngScale 2 -> 1440 × 840 pixels.
        Assert.Equal((1440, 840), (png.Width, png.Height));
        Assert.Equal((1440, 840), (chart.PixelWidth, chart.PixelHeight));
        Assert.Contains("width=\"720\" height=\"420\"", chart.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_NamesChineseFallbackFaces_AndCarriesTheChineseTitle()
    {
        var chart = LedgerComparisonChart.Render(ChartSamples.Ledgers);

        Assert.Contains("三本台账任务推进对比", chart.Svg, StringComparison.Ordinal);
        Assert.Contains("'Microsoft YaHei'", chart.Svg, StringComparison.Ordinal);
        Assert.DoesNotContain("font-family=\"Noto", chart.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_FoldsKangxiRadicalsBackToTheIdeographsWritten()
    {
        // U+2F50 (⽐, Kangxi radical) is what Skia writes for 比; U+2F49 (⽉) for 月.
        Assert.Equal("对比 5月", ChartTheme.WithUnifiedIdeographs("对\u2F50 5\u2F49"));
        Assert.Equal("（%）", ChartTheme.WithUnifiedIdeographs("（%）"));
    }

    [Fact]
    public void Validate_TooSmall_FailsWithChineseMessage()
    {
        var theme = new ChartTheme { Width = 100, Height = 80 };

        var error = Assert.Throws<InvalidOperationException>(theme.Validate);
        Assert.Contains("图表尺寸过小", error.Message, StringComparison.Ordinal);
    }
}
