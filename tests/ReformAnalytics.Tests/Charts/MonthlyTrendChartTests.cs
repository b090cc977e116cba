using ReformAnalytics.Charts;
using ReformAnalytics.Model;
using ScottPlot;
using SkiaSharp;

namespace ReformAnalytics.Tests.Charts;

/// <summary>
/// Figure 1's value labels are read in the report the county leader signs: each stands clear of every line and of
/// the other labels. Checked on the pixels of the PNG as the report embeds it, not on the placing code's own sums.
/// </summary>
public sealed class MonthlyTrendChartTests
{
    /// <summary>
    /// The sample county: the calendar line (day of year at each month end / 366) runs close under the work line,
    /// and through its labels at 4, 5, 8 and 9月 when they are put straight below the points.
    /// </summary>
    private static List<MonthlyProgress> SampleCounty()
    {
        double[] actual = [4.4, 10.6, 27.5, 40.4, 51.1, 63.2, 70.4, 75.7, 80, 84.7, 89, 91.1];
        double[] planned = [12.4, 24.3, 36.6, 47.2, 57.6, 66.7, 74.1, 81, 86.9, 91.5, 96.1, 100];
        double[] calendar = [8.5, 16.2, 24.7, 33.0, 41.4, 49.6, 58.0, 66.5, 74.8, 83.3, 91.6, 100];
        return [.. Enumerable.Range(0, 12).Select(i => new MonthlyProgress(new ReportMonth(2024, i + 1), actual[i], planned[i], calendar[i]))];
    }

    public static TheoryData<string> Trends => ["sample county", "first half, no calendar line"];

    private static IReadOnlyList<MonthlyProgress> Trend(string which) => which switch
    {
        "sample county" => SampleCounty(),
        "first half, no calendar line" => ChartSamples.Months,
        _ => throw new ArgumentOutOfRangeException(nameof(which)),
    };

    private static PngPixels Png(Plot plot, ChartTheme theme)
    {
        plot.ScaleFactor = theme.PngScale;
        return new PngPixels(plot.GetImageBytes((int)(theme.Width * theme.PngScale), (int)(theme.Height * theme.PngScale), ImageFormat.Png));
    }

    /// <summary>Where each text of the chart is inked in the PNG: the pixels that change when it alone is hidden.</summary>
    private static List<(string Text, SKRectI Ink)> InkOfEachText(Plot plot, ChartTheme theme)
    {
        var all = Png(plot, theme);
        var inks = new List<(string, SKRectI)>();
        foreach (var text in plot.GetPlottables<ScottPlot.Plottables.Text>().ToList())
        {
            text.IsVisible = false;
            inks.Add((text.LabelText, PngPixels.DifferenceBounds(all, Png(plot, theme))));
            text.IsVisible = true;
        }

        return inks;
    }

    [Theory]
    [MemberData(nameof(Trends))]
    public void ValueLabels_OnlyWhiteBehindThem_NoLineNoMarkerNoOtherText(string which)
    {
        var months = Trend(which);
        var theme = ChartTheme.Default;
        using var plot = MonthlyTrendChart.Build(months, "逐月完成进度与计划进度", theme);
        var values = months.Select(m => ChartText.Percent(m.ActualPct)).ToHashSet(StringComparer.Ordinal);
        var inks = InkOfEachText(plot, theme);
        var labels = inks.Where(i => values.Contains(i.Text)).ToList();

        // The chart without its value labels: nothing darker than a light grey (the grid, #E6E6E6, and the faint
        // anti-aliased fringe of a line) may lie behind a label's box, one pixel wider all round. A line, a marker or
        // a reference line running through the text is darker: the calendar line is slate, the references near black.
        var texts = plot.GetPlottables<ScottPlot.Plottables.Text>().Where(t => values.Contains(t.LabelText)).ToList();
        texts.ForEach(t => t.IsVisible = false);
        var behind = Png(plot, theme);
        texts.ForEach(t => t.IsVisible = true);

        Assert.Equal(months.Count, labels.Count);
        var crossed = labels
            .Select(l => (l.Text, NotWhite: behind.Count(SKRectI.Inflate(l.Ink, 1, 1), p => Math.Min(p.Red, Math.Min(p.Green, p.Blue)) < 200)))
            .Where(l => l.NotWhite > 0)
            .Select(l => $"{l.Text}: {l.NotWhite} px")
            .ToList();
        Assert.True(crossed.Count == 0, "lines behind value labels: " + string.Join("; ", crossed));

        // And no two texts (the value labels, 双过半, 过半50%) come within a pixel of each other.
        var touching = from a in inks
                       from b in labels
                       where a.Text != b.Text && SKRectI.Inflate(a.Ink, 1, 1).IntersectsWith(b.Ink)
                       select $"{a.Text} / {b.Text}";
        Assert.Empty(touching);
    }

    [Theory]
    [MemberData(nameof(Trends))]
    public void ValueLabels_TheGridRunsOnBehindThem(string which)
    {
        // A label placed straight below its point is crossed by its month's vertical grid line: in the sample county
        // 8 of the 12 (all but 27.5%, 40.4%, 63.2% and 80%, set beside their points). Whatever grid a label's box
        // covers must still be seen between its glyphs: no pixel that is grid in the chart drawn with the grid alone
        // may turn white in the chart as the report shows it (a white ground over the grid, the defect; glyphs are
        // blue, not white).
        var months = Trend(which);
        var theme = ChartTheme.Default;
        using var plot = MonthlyTrendChart.Build(months, "逐月完成进度与计划进度", theme);
        var values = months.Select(m => ChartText.Percent(m.ActualPct)).ToHashSet(StringComparer.Ordinal);
        var labels = InkOfEachText(plot, theme).Where(i => values.Contains(i.Text)).ToList();
        var shown = Png(plot, theme);
        var plottables = plot.GetPlottables().ToList();
        plottables.ForEach(p => p.IsVisible = false);
        var gridAlone = Png(plot, theme);
        plottables.ForEach(p => p.IsVisible = true);

        static bool IsGrid(SKColor p) => Math.Min(p.Red, Math.Min(p.Green, p.Blue)) < 245;
        static bool IsWhite(SKColor p) => p.Red >= 250 && p.Green >= 250 && p.Blue >= 250;
        Assert.Equal(months.Count, labels.Count);
        Assert.True(labels.Count(l => gridAlone.Count(l.Ink, IsGrid) > 0) * 2 >= labels.Count, "fewer than half the labels have grid behind them to check");
        var hidden = labels
            .Select(l => (l.Text, Hidden: PngPixels.CountBoth(gridAlone, shown, l.Ink, IsGrid, IsWhite)))
            .Where(l => l.Hidden > 0)
            .Select(l => $"{l.Text}: {l.Hidden} px of grid whitened")
            .ToList();
        Assert.True(hidden.Count == 0, string.Join("; ", hidden));
    }

    [Fact]
    public void ValueLabels_SampleCounty_EachNearItsOwnPoint()
    {
        // A label is read as its point's: its box no further than 20 layout pixels (40 in the PNG) from the point.
        var months = SampleCounty();
        var theme = ChartTheme.Default;
        using var plot = MonthlyTrendChart.Build(months, "t", theme);
        var inks = InkOfEachText(plot, theme).ToDictionary(i => i.Text, i => i.Ink, StringComparer.Ordinal);

        foreach (var m in months)
        {
            var point = plot.GetPixel(new Coordinates(m.Month.Month, m.ActualPct));
            var ink = inks[ChartText.Percent(m.ActualPct)];
            var dx = Math.Max(0, Math.Max(ink.Left - point.X, point.X - ink.Right));
            var dy = Math.Max(0, Math.Max(ink.Top - point.Y, point.Y - ink.Bottom));
            Assert.True(Math.Sqrt((dx * dx) + (dy * dy)) <= 40, $"{m.Month.Month}月 label {ink} is far from its point {point}");
        }
    }

    [Fact]
    public void Svg_CarriesEveryValueLabel()
    {
        var months = SampleCounty();

        var svg = MonthlyTrendChart.Render(months).Svg!;

        Assert.All(months, m => Assert.Contains(ChartText.Percent(m.ActualPct), svg, StringComparison.Ordinal));
    }
}
