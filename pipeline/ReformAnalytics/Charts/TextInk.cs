using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>
/// Where a label's glyphs fall, in layout pixels: not the line box ScottPlot measures (which, for a CJK font,
/// reaches far above the digits) but the ink itself, so labels can be kept clear of lines by what a reader sees.
/// </summary>
internal static class TextInk
{
    /// <summary>The ink of <paramref name="text"/> drawn by <paramref name="style"/> at <paramref name="anchor"/>.</summary>
    public static PixelRect Bounds(LabelStyle style, string text, Pixel anchor)
    {
        using var paint = Paint.NewDisposablePaint();
        var measured = style.Measure(text, paint);
        var line = measured.Rect(style.Alignment).WithDelta(anchor.X + style.OffsetX, anchor.Y + style.OffsetY);

        // ScottPlot puts a one-line label's baseline its font's Bottom above the foot of the line box.
        var baseline = line.Bottom - measured.Bottom;
        style.ApplyToPaint(paint);
        paint.SKFont.MeasureText(text, out var ink);
        return new PixelRect(left: line.Left + ink.Left, right: line.Left + ink.Right, bottom: baseline + ink.Bottom, top: baseline + ink.Top);
    }
}
