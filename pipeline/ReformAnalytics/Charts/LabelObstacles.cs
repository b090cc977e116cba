using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>
/// What a value label must keep clear of, in layout pixels of a laid-out plot. Hard: the line the labels belong
/// to (drawn on top of them), every marker, the text already placed and the edges of the data area. Soft: the
/// other lines (dashed and dotted ones counted as whole) and the reference lines, which a label's white ground
/// may cover where no clear place is near.
/// </summary>
internal sealed class LabelObstacles
{
    private readonly List<PixelStroke> _hard = [];
    private readonly List<PixelStroke> _soft = [];
    private readonly List<PixelRect> _texts = [];
    private readonly PixelRect _dataArea;

    private LabelObstacles(PixelRect dataArea) => _dataArea = dataArea;

    /// <summary>
    /// The obstacles of a plot as last rendered (call <see cref="Plot.RenderInMemory"/> at scale 1 first);
    /// <paramref name="labelled"/> is the line the labels belong to.
    /// </summary>
    public static LabelObstacles Of(Plot plot, IPlottable labelled)
    {
        var area = plot.LastRender.DataRect;
        var obstacles = new LabelObstacles(area);
        foreach (var plottable in plot.GetPlottables().Where(p => p.IsVisible))
        {
            switch (plottable)
            {
                case ScottPlot.Plottables.Scatter scatter:
                    var pixels = scatter.Data.GetScatterPoints().Select(plot.GetPixel).ToList();
                    if (scatter.LineWidth > 0)
                    {
                        (scatter == labelled ? obstacles._hard : obstacles._soft)
                            .AddRange(pixels.Zip(pixels.Skip(1), (a, b) => new PixelStroke(a, b, scatter.LineWidth / 2)));
                    }

                    if (scatter.MarkerSize > 0)
                    {
                        obstacles._hard.AddRange(pixels.Select(p => new PixelStroke(p, p, (scatter.MarkerSize / 2) + scatter.MarkerLineWidth)));
                    }

                    break;
                case ScottPlot.Plottables.VerticalLine vertical:
                    var x = plot.GetPixel(new Coordinates(vertical.X, 0)).X;
                    obstacles._soft.Add(new PixelStroke(new Pixel(x, area.Top), new Pixel(x, area.Bottom), vertical.LineWidth / 2));
                    break;
                case ScottPlot.Plottables.HorizontalLine horizontal:
                    var y = plot.GetPixel(new Coordinates(0, horizontal.Y)).Y;
                    obstacles._soft.Add(new PixelStroke(new Pixel(area.Left, y), new Pixel(area.Right, y), horizontal.LineWidth / 2));
                    break;
                case ScottPlot.Plottables.Text text:
                    var anchor = plot.GetPixel(text.Location);
                    obstacles._texts.Add(TextInk.Bounds(text.LabelStyle, text.LabelText, new Pixel(anchor.X + text.OffsetX, anchor.Y + text.OffsetY)));
                    break;
            }
        }

        return obstacles;
    }

    public void AddText(PixelRect ink) => _texts.Add(ink);

    /// <summary>
    /// Whether <paramref name="ink"/> stays in the data area and keeps <paramref name="clearance"/> pixels from every
    /// hard obstacle (lines and text already placed).
    /// </summary>
    public bool IsFree(PixelRect ink, float clearance) =>
        ink.Left >= _dataArea.Left + clearance && ink.Right <= _dataArea.Right - clearance
        && ink.Top >= _dataArea.Top + clearance && ink.Bottom <= _dataArea.Bottom - clearance
        && !_hard.Any(s => s.Meets(ink, clearance))
        && !_texts.Any(t => Overlaps(t.Expand(clearance), ink));

    /// <summary>How many soft lines come within <paramref name="clearance"/> pixels of <paramref name="ink"/>.</summary>
    public int SoftLinesMet(PixelRect ink, float clearance) => _soft.Count(s => s.Meets(ink, clearance));

    /// <summary>How many obstacles of any kind come within <paramref name="clearance"/> pixels of <paramref name="ink"/>.</summary>
    public int Conflicts(PixelRect ink, float clearance) =>
        _hard.Count(s => s.Meets(ink, clearance)) + SoftLinesMet(ink, clearance) + _texts.Count(t => Overlaps(t.Expand(clearance), ink));

    /// <summary>
    /// Whether a line not passing through the point (within <paramref name="radius"/>) runs between it and the
    /// nearest edge of <paramref name="place"/>: a label there would be read against that line instead.
    /// </summary>
    public bool LineBetween(Pixel point, PixelRect place, float radius)
    {
        var edge = new Pixel(Math.Clamp(point.X, place.Left, place.Right), Math.Clamp(point.Y, place.Top, place.Bottom));
        return _hard.Concat(_soft).Any(s => s.DistanceTo(point) > radius + s.HalfWidth && s.Crosses(point, edge));
    }

    private static bool Overlaps(PixelRect a, PixelRect b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
}
