using System.Globalization;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Html;

/// <summary>
/// How figures, dates and months are written on the pages: by the rule the report, the workbooks and the command line
/// follow (<see cref="FigureText"/>): 2024年7月31日, 43%, 62.5%, 3744.
/// </summary>
internal static class Format
{
    public static string Month(ReportMonth month) => month.Label;

    public static string Quarter(ReportMonth month) => string.Create(CultureInfo.InvariantCulture, $"{month.Year}年第{(month.Month + 2) / 3}季度");

    public static string Date(DateOnly date) => FigureText.Date(date);

    /// <summary>A date as a download (CSV) writes it for machines: 2024-07-31.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string LocalTime(DateTimeOffset time) => FigureText.DateTime(TimeZoneInfo.ConvertTime(time, TimeZoneInfo.Local).DateTime);

    /// <summary>
    /// A figure: <paramref name="decimals"/> 1 is the rule's (at most one decimal, none when whole), 0 whole, 2 two
    /// decimals (SPI(t), a ratio near 1 whose second decimal matters).
    /// </summary>
    public static string Number(double value, int decimals = 1) => decimals switch
    {
        0 => (Math.Round(value, MidpointRounding.AwayFromZero) + 0.0).ToString("0", CultureInfo.InvariantCulture),
        1 => FigureText.Number(value),
        _ => (Math.Round(value, decimals, MidpointRounding.AwayFromZero) + 0.0).ToString("0." + new string('0', decimals), CultureInfo.InvariantCulture),
    };

    public static string Integer(long value) => FigureText.Count(value);

    /// <summary>A share 0–1 as a percent: 0.625 → 62.5%, 0.43 → 43%.</summary>
    public static string Fraction(double fraction) => FigureText.Fraction(fraction);

    /// <summary>Percentage points 0–100 as a percent: 62.5 → 62.5%, 43.0 → 43%.</summary>
    public static string Percent(double percent) => FigureText.Percent(percent);

    /// <summary>Parses <c>2024-06</c> (the URL form of a report month).</summary>
    public static ReportMonth? ParseMonth(string? text) => ReportMonth.TryParse(text, out var m) ? m : null;
}
