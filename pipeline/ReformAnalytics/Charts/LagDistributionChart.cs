using System.Globalization;
using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>How lag (planned − actual, percentage points) is spread over the open tasks, in 10-point bins.</summary>
public static class LagDistributionChart
{
    public const string Name = "lag-distribution";

    /// <summary>Width of a bin in percentage points.</summary>
    public const double BinWidth = 10;

    /// <summary>How near a bar's centre, in points, a reference line crosses a centred count (three digits at most).</summary>
    private const double NearCentre = BinWidth * 0.3;

    /// <summary>Counts per bin: bin i covers [start + i·10, start + (i+1)·10).</summary>
    public static (double Start, int[] Counts) Bin(IReadOnlyList<double> lags)
    {
        ArgumentNullException.ThrowIfNull(lags);
        var values = lags.Where(double.IsFinite).ToList();
        if (values.Count == 0)
        {
            return (0, []);
        }

        var start = Math.Floor(values.Min() / BinWidth) * BinWidth;
        var end = (Math.Floor(values.Max() / BinWidth) + 1) * BinWidth;
        var counts = new int[(int)Math.Round((end - start) / BinWidth)];
        foreach (var v in values)
        {
            counts[(int)Math.Floor((v - start) / BinWidth)]++;
        }

        return (start, counts);
    }

    public static Plot Build(IReadOnlyList<double> lags, string title, LagThresholds? thresholds = null, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(lags);
        theme ??= ChartTheme.Default;
        var plot = theme.CreatePlot(title, "滞后幅度（百分点，计划进度 − 实际进度）", "任务数（项）");
        ChartParts.CountTicks(plot.Axes.Left);
        var (start, counts) = Bin(lags);
        if (counts.Length == 0)
        {
            ChartParts.NoData(plot, theme);
            return plot;
        }

        double[] references = thresholds is { } r ? [0, r.AmberPp, r.RedPp] : [0];
        var bars = new List<Bar>();
        for (var i = 0; i < counts.Length; i++)
        {
            var centre = start + ((i + 0.5) * BinWidth);
            bars.Add(new Bar { Position = centre, Value = counts[i], Size = BinWidth * 0.92 });
            if (counts[i] > 0)
            {
                CountLabel(plot, theme, counts[i], centre, references);
            }
        }

        ChartParts.Bars(plot, bars, ChartPalette.Series(1), null);
        var top = counts.Max() * 1.18;
        ChartParts.VerticalReference(plot, theme, 0, top, "按计划", ChartPalette.Reference);
        if (thresholds is { } t)
        {
            ChartParts.VerticalReference(plot, theme, t.AmberPp, top, "黄灯起点", ChartPalette.LightAmber);
            ChartParts.VerticalReference(plot, theme, t.RedPp, top, "红灯起点", ChartPalette.LightRed);
        }

        var low = Math.Min(start, thresholds?.AmberPp ?? start) - (BinWidth / 2);
        var high = Math.Max(start + (counts.Length * BinWidth), (thresholds?.RedPp ?? 0) + BinWidth) + (BinWidth / 2);
        plot.Axes.SetLimits(Math.Min(low, -BinWidth), high, 0, top);
        return plot;
    }

    /// <summary>
    /// A bar's count above it, centred; where a reference line runs through the middle of the bar (the red line at
    /// 25 halves the bar of 20–30), beside the line on the bar's wider side, so the line does not cross the number.
    /// </summary>
    private static void CountLabel(Plot plot, ChartTheme theme, int count, double centre, IReadOnlyList<double> references)
    {
        var text = count.ToString(CultureInfo.InvariantCulture);
        var through = references.Where(x => Math.Abs(x - centre) < NearCentre).Cast<double?>().FirstOrDefault();
        if (through is not { } line)
        {
            ChartParts.Label(plot, theme, text, centre, count, Alignment.LowerCenter, offsetY: -3);
            return;
        }

        var left = line >= centre;
        ChartParts.Label(plot, theme, text, line, count, left ? Alignment.LowerRight : Alignment.LowerLeft, offsetX: left ? -4 : 4, offsetY: -3);
    }

    public static RenderedChart Render(IReadOnlyList<double> lags, string title = "未完成任务滞后幅度分布", LagThresholds? thresholds = null, ChartTheme? theme = null)
    {
        theme ??= ChartTheme.Default;
        using var plot = Build(lags, title, thresholds, theme);
        return theme.Render(plot, Name, title);
    }
}
