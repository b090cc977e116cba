using System.Globalization;
using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>The three ledgers side by side: tasks, completed, behind and overdue, as grouped bars.</summary>
public static class LedgerComparisonChart
{
    public const string Name = "ledger-comparison";

    private static readonly (string Legend, Func<LedgerTotals, int> Value)[] Series =
    [
        ("任务总数", l => l.Tasks),
        ("已完成", l => l.Completed),
        ("滞后", l => l.Behind),
        ("逾期", l => l.Overdue),
    ];

    public static Plot Build(IReadOnlyList<LedgerTotals> ledgers, string title, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(ledgers);
        theme ??= ChartTheme.Default;
        var plot = theme.CreatePlot(title, null, "任务数（项）");
        ChartParts.CountTicks(plot.Axes.Left);
        if (ledgers.Count == 0)
        {
            ChartParts.NoData(plot, theme);
            return plot;
        }

        const double width = 0.8;
        var barSize = width / Series.Length;
        var maxValue = 1;
        for (var s = 0; s < Series.Length; s++)
        {
            var bars = new List<Bar>();
            for (var l = 0; l < ledgers.Count; l++)
            {
                var value = Series[s].Value(ledgers[l]);
                maxValue = Math.Max(maxValue, value);
                var x = l - (width / 2) + ((s + 0.5) * barSize);
                bars.Add(new Bar { Position = x, Value = value, Size = barSize * 0.9 });
                ChartParts.Label(plot, theme, value.ToString(CultureInfo.InvariantCulture), x, value, Alignment.LowerCenter, offsetY: -3);
            }

            ChartParts.Bars(plot, bars, ChartPalette.Series(s), Series[s].Legend);
        }

        ChartParts.CategoryTicks(plot, plot.Axes.Bottom, ledgers.Select(l => l.Ledger).ToList());
        plot.Axes.SetLimits(-0.6, ledgers.Count - 0.4, 0, maxValue * 1.15);
        theme.ShowLegendBelow(plot);
        return plot;
    }

    public static RenderedChart Render(IReadOnlyList<LedgerTotals> ledgers, string title = "三本台账任务推进对比", ChartTheme? theme = null)
    {
        theme ??= ChartTheme.Default;
        using var plot = Build(ledgers, title, theme);
        return theme.Render(plot, Name, title);
    }
}
