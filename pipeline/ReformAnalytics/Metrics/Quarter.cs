using System.Globalization;
using ReformAnalytics.Model;

namespace ReformAnalytics.Metrics;

/// <summary>A calendar quarter (季度), written <c>2024Q2</c> on the command line.</summary>
public readonly record struct Quarter : IComparable<Quarter>
{
    private static readonly string[] Numerals = ["一", "二", "三", "四"];

    public Quarter(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1990);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2100);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
        Year = year;
        Number = number;
    }

    public int Year { get; }

    /// <summary>1 to 4.</summary>
    public int Number { get; }

    public ReportMonth FirstMonth => new(Year, (Number * 3) - 2);

    public ReportMonth LastMonth => new(Year, Number * 3);

    public IReadOnlyList<ReportMonth> Months => [FirstMonth, FirstMonth.Next(), LastMonth];

    /// <summary>Chinese label as printed on a list: 2024年第二季度.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Year}年第{Numerals[Number - 1]}季度");

    public static Quarter Of(ReportMonth month) => new(month.Year, ((month.Month - 1) / 3) + 1);

    public Quarter Previous() => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public Quarter Next() => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public bool Contains(ReportMonth month) => Of(month) == this;

    public int CompareTo(Quarter other) => ((Year * 4) + Number).CompareTo((other.Year * 4) + other.Number);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}Q{Number}");

    /// <summary>Parses <c>2024Q2</c> (the Q in either case).</summary>
    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        if (text is null || text.Length != 6 || (text[4] != 'Q' && text[4] != 'q'))
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < 1990 || year > 2100 || text[5] < '1' || text[5] > '4')
        {
            return false;
        }

        quarter = new Quarter(year, text[5] - '0');
        return true;
    }

    public static bool operator <(Quarter left, Quarter right) => left.CompareTo(right) < 0;

    public static bool operator >(Quarter left, Quarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(Quarter left, Quarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Quarter left, Quarter right) => left.CompareTo(right) >= 0;
}
