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

    public static string Percent(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";

    public static string Signed(double value) =>
        (value > 0 ? "+" : string.Empty) + value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
