using System.Globalization;

namespace ReformAnalytics.Model;

/// <summary>Dates and months as the office writes them, for every text a person reads.</summary>
public static class ChineseDate
{
    /// <summary>2024年6月30日.</summary>
    public static string Day(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>2024年6月.</summary>
    public static string Month(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月");
}
