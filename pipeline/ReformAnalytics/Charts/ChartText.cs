using ReformAnalytics.Model;

namespace ReformAnalytics.Charts;

/// <summary>Small text helpers shared by the charts.</summary>
internal static class ChartText
{
    /// <summary>Shortens a long Chinese label for an axis, keeping its start (the distinctive part).</summary>
    public static string Shorten(string text, int maxChars = 12)
    {
        var t = text.Trim();
        return t.Length <= maxChars ? t : string.Concat(t.AsSpan(0, maxChars - 1), "…");
    }

    /// <summary>A value label as the report writes the figure (FigureText): 43%, 62.5%.</summary>
    public static string Percent(double value) => FigureText.Percent(value);

    /// <summary>A change in points with its sign, as the report's tables write it: +3.2, -1, 0.</summary>
    public static string Signed(double value) => FigureText.SignedPoints(value);
}
