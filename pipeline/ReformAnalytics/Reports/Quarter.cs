using System.Globalization;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reports;

/// <summary>A calendar quarter, written <c>2024Q2</c> on the command line (一季一分析 runs per quarter).</summary>
public readonly record struct Quarter : IComparable<Quarter>
{
    public Quarter(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1990);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2100);
        Year = year;
        Number = number;
    }

    public int Year { get; }

    /// <summary>1 to 4.</summary>
    public int Number { get; }

    public ReportMonth FirstMonth => new(Year, (Number * 3) - 2);

    /// <summary>The quarter's last month: its snapshot is the quarter's status.</summary>
    public ReportMonth LastMonth => new(Year, Number * 3);

    public DateOnly StatusDate => LastMonth.StatusDate;

    public Quarter Previous() => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    /// <summary>Chinese label, e.g. 2024年第二季度.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Year}年第{"一二三四"[Number - 1]}季度");

    /// <summary>True for the quarter ending in June, when 双过半 is assessed.</summary>
    public bool IsMidYear => Number == 2;

    public int CompareTo(Quarter other) => (Year * 4 + Number).CompareTo(other.Year * 4 + other.Number);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}Q{Number}");

    /// <summary>Parses <c>2024Q2</c> (also <c>2024q2</c>, <c>2024-Q2</c>).</summary>
    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        var t = text?.Trim().Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (t is null || t.Length != 6 || t[4] != 'Q')
        {
            return false;
        }

        if (!int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < 1990 || year > 2100 || t[5] < '1' || t[5] > '4')
        {
            return false;
        }

        quarter = new Quarter(year, t[5] - '0');
        return true;
    }

    /// <summary>The quarter a report month falls in.</summary>
    public static Quarter Of(ReportMonth month) => new(month.Year, ((month.Month - 1) / 3) + 1);

    public static bool operator <(Quarter left, Quarter right) => left.CompareTo(right) < 0;

    public static bool operator >(Quarter left, Quarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(Quarter left, Quarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Quarter left, Quarter right) => left.CompareTo(right) >= 0;
}
