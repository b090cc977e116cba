using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>Pieces several charts share: category ticks, labels in the data area, the empty-data notice.</summary>
internal static class ChartParts
{
    /// <summary>Puts one labelled tick per category at positions 0, 1, 2, … (no minor ticks, no grid noise).</summary>
    public static void CategoryTicks(Plot plot, IAxis axis, IReadOnlyList<string> labels)
    {
        var positions = Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray();
        axis.SetTicks(positions, labels.ToArray());
        axis.MajorTickStyle.Length = 0;
        if (axis is IXAxis)
        {
            plot.Grid.XAxisStyle.IsVisible = false;
        }
        else
        {
            plot.Grid.YAxisStyle.IsVisible = false;
        }
    }

    /// <summary>An axis that counts tasks: whole numbers only.</summary>
    public static void CountTicks(IAxis axis)
    {
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
    }

    /// <summary>Adds bars in one flat colour, without the default black outline.</summary>
    public static ScottPlot.Plottables.BarPlot Bars(Plot plot, List<Bar> bars, Color color, string? legend, bool horizontal = false)
    {
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = horizontal;
        plottable.Color = color;
        foreach (var bar in plottable.Bars)
        {
            bar.LineWidth = 0;
        }

        if (legend is not null)
        {
            plottable.LegendText = legend;
        }

        return plottable;
    }

    /// <summary>Adds a text label at a data coordinate.</summary>
    public static ScottPlot.Plottables.Text Label(Plot plot, ChartTheme theme, string text, double x, double y, Alignment alignment, Color? color = null, float? size = null, float offsetX = 0, float offsetY = 0)
    {
        var label = plot.Add.Text(text, x, y);
        theme.StyleLabel(label.LabelStyle, size, color, offsetX, offsetY);
        label.LabelStyle.Alignment = alignment;
        return label;
    }

    /// <summary>Marks a chart that has nothing to show, so an empty chart is never mistaken for a zero.</summary>
    public static void NoData(Plot plot, ChartTheme theme)
    {
        Label(plot, theme, "暂无数据", 0.5, 0.5, Alignment.MiddleCenter, ChartPalette.Axis, theme.AxisLabelSize);
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.Axes.Bottom.SetTicks([], []);
        plot.Axes.Left.SetTicks([], []);
    }

    /// <summary>A dashed reference line across the plot (a threshold or a mark such as 双过半), without a label.</summary>
    public static void StyleReference(ScottPlot.Plottables.AxisLine line, Color color)
    {
        line.LineColor = color;
        line.LineWidth = 1.5f;
        line.LinePattern = LinePattern.Dashed;
        line.Text = string.Empty;
        line.ExcludeFromLegend = true;
    }

    /// <summary>A vertical reference line at x with its label at the top of the data area.</summary>
    public static void VerticalReference(Plot plot, ChartTheme theme, double x, double top, string text, Color color)
    {
        StyleReference(plot.Add.VerticalLine(x), color);
        Label(plot, theme, text, x, top, Alignment.UpperLeft, color, offsetX: 4, offsetY: 2);
    }

    /// <summary>A horizontal reference line at y with its label at the right end.</summary>
    public static void HorizontalReference(Plot plot, ChartTheme theme, double y, double right, string text, Color color)
    {
        StyleReference(plot.Add.HorizontalLine(y), color);
        Label(plot, theme, text, right, y, Alignment.LowerRight, color, offsetX: -4, offsetY: -2);
    }
}
