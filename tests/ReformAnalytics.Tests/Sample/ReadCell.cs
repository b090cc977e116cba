using System.Globalization;

namespace ReformAnalytics.Tests.Sample;

/// <summary>A cell read back from a generated file: its text (as shown), and for a typed xlsx cell its number and style.</summary>
public readonly record struct ReadCell(string Text, double? Number = null, int Style = 0)
{
    public bool IsPercentCell => Number is not null && Style == 4;

    public bool IsDateCell => Number is not null && Style == 3;

    /// <summary>The cell as text the way Excel shows it (80% for a percent cell, 2024/6/30 for a date cell).</summary>
    public string Shown => Number switch
    {
        null => Text,
        { } n when Style == 4 => (n * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%",
        { } n when Style == 3 => DateOnly.FromDayNumber(new DateOnly(1899, 12, 30).DayNumber + (int)n).ToString("yyyy/M/d", CultureInfo.InvariantCulture),
        { } n => n.ToString("0.##", CultureInfo.InvariantCulture),
    };

    /// <summary>A progress figure as a number 0–100 (80%, 80, 完成80%, a percent cell), or null.</summary>
    public double? Figure()
    {
        if (Number is { } n)
        {
            return Style == 4 ? Math.Round(n * 100, 6) : n;
        }

        var t = Text.Replace("完成", string.Empty, StringComparison.Ordinal).TrimEnd('%');
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
