using ReformAnalytics.Charts;

namespace ReformAnalytics.Tests.Charts;

/// <summary>
/// The SVG's text is the text the chart was given: no radical stand-ins for the ideographs, so a unit name in an
/// SVG (or a document it was pasted into) can be searched for and copied.
/// </summary>
public sealed class ChartSvgTextTests
{
    private static bool IsRadicalOrCompatibility(char c) => c is >= '\u2E80' and <= '\u2FDF' or >= '\uF900' and <= '\uFAFF';

    [Fact]
    public void WithUnifiedIdeographs_RadicalsSupplementStandIns_BecomeMinAndHuang()
    {
        // U+2EA0 ⺠ (CJK RADICAL CIVILIAN) and U+2EE9 ⻩ (CJK RADICAL SIMPLIFIED YELLOW) are what Skia wrote for
        // 民 and 黄; NFKC leaves both unchanged.
        Assert.Equal("县民政局 黄灯", ChartTheme.WithUnifiedIdeographs("县\u2EA0政局 \u2EE9灯"));
    }

    [Theory]
    [InlineData('\u2ED3', '长')]
    [InlineData('\u2ED4', '门')]
    [InlineData('\u2EE2', '马')]
    [InlineData('\u2ECB', '车')]
    [InlineData('\u2EC9', '贝')]
    [InlineData('\u2EC5', '见')]
    [InlineData('\u2F50', '比')]
    [InlineData('\u2F49', '月')]
    public void WithUnifiedIdeographs_RadicalSharingTheIdeographsGlyph_BecomesTheIdeograph(char radical, char ideograph)
    {
        Assert.Equal(ideograph.ToString(), ChartTheme.WithUnifiedIdeographs(radical.ToString()));
    }

    [Fact]
    public void WithUnifiedIdeographs_TextWithoutStandIns_IsUnchanged()
    {
        Assert.Equal("（%）县民政局", ChartTheme.WithUnifiedIdeographs("（%）县民政局"));
    }

    [Fact]
    public void Svg_TitleAndLabels_CarryMinAndHuangAsWritten()
    {
        // The title is drawn bold and the group label regular: both faces are folded.
        var chart = GroupCompletionChart.Render(
            [new GroupStatusCount("民主法制领域改革专项小组", "behind", 3)], "县民政局黄灯长门马车贝见");

        Assert.Contains("县民政局黄灯长门马车贝见", chart.Svg, StringComparison.Ordinal);
        Assert.Contains("民主法制", chart.Svg, StringComparison.Ordinal);
        Assert.DoesNotContain(chart.Svg!, IsRadicalOrCompatibility);
    }

    [Fact]
    public void Svg_LagChart_WritesTheAmberThresholdLabelWithHuang()
    {
        var chart = LagDistributionChart.Render(ChartSamples.Lags, thresholds: new LagThresholds(10, 20));

        Assert.Contains("黄灯", chart.Svg, StringComparison.Ordinal);
        Assert.DoesNotContain(chart.Svg!, IsRadicalOrCompatibility);
    }
}
