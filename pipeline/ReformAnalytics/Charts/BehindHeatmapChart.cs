using System.Globalization;
using ReformAnalytics.Model;
using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>Units × months: how many of each unit's tasks were behind in each month (darker = more).</summary>
public static class BehindHeatmapChart
{
    public const string Name = "behind-heatmap";

    public static Plot Build(IReadOnlyList<UnitMonthCount> cells, string title, int maxUnits = 15, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxUnits, 1);
        theme ??= ChartTheme.Default;
        var plot = theme.CreatePlot(title, "月份", null);
        if (cells.Count == 0)
        {
            ChartParts.NoData(plot, theme);
            return plot;
        }

        // The units with most behind-months first; the rest are left out of the picture (the tables list them).
        var units = cells.GroupBy(c => c.Unit, StringComparer.Ordinal)
            .Select(g => (Unit: g.Key, Total: g.Sum(c => c.Count)))
            .OrderByDescending(u => u.Total).ThenBy(u => u.Unit, StringComparer.Ordinal)
            .Take(maxUnits).Select(u => u.Unit).ToList();
        var months = cells.Select(c => c.Month).Distinct().Order().ToList();
        var max = Math.Max(1, cells.Max(c => c.Count));
        for (var u = 0; u < units.Count; u++)
        {
            var y = units.Count - 1 - u;
            for (var m = 0; m < months.Count; m++)
            {
                var count = cells.Where(c => c.Unit == units[u] && c.Month == months[m]).Sum(c => c.Count);
                var fraction = (double)count / max;
                var rect = plot.Add.Rectangle(m - 0.5, m + 0.5, y - 0.5, y + 0.5);
                rect.FillColor = ChartPalette.Scale(fraction);
                rect.LineColor = Colors.White;
                rect.LineWidth = 1;
                if (count > 0)
                {
                    ChartParts.Label(plot, theme, count.ToString(CultureInfo.InvariantCulture), m, y, Alignment.MiddleCenter, fraction > 0.5 ? Colors.White : ChartPalette.Text);
                }
            }
        }

        ChartParts.CategoryTicks(plot, plot.Axes.Bottom, months.Select(Label).ToList());
        ChartParts.CategoryTicks(plot, plot.Axes.Left, units.AsEnumerable().Reverse().Select(u => ChartText.Shorten(u, 10)).ToList());
        plot.Grid.IsVisible = false;
        plot.Axes.SetLimits(-0.5, months.Count - 0.5, -0.5, units.Count - 0.5);
        return plot;
    }

    private static string Label(ReportMonth month) => month.Month == 1
        ? string.Create(CultureInfo.InvariantCulture, $"{month.Year}年1月")
        : string.Create(CultureInfo.InvariantCulture, $"{month.Month}月");

    public static RenderedChart Render(IReadOnlyList<UnitMonthCount> cells, string title = "各单位逐月滞后任务数", int maxUnits = 15, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        theme ??= ChartTheme.Default;
        using var plot = Build(cells, title, maxUnits, theme);
        return theme.Render(plot, Name, title) with { Note = Note(cells, maxUnits) };
    }

    /// <summary>
    /// Which units the picture shows when it cannot show them all (滞后任务最多的15个单位，共25个); and that a blank
    /// cell is no task behind, also in a month without a return. Null when every unit is drawn.
    /// </summary>
    internal static string? Note(IReadOnlyList<UnitMonthCount> cells, int maxUnits)
    {
        var units = cells.Select(c => c.Unit).Distinct(StringComparer.Ordinal).Count();
        return units <= maxUnits
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"按全年滞后任务数列出最多的{maxUnits}个单位，共{units}个单位；空白表示当月无滞后任务，当月未报送的也为空白，漏报情况见报送纪律表");
    }
}
