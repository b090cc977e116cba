using System.Globalization;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Html;

/// <summary>How figures, dates and months are written on the pages.</summary>
internal static class Format
{
    public static string Month(ReportMonth month) => month.Label;

    public static string Quarter(ReportMonth month) => string.Create(CultureInfo.InvariantCulture, $"{month.Year}年第{(month.Month + 2) / 3}季度");

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string LocalTime(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, TimeZoneInfo.Local).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Number(double value, int decimals = 1) =>
        value.ToString(decimals switch { 0 => "#,0", 1 => "#,0.0", 2 => "#,0.00", _ => "#,0.###" }, CultureInfo.InvariantCulture);

    public static string Integer(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A share 0–1 as a percent: 0.625 → 62.5%.</summary>
    public static string Fraction(double fraction) => Number(fraction * 100) + "%";

    /// <summary>Percentage points 0–100 as a percent: 62.5 → 62.5%.</summary>
    public static string Percent(double percent) => Number(percent) + "%";

    /// <summary>Parses <c>2024-06</c> (the URL form of a report month).</summary>
    public static ReportMonth? ParseMonth(string? text) => ReportMonth.TryParse(text, out var m) ? m : null;
}
