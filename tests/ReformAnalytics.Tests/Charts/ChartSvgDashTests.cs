using System.Text.RegularExpressions;
using ReformAnalytics.Charts;

namespace ReformAnalytics.Tests.Charts;

/// <summary>
/// A dashed or dotted line of the PNG is dashed in the SVG too (the office edits and prints the SVG): Skia's SVG
/// canvas writes no dash effect, so the charts write the pattern as <c>stroke-dasharray</c> themselves.
/// ScottPlot's patterns, in layout pixels: Dashed 10 on 10 off, Dotted 3 on 5 off.
/// </summary>
public sealed partial class ChartSvgDashTests
{
    [GeneratedRegex("<[^>]*\\bstroke=\"(#[0-9A-Fa-f]{6})\"[^>]*>")]
    private static partial Regex StrokedElement();

    /// <summary>Each stroke colour of the SVG with the dash arrays it is drawn with ("" for solid).</summary>
    private static ILookup<string, string> Strokes(string svg) =>
        StrokedElement().Matches(svg).ToLookup(
            m => m.Groups[1].Value.ToUpperInvariant(),
            m => Regex.Match(m.Value, "stroke-dasharray=\"([^\"]*)\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value);

    [Fact]
    public void Figure1_PlannedDashed_CalendarDotted_ReferencesDashed_WorkLineSolid()
    {
        var svg = MonthlyTrendChart.Render(ChartSamples.Months.Select(m => m with { CalendarPct = m.PlannedPct - 2 }).ToList()).Svg!;
        var strokes = Strokes(svg);

        // 时间进度 (#A6A6A6) dashed, its open circles solid; 全年时间已过 (#5F6B7A) dotted; 双过半 and 过半50%
        // (#3A3A3A) dashed; 工作进度 (#1F4E79) and its markers solid. Each line's legend swatch shares its pattern.
        Assert.Contains("10 10", strokes["#A6A6A6"]);
        Assert.Contains(string.Empty, strokes["#A6A6A6"]);
        Assert.Equal(["3 5"], strokes["#5F6B7A"].Distinct());
        Assert.Equal(["10 10"], strokes["#3A3A3A"].Distinct());
        Assert.Equal([string.Empty], strokes["#1F4E79"].Distinct());
        Assert.Empty(strokes["#0DA500"]);
        Assert.DoesNotContain("#0DA5", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Figure3_TheThreeThresholdLinesAreDashed()
    {
        var svg = LagDistributionChart.Render(ChartSamples.Lags, thresholds: new LagThresholds(10, 25)).Svg!;
        var strokes = Strokes(svg);

        // 按计划 at 0 (#3A3A3A), 黄灯起点 at 10 (#F2A900), 红灯起点 at 25 (#C62828).
        Assert.Equal(["10 10"], strokes["#3A3A3A"].Distinct());
        Assert.Equal(["10 10"], strokes["#F2A900"].Distinct());
        Assert.Equal(["10 10"], strokes["#C62828"].Distinct());
    }

    [Fact]
    public void Figure2_TheDiagonalIsDashed()
    {
        var svg = ProgressVsTimeChart.Render(ChartSamples.Tasks, ChartSamples.StatusDate, new TasksNotPlotted(0, 0)).Svg!;

        // 进度与时间同步 (#3A3A3A), in the plot and in the legend; the dots are filled, not stroked in that colour.
        Assert.Equal(["10 10"], Strokes(svg)["#3A3A3A"].Distinct());
    }

    [Fact]
    public void DashAttributes_PatternWithAPhase_WritesTheOffsetToo()
    {
        Assert.Equal("stroke-dasharray=\"6 6\"", SvgDashes.DashAttributes(ScottPlot.LinePattern.DenselyDashed));
        Assert.Equal("stroke-dasharray=\"4 2.5\" stroke-dashoffset=\"1.5\"", SvgDashes.DashAttributes(new ScottPlot.LinePattern([4, 2.5f], 1.5f, "custom")));
    }

    [Fact]
    public void StandInColours_AreNoHouseColour()
    {
        Assert.DoesNotContain(ChartPalette.Neutral.Append(ChartPalette.Text).Append(ChartPalette.Axis).Append(ChartPalette.Grid).Append(ChartPalette.Reference)
            .Append(ChartPalette.LightGreen).Append(ChartPalette.LightAmber).Append(ChartPalette.LightRed), c => c.R == SvgDashes.StandInRed && c.G == SvgDashes.StandInGreen);
    }
}
