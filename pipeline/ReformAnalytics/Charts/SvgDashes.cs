using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>
/// Draws a plot as SVG with its dashed and dotted lines dashed. Skia's SVG canvas cannot write a dash effect: it
/// draws the line solid and prints "Unsupported path effect" for every segment (ScottPlot issue 4754, where the
/// maintainers leave it to SkiaSharp). So each patterned line is drawn solid in a colour of its own that no chart
/// uses, and that colour is then written back as the line's own with a <c>stroke-dasharray</c> of the pattern's
/// intervals (and a <c>stroke-dashoffset</c> of its phase), in layout pixels as the SVG is. A legend swatch shares
/// its line's style, so it is dashed too; markers on a dashed line keep their own colour and stay solid.
/// </summary>
internal static class SvgDashes
{
    /// <summary>Red and green of the stand-in colours; the blue channel numbers the line. No house colour has them.</summary>
    internal const byte StandInRed = 0x0D;

    internal const byte StandInGreen = 0xA5;

    public static string Render(Plot plot, int width, int height)
    {
        var patterned = PatternedLines(plot);
        var originals = patterned.Select(s => (Style: s, s.Color, s.Pattern)).ToList();
        for (var i = 0; i < patterned.Count; i++)
        {
            patterned[i].Color = StandIn(i, patterned[i].Color.A);
            patterned[i].Pattern = LinePattern.Solid;
        }

        string svg;
        try
        {
            svg = plot.GetSvgXml(width, height);
        }
        finally
        {
            originals.ForEach(o => (o.Style.Color, o.Style.Pattern) = (o.Color, o.Pattern));
        }

        for (var i = 0; i < originals.Count; i++)
        {
            var (_, color, pattern) = originals[i];
            svg = Regex.Replace(
                svg,
                "stroke=\"" + Hex(StandIn(i, 255)) + "\"",
                "stroke=\"" + Hex(color) + "\" " + DashAttributes(pattern),
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(2));
        }

        return svg;
    }

    /// <summary>The SVG attributes of a pattern: <c>stroke-dasharray="10 10"</c>, with the offset when it has a phase.</summary>
    internal static string DashAttributes(LinePattern pattern)
    {
        var attributes = new StringBuilder("stroke-dasharray=\"")
            .AppendJoin(' ', pattern.Intervals.Select(Number))
            .Append('"');
        if (pattern.Phase != 0)
        {
            attributes.Append(" stroke-dashoffset=\"").Append(Number(pattern.Phase)).Append('"');
        }

        return attributes.ToString();
    }

    /// <summary>Every visible line style of the plot, and of its legend, with a pattern other than solid; each once.</summary>
    private static List<LineStyle> PatternedLines(Plot plot)
    {
        var styles = plot.GetPlottables().Where(p => p.IsVisible).OfType<IHasLine>().Select(p => p.LineStyle)
            .Concat(plot.Legend.ManualItems.Select(i => i.LineStyle));
        var seen = new HashSet<LineStyle>(ReferenceEqualityComparer.Instance);
        return [.. styles.Where(s => s is not null && s.Width > 0 && s.Pattern.Intervals is { Length: > 0 } && s.Pattern.Name != LinePattern.Solid.Name && seen.Add(s))];
    }

    private static Color StandIn(int index, byte alpha) => new(StandInRed, StandInGreen, checked((byte)index), alpha);

    private static string Hex(Color color) => string.Create(CultureInfo.InvariantCulture, $"#{color.R:X2}{color.G:X2}{color.B:X2}");

    private static string Number(float value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
