using System.Text.RegularExpressions;
using ReformAnalytics.Charts;
using ReformAnalytics.Dashboard.Pages;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// The heat map 各单位逐月滞后任务数 draws at most 15 units; the others could not be seen anywhere on the overview. Under the
/// charts a folded table now lists every unit month by month, saying how many units the picture leaves out.
/// </summary>
public sealed partial class BehindTableTests
{
    /// <summary>
    /// 17 units over January and February 2024: 单位01 … 单位17 with 17 … 1 tasks behind in January (单位01 most), none in
    /// February, except 单位16, which sent nothing in February, and 单位17, whose February return left 2 tasks out (1 behind).
    /// </summary>
    private static List<UnitMonthCount> Cells()
    {
        var jan = new ReportMonth(2024, 1);
        var feb = new ReportMonth(2024, 2);
        var cells = new List<UnitMonthCount>();
        for (var i = 1; i <= 17; i++)
        {
            var unit = $"单位{i:00}";
            cells.Add(new(unit, jan, 18 - i));
            cells.Add(i switch
            {
                16 => new(unit, feb, 0, 3, true),
                17 => new(unit, feb, 1, 2),
                _ => new(unit, feb, 0),
            });
        }

        return cells;
    }

    [Fact]
    public void Render_SeventeenUnits_SaysTwoAreLeftOut_AndListsEveryUnitInThePicturesOrder()
    {
        var html = BehindTable.Render(Cells(), "?month=2024-02");

        Assert.Contains("图中只画出滞后任务与漏报合计最多的15个单位，另有2个单位未画出。展开查看全部17个单位", html, StringComparison.Ordinal);
        // Totals (tasks behind + returns missed): 单位01 17 … 单位13 5, 单位14 4, 单位15 3, 单位16 2 + 3 = 5, 单位17 1 + 1 + 2 = 4.
        // Most first, then by name: 01 … 13, 16, 14, 17, 15; the picture draws the first 15 (to 单位14), the table all 17.
        var units = UnitLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([.. Enumerable.Range(1, 13).Select(i => $"单位{i:00}"), "单位16", "单位14", "单位17", "单位15"], units);
        Assert.Matches("单位16</a></td><td[^>]*>2</td><td[^>]*>未报</td>", html);
        Assert.Matches("单位17</a></td><td[^>]*>1</td><td[^>]*>1（漏报2项）</td>", html);
        Assert.Matches("<th[^>]*>2024年1月</th><th[^>]*>2月</th>", html);
    }

    [Fact]
    public void Render_FifteenUnitsOrFewer_AddsNothing()
    {
        Assert.Empty(BehindTable.Render([.. Cells().Where(c => string.CompareOrdinal(c.Unit, "单位15") <= 0)], string.Empty));
        Assert.Empty(BehindTable.Render([], string.Empty));
    }

    [Fact]
    public void DrawnUnits_IsWhatTheHeatMapDraws()
    {
        // The chart's own note names how many units it drew, 15 of the 17 here.
        var chart = BehindHeatmapChart.Render(Cells());

        Assert.Contains($"列出最多的{BehindTable.DrawnUnits}个单位，共17个单位", chart.Note, StringComparison.Ordinal);
    }

    [GeneratedRegex("<a href=\"/units/[^\"]+\">([^<]+)</a>")]
    private static partial Regex UnitLink();
}
