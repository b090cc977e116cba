using System.Globalization;
using ReformAnalytics.Model;
using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>
/// Units × months: how many of each unit's tasks were behind in each month (darker = more). A unit-month with owed
/// returns not sent (return_progress, from return_expectations) is hatched: grey and labelled 未报 when the unit sent
/// nothing, else its count (漏报 for none) over the hatch, so a month without a return is never drawn as a real 0.
/// </summary>
public static class BehindHeatmapChart
{
    public const string Name = "behind-heatmap";

    /// <summary>The label of a unit-month in which the unit owed returns and sent none (return_progress.sent_nothing).</summary>
    public const string NotReturnedLabel = "未报";

    /// <summary>The label of a unit-month whose return left owed tasks out and has no task behind among those sent.</summary>
    public const string MissingLabel = "漏报";

    private static readonly Color NotReturnedFill = ChartPalette.Neutral[5];

    private static readonly Color MissingHatch = ChartPalette.Neutral[4];

    public static Plot Build(IReadOnlyList<UnitMonthCount> cells, string title, int maxUnits = 15, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxUnits, 1);
        theme ??= ChartTheme.Default;
        var plot = theme.CreatePlot(title, MonthAxisTitle(cells), null);
        if (cells.Count == 0)
        {
            ChartParts.NoData(plot, theme);
            return plot;
        }

        // The units with most tasks behind and returns missed over the months first (a unit that sent nothing all year
        // has none behind, and is what the picture must not leave out); the rest are left out (the tables list them).
        var units = cells.GroupBy(c => c.Unit, StringComparer.Ordinal)
            .Select(g => (Unit: g.Key, Total: g.Sum(c => c.Count + c.MissingReturns)))
            .OrderByDescending(u => u.Total).ThenBy(u => u.Unit, StringComparer.Ordinal)
            .Take(maxUnits).Select(u => u.Unit).ToList();
        var months = cells.Select(c => c.Month).Distinct().Order().ToList();
        var max = Math.Max(1, cells.Max(c => c.Count));
        for (var u = 0; u < units.Count; u++)
        {
            var y = units.Count - 1 - u;
            for (var m = 0; m < months.Count; m++)
            {
                var cell = cells.Where(c => c.Unit == units[u] && c.Month == months[m]).ToList();
                var count = cell.Sum(c => c.Count);
                var missing = cell.Sum(c => c.MissingReturns);
                var sentNothing = cell.Count > 0 && cell.All(c => c.SentNothing);
                var fraction = (double)count / max;
                var rect = plot.Add.Rectangle(m - 0.5, m + 0.5, y - 0.5, y + 0.5);
                rect.FillColor = sentNothing ? NotReturnedFill : ChartPalette.Scale(fraction);
                rect.LineColor = Colors.White;
                rect.LineWidth = 1;
                if (missing > 0)
                {
                    // Hatched: the unit owed returns it did not send, so the cell is not a real count of the month.
                    rect.FillHatch = new ScottPlot.Hatches.Striped();
                    rect.FillHatchColor = MissingHatch;
                }

                var label = sentNothing ? NotReturnedLabel
                    : count > 0 ? count.ToString(CultureInfo.InvariantCulture)
                    : missing > 0 ? MissingLabel
                    : null;
                if (label is not null)
                {
                    ChartParts.Label(plot, theme, label, m, y, Alignment.MiddleCenter, fraction > 0.5 && !sentNothing ? Colors.White : ChartPalette.Text);
                }
            }
        }

        ChartParts.CategoryTicks(plot, plot.Axes.Bottom, MonthLabels(months));
        ChartParts.CategoryTicks(plot, plot.Axes.Left, units.AsEnumerable().Reverse().Select(u => ChartText.Shorten(u, 10)).ToList());
        plot.Grid.IsVisible = false;
        plot.Axes.SetLimits(-0.5, months.Count - 0.5, -0.5, units.Count - 0.5);
        return plot;
    }

    /// <summary>
    /// The month axis's title: 月份, with the year when every month is in one (月份（2024年）), so each column is
    /// labelled by its month alone and no label is wider than its column (twelve columns share about 560 pixels).
    /// </summary>
    internal static string MonthAxisTitle(IReadOnlyList<UnitMonthCount> cells)
    {
        var years = cells.Select(c => c.Month.Year).Distinct().ToList();
        return years.Count == 1 ? string.Create(CultureInfo.InvariantCulture, $"月份（{years[0]}年）") : "月份";
    }

    /// <summary>
    /// Each column's label: its month (1月 … 12月). When the months run over more than one year, the first month and
    /// every January carry their year on a second line (1月 over 2025年), keeping the label as narrow as its month.
    /// </summary>
    internal static IReadOnlyList<string> MonthLabels(IReadOnlyList<ReportMonth> months)
    {
        var oneYear = months.Select(m => m.Year).Distinct().Count() <= 1;
        return months.Select((m, i) => oneYear || (i > 0 && m.Month != 1)
                ? string.Create(CultureInfo.InvariantCulture, $"{m.Month}月")
                : string.Create(CultureInfo.InvariantCulture, $"{m.Month}月\n{m.Year}年"))
            .ToList();
    }

    public static RenderedChart Render(IReadOnlyList<UnitMonthCount> cells, string title = "各单位逐月滞后任务数", int maxUnits = 15, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        theme ??= ChartTheme.Default;
        using var plot = Build(cells, title, maxUnits, theme);
        return theme.Render(plot, Name, title) with { Note = Note(cells, maxUnits) };
    }

    /// <summary>
    /// Which units the picture shows when it cannot show them all (滞后任务最多的15个单位，共25个); and, when a unit owed
    /// returns it did not send, what the hatched cells mean. Null when every unit is drawn and every owed return came.
    /// </summary>
    internal static string? Note(IReadOnlyList<UnitMonthCount> cells, int maxUnits)
    {
        var units = cells.Select(c => c.Unit).Distinct(StringComparer.Ordinal).Count();
        var parts = new List<string>();
        if (units > maxUnits)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"按全年滞后任务数与漏报数合计列出最多的{maxUnits}个单位，共{units}个单位；空白表示当月无滞后任务"));
        }

        if (cells.Any(c => c.MissingReturns > 0))
        {
            parts.Add($"斜线格为当月有应报未报的任务：标“{NotReturnedLabel}”的灰格为当月应报而未报送，其余斜线格为报送时漏报了部分任务（数字只计已报送的任务，标“{MissingLabel}”的其中无滞后任务），漏报明细见报送纪律表");
        }

        return parts.Count == 0 ? null : string.Join("；", parts);
    }
}
