using System.Globalization;
using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>
/// Draws figure 2's dots so that none hides another. A dot of one task is <see cref="ProgressVsTimeChart.Dot"/>
/// pixels across; a dot of several is larger (its area grows with the count, and it holds its count written
/// inside). Dots that would overlap are moved sideways, the fewest tasks first moved furthest: each dot, largest
/// first, takes the nearest free place on its own level, alternately right and left, at most
/// <see cref="MaxShift"/> pixels from where it belongs (where none is free, the place that overlaps least).
/// Deterministic: the same tasks give the same picture. The plot is laid out once at the theme's size, as the
/// value labels of figure 1 are; the PNG and the SVG share that layout.
/// </summary>
internal static class ProgressDots
{
    /// <summary>How far, in layout pixels, a dot may be moved sideways from its place.</summary>
    public const float MaxShift = 18;

    /// <summary>Least gap between two dots, in layout pixels.</summary>
    private const float Gap = 1;

    /// <summary>Adds the dots (and the counts in them). Call after the axis limits and the legend are set.</summary>
    public static IReadOnlyList<(ProgressMark Mark, double X, float Size)> Place(Plot plot, ChartTheme theme, IReadOnlyList<ProgressMark> marks)
    {
        plot.RenderInMemory(theme.Width, theme.Height);
        var area = plot.LastRender.DataRect;
        var placed = new List<(ProgressMark Mark, Pixel At, float Size)>();
        foreach (var mark in marks.OrderByDescending(m => m.Count).ThenBy(m => m.Y).ThenBy(m => m.X).ThenBy(m => m.Light))
        {
            var home = plot.GetPixel(new Coordinates(mark.X, mark.Y));
            var size = SizeOf(theme, mark.Count);

            // Kept whole inside the data area (a dot at 100% time would otherwise be cut by the frame).
            var candidates = Shifts().Select(dx => new Pixel(Math.Clamp(home.X + dx, area.Left + (size / 2), area.Right - (size / 2)), home.Y)).Distinct().ToList();
            var at = candidates.FirstOrDefault(p => Overlap(placed, p, size) == 0, candidates.MinBy(p => Overlap(placed, p, size)));
            placed.Add((mark, at, size));
        }

        // Green first and red last, so a red dot is never under another; the counts over their dots.
        // A dot left in its place keeps its exact x (not one read back from its pixel).
        var perPixel = plot.GetCoordinates(new Pixel(area.Left + 1, area.Top)).X - plot.GetCoordinates(new Pixel(area.Left, area.Top)).X;
        var drawn = placed.OrderBy(p => p.Mark.Light).ThenBy(p => p.Mark.X).ThenBy(p => p.Mark.Y)
            .Select(p => (p.Mark, X: p.Mark.X + ((p.At.X - plot.GetPixel(new Coordinates(p.Mark.X, p.Mark.Y)).X) * perPixel), p.Size)).ToList();
        foreach (var group in drawn.GroupBy(d => (d.Mark.Light, d.Size)))
        {
            var points = plot.Add.ScatterPoints(group.Select(d => d.X).ToArray(), group.Select(d => d.Mark.Y).ToArray(), ChartPalette.Light(group.Key.Light));
            points.MarkerSize = group.Key.Size;
            points.MarkerShape = MarkerShape.FilledCircle;
        }

        foreach (var (mark, x, _) in drawn.Where(d => d.Mark.Count > 1))
        {
            var style = CountStyle(theme, mark.Light);
            var anchor = plot.GetPixel(new Coordinates(x, mark.Y));
            var ink = TextInk.Bounds(style, Count(mark.Count), anchor);
            var label = ChartParts.Label(plot, theme, Count(mark.Count), x, mark.Y, Alignment.MiddleCenter, style.ForeColor, style.FontSize);
            label.LabelStyle.Bold = true;
            label.LabelStyle.OffsetX += anchor.X - ((ink.Left + ink.Right) / 2);
            label.LabelStyle.OffsetY += anchor.Y - ((ink.Top + ink.Bottom) / 2);
        }

        return drawn;
    }

    /// <summary>A dot's diameter: <see cref="ProgressVsTimeChart.DotSize"/>, or wide enough for its count.</summary>
    public static float SizeOf(ChartTheme theme, int count)
    {
        if (count < 2)
        {
            return ProgressVsTimeChart.Dot;
        }

        var ink = TextInk.Bounds(CountStyle(theme, TrafficLight.Green), Count(count), new Pixel(0, 0));
        return Math.Max(ProgressVsTimeChart.DotSize(count), Math.Max(ink.Width, ink.Height) + 6);
    }

    private static LabelStyle CountStyle(ChartTheme theme, TrafficLight light)
    {
        var style = new LabelStyle { Alignment = Alignment.MiddleCenter, Bold = true };

        // White reads on green and red; amber is light, so its count is dark.
        theme.StyleLabel(style, theme.ValueLabelSize - 1, light == TrafficLight.Amber ? ChartPalette.Text : Colors.White);
        return style;
    }

    /// <summary>0, 1, −1, 2, −2, … up to <see cref="MaxShift"/>.</summary>
    private static IEnumerable<float> Shifts()
    {
        yield return 0;
        for (var d = 1; d <= MaxShift; d++)
        {
            yield return d;
            yield return -d;
        }
    }

    /// <summary>How far, in pixels, a dot at <paramref name="at"/> would reach into the dots already placed (0 when clear).</summary>
    private static double Overlap(List<(ProgressMark Mark, Pixel At, float Size)> placed, Pixel at, float size) =>
        placed.Sum(p => Math.Max(0, ((p.Size + size) / 2) + Gap - Distance(p.At, at)));

    private static double Distance(Pixel a, Pixel b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
