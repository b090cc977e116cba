using System.Globalization;

namespace ReformAnalytics.Model;

/// <summary>A report month (填报月份). The status date of its snapshot is the month's last day.</summary>
public readonly record struct ReportMonth(int Year, int Month) : IComparable<ReportMonth>
{
    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly StatusDate => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public ReportMonth Next() => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    public ReportMonth Previous() => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    public int CompareTo(ReportMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    /// <summary>The month as the office writes it: 2024年6月.</summary>
    public string Label => ChineseDate.Month(FirstDay);

    /// <summary>The status date as the office writes it: 2024年6月30日.</summary>
    public string StatusDateLabel => ChineseDate.Day(StatusDate);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>Parses <c>YYYY-MM</c> as given on the command line.</summary>
    public static bool TryParse(string? text, out ReportMonth month)
    {
        month = default;
        if (text is null || text.Length != 7 || text[4] != '-')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || y < 1990 || y > 2100 || m < 1 || m > 12)
        {
            return false;
        }

        month = new ReportMonth(y, m);
        return true;
    }

    public static ReportMonth Of(DateOnly date) => new(date.Year, date.Month);

    public static bool operator <(ReportMonth left, ReportMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(ReportMonth left, ReportMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(ReportMonth left, ReportMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ReportMonth left, ReportMonth right) => left.CompareTo(right) >= 0;
}
