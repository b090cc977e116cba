using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>
/// Puts a value label by each point of a line, where it can be read: the nearest place clear of every line, marker
/// and other text, and never across another line from its point. Where no such place is near (lines crowd the
/// point), the nearest place clear of the labelled line, the markers and other text, with as few of the thinner
/// lines as may be passing behind it. Only such a label stands on a white ground, the size of its glyphs plus the
/// clearance, drawn over the thinner lines and under the labelled line, so the line passing behind stops short of
/// it; the light grid is drawn again across the ground, so it runs on behind the text as it does behind every label
/// in a clear place (which has no ground at all).
/// The plot is laid out once at the theme's size to see where everything falls; the PNG (drawn at a larger scale)
/// and the SVG share that layout.
/// </summary>
internal static class ValueLabelPlacer
{
    /// <summary>Least distance, in layout pixels, between a label's glyphs and a line's edge or other text.</summary>
    private const float Clearance = 1.5f;

    /// <summary>How far beyond the marker's edge a label may go and still be read as the point's.</summary>
    private const float Reach = 14;

    /// <summary>What a place above the point costs over one below, in pixels of distance (labels sit below by habit).</summary>
    private const float AbovePenalty = 3;

    /// <summary>
    /// Adds one label per point of <paramref name="line"/>, in the order given (each placed label is an obstacle
    /// to the next). Call after every other plottable, the axis limits and the legend are set.
    /// </summary>
    public static void Place(Plot plot, ChartTheme theme, ScottPlot.Plottables.Scatter line, IEnumerable<(Coordinates Point, string Text)> labels)
    {
        plot.RenderInMemory(theme.Width, theme.Height);
        var obstacles = LabelObstacles.Of(plot, line);
        var markerRadius = line.MarkerSize / 2;
        foreach (var (point, text) in labels)
        {
            var anchor = plot.GetPixel(point);
            var style = new LabelStyle { Alignment = Alignment.UpperLeft };
            theme.StyleLabel(style);
            var ink = TextInk.Bounds(style, text, anchor);
            var places = Places(anchor, ink.Width, ink.Height, markerRadius)
                .Where(p => !obstacles.LineBetween(anchor, p, markerRadius))
                .ToList();
            var free = places.Where(p => obstacles.IsFree(p, Clearance)).ToList();
            var chosen = free.Count > 0
                ? free.OrderBy(p => obstacles.SoftLinesMet(p, Clearance)).First()
                : places.Count > 0 ? places.MinBy(p => obstacles.Conflicts(p, Clearance)) : ink;

            if (obstacles.SoftLinesMet(chosen, Clearance) > 0)
            {
                AddGround(plot, CoordinatesOf(plot, chosen.Expand(Clearance)));
            }

            var label = ChartParts.Label(plot, theme, text, point.X, point.Y, Alignment.UpperLeft, line.Color);
            label.LabelStyle.OffsetX += chosen.Left - ink.Left;
            label.LabelStyle.OffsetY += chosen.Top - ink.Top;
            obstacles.AddText(chosen);
        }

        plot.MoveToTop(line);
    }

    /// <summary>Every place for a label of the given size within reach of the point, on a one-pixel grid, nearest first.</summary>
    private static IEnumerable<PixelRect> Places(Pixel point, float width, float height, float markerRadius)
    {
        var reachX = (int)Math.Ceiling((width / 2) + markerRadius + Reach);
        var reachY = (int)Math.Ceiling((height / 2) + markerRadius + Reach);
        return from dy in Enumerable.Range(-reachY, (2 * reachY) + 1)
               from dx in Enumerable.Range(-reachX, (2 * reachX) + 1)
               let rect = new PixelRect(
                   left: point.X + dx - (width / 2),
                   right: point.X + dx + (width / 2),
                   bottom: point.Y + dy + (height / 2),
                   top: point.Y + dy - (height / 2))
               // Within reach: the box comes no further than the marker's radius plus the reach from the point.
               where new PixelStroke(point, point, 0).Meets(rect, markerRadius + Reach)
               let cost = MathF.Sqrt((dx * dx) + (dy * dy)) + (dy < 0 ? AbovePenalty : 0)
               orderby cost, dy descending, dx
               select rect;
    }

    /// <summary>
    /// A white ground over <paramref name="area"/> (hiding the thinner line that passes there), with the major grid
    /// lines that cross it drawn again on top in the grid's own colour and width.
    /// </summary>
    private static void AddGround(Plot plot, CoordinateRect area)
    {
        var ground = plot.Add.Rectangle(area);
        ground.FillColor = Colors.White;
        ground.LineWidth = 0;
        if (plot.Grid.XAxisStyle.IsVisible)
        {
            foreach (var x in MajorTicks(plot.Axes.Bottom).Where(x => x > area.Left && x < area.Right))
            {
                GridSegment(plot, new Coordinates(x, area.Bottom), new Coordinates(x, area.Top), plot.Grid.XAxisStyle.MajorLineStyle);
            }
        }

        if (plot.Grid.YAxisStyle.IsVisible)
        {
            foreach (var y in MajorTicks(plot.Axes.Left).Where(y => y > area.Bottom && y < area.Top))
            {
                GridSegment(plot, new Coordinates(area.Left, y), new Coordinates(area.Right, y), plot.Grid.YAxisStyle.MajorLineStyle);
            }
        }
    }

    private static IEnumerable<double> MajorTicks(IAxis axis) =>
        axis.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Position);

    private static void GridSegment(Plot plot, Coordinates from, Coordinates to, LineStyle grid)
    {
        var segment = plot.Add.Line(from, to);
        segment.LineColor = grid.Color;
        segment.LineWidth = grid.Width;
        segment.LegendText = string.Empty;
    }

    private static CoordinateRect CoordinatesOf(Plot plot, PixelRect rect)
    {
        var topLeft = plot.GetCoordinates(rect.TopLeft, plot.Axes.Bottom, plot.Axes.Left);
        var bottomRight = plot.GetCoordinates(rect.BottomRight, plot.Axes.Bottom, plot.Axes.Left);
        return new CoordinateRect(topLeft.X, bottomRight.X, bottomRight.Y, topLeft.Y);
    }
}
