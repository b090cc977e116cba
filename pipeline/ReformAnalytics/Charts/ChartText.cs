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

    /// <summary>A special group's name for a crowded axis: without the 专项小组 suffix every group shares.</summary>
    public static string GroupLabel(string group, int maxChars)
    {
        var t = group.Trim();
        foreach (var suffix in new[] { "专项小组", "小组" })
        {
            if (t.Length > suffix.Length && t.EndsWith(suffix, StringComparison.Ordinal))
            {
                t = t[..^suffix.Length];
                break;
            }
        }

        return Shorten(t, maxChars);
    }

    public static string Percent(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";

    public static string Signed(double value) =>
        (value > 0 ? "+" : string.Empty) + value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
