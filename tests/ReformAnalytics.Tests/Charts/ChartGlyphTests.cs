using ReformAnalytics.Charts;

namespace ReformAnalytics.Tests.Charts;

/// <summary>
/// Chinese labels are drawn as real glyphs. A missing glyph is drawn as the same box (or nothing) whatever the
/// character, so two charts that differ only in equally long Chinese labels come out identical when glyphs are
/// missing and different when they are drawn.
/// </summary>
public sealed class ChartGlyphTests
{
    private static readonly ChartTheme Small = new() { Width = 360, Height = 220, PngScale = 1 };

    private static byte[] GroupChart(string group, ChartTheme theme) =>
        GroupCompletionChart.Render([new GroupStatusCount(group, "completed", 3)], "改革", theme).Png;

    [Fact]
    public void ChineseLabels_WithChartFont_DrawDistinctGlyphs()
    {
        var economy = new PngPixels(GroupChart("经济组", Small));
        var politics = new PngPixels(GroupChart("政法组", Small));

        Assert.True(PngPixels.Difference(economy, politics) > 20, "两组中文标签渲染结果相同：汉字可能显示为方框");
    }

    [Fact]
    public void SameLabels_RenderIdentically_SoADifferenceComesFromTheGlyphs()
    {
        var first = new PngPixels(GroupChart("经济组", Small));
        var second = new PngPixels(GroupChart("经济组", Small));

        Assert.Equal(0, PngPixels.Difference(first, second));
    }

    [Fact]
    public void ChineseLabels_WithFontLackingCjk_RenderIdentically_ShowingTheCheckCanFail()
    {
        // Control: a family nobody registered falls back to a face without CJK glyphs.
        var noCjk = new ChartTheme { Width = 360, Height = 220, PngScale = 1, FontFamily = "No Such Font For Test" };

        var economy = new PngPixels(GroupChart("经济组", noCjk));
        var politics = new PngPixels(GroupChart("政法组", noCjk));

        Assert.Equal(0, PngPixels.Difference(economy, politics));
    }

    [Fact]
    public void ChineseTitle_HasInkInTheTitleBand()
    {
        var blank = new PngPixels(GroupCompletionChart.Render([], " ", Small).Png);
        var titled = new PngPixels(GroupCompletionChart.Render([], "各专项小组任务推进状态", Small).Png);

        Assert.True(PngPixels.Difference(blank, titled) > 100);
    }
}
