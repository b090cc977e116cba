using ReformAnalytics.Charts;
using ScottPlot;
using SkiaSharp;

namespace ReformAnalytics.Tests.Charts;

/// <summary>Figure 3's counts are read above their bars, never through a threshold line.</summary>
public sealed class LagDistributionChartTests
{
    private static PngPixels Png(Plot plot, ChartTheme theme)
    {
        plot.ScaleFactor = theme.PngScale;
        return new PngPixels(plot.GetImageBytes((int)(theme.Width * theme.PngScale), (int)(theme.Height * theme.PngScale), ImageFormat.Png));
    }

    [Fact]
    public void Count_OfTheBarTheRedLineHalves_StandsBesideTheLine()
    {
        // Lags 22, 24, 27 and 31: bars 20–30 (3) and 30–40 (1). The red line at 25 runs through the middle of the first
        // bar, where its count is centred (2024Q2's 14 in the sample county was crossed so); the amber line at 10
        // and the 按计划 line at 0 stand at bar edges, clear of the counts.
        var theme = ChartTheme.Default;
        using var plot = LagDistributionChart.Build([22, 24, 27, 31], "t", new LagThresholds(10, 25), theme);
        var count = plot.GetPlottables<ScottPlot.Plottables.Text>().Single(t => t.LabelText == "3");
        var shown = Png(plot, theme);
        count.IsVisible = false;
        var behind = Png(plot, theme);
        count.IsVisible = true;
        var ink = PngPixels.DifferenceBounds(shown, behind);

        // No red of the line (#C62828) in the count's box, one pixel wider all round, with the count hidden.
        static bool IsRed(SKColor p) => p.Red > 150 && p.Green < 110 && p.Blue < 110;
        Assert.False(ink.IsEmpty);
        Assert.Equal(0, behind.Count(SKRectI.Inflate(ink, 1, 1), IsRed));
        Assert.True(behind.Count(IsRed) > 0, "the red line is drawn");
    }
}
