using System.Globalization;
using System.Text.RegularExpressions;
using ReformAnalytics.Dashboard.Html;

namespace ReformAnalytics.Dashboard.Tests.Html;

public sealed partial class SvgChartTests
{
    private static readonly string[] YearOfMonths = [.. Enumerable.Range(1, 12).Select(m => string.Create(CultureInfo.InvariantCulture, $"2024年{m}月"))];

    [Fact]
    public void Twelve_long_month_labels_are_thinned_until_none_touches_the_next()
    {
        // 2024年10月 is 6 digits × 6.5 + 2 characters × 11 = 61 units; the points stand 660 / 11 = 60 apart. The first
        // label starts at its point and the second is centred on its own, so 2024年1月 (54.5) runs 54.5 − (60 − 27.25) = 21.75
        // into 2024年2月: before, all twelve were drawn on top of each other. Every second month: 120 apart, clear.
        var svg = SvgChart.Lines("计划进度", YearOfMonths, [new ChartSeries("实际进度", "actual", [.. Enumerable.Repeat<double?>(50, 12)])]);

        Assert.Equal(["2024年1月", "2024年3月", "2024年5月", "2024年7月", "2024年9月", "2024年11月"], Labels(svg));
    }

    [Fact]
    public void Short_month_labels_all_fit()
    {
        // 12月 is 2 × 6.5 + 11 = 24 units wide, 1月 17.5: far less than the 60 between points, so every month is labelled.
        string[] months = [.. Enumerable.Range(1, 12).Select(m => string.Create(CultureInfo.InvariantCulture, $"{m}月"))];

        var svg = SvgChart.Lines("2024年计划进度", months, [new ChartSeries("实际进度", "actual", [.. Enumerable.Repeat<double?>(50, 12)])]);

        Assert.Equal(months, Labels(svg));
    }

    [Fact]
    public void Label_step_measures_Chinese_characters_wider_than_digits()
    {
        Assert.Equal(6.5 * 6 + (11 * 2), SvgChart.TextWidth("2024年10月"));
        // 17.5 wide, 30 apart: 1月 ends at 17.5, 2月 (centred on 30) starts at 21.25, 3.75 after it, closer than the gap of 8;
        // every second: 3月, the last, ends at its point 60 and starts at 42.5, 25 after 1月's end: clear.
        Assert.Equal(2, SvgChart.LabelStep(["1月", "2月", "3月"], i => i * 30.0));
        Assert.Equal(1, SvgChart.LabelStep(["1月", "2月", "3月"], i => i * 40.0)); // 2月 from 31.25, 13.75 after 17.5
    }

    private static string[] Labels(string svg) => [.. AxisLabel().Matches(svg).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<text x=\"[0-9.]+\" y=\"246\" text-anchor=\"[a-z]+\">([^<]*)</text>")]
    private static partial Regex AxisLabel();
}
