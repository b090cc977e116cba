using ReformAnalytics.Model;

namespace ReformAnalytics.Normalising;

/// <summary>
/// One date phrase found in a deadline cell, before its year is resolved. <see cref="First"/> and
/// <see cref="Last"/> are months (a quarter or half for those kinds); <see cref="Day"/> is the day of a
/// full date, or the day a 旬 ends (上旬 10, 中旬 20), 0 meaning the period's last day.
/// <see cref="IsStart"/> marks a phrase that names a start (2024年3月起, 自7月), not a deadline.
/// </summary>
internal readonly record struct DeadlineAtom(
    int Index,
    int Length,
    DeadlineKind Kind,
    int? Year,
    int? EndYear,
    int First,
    int Last,
    int Day,
    bool IsStart = false)
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    /// <summary>The window the phrase covers with <paramref name="contextYear"/> for a missing year; null when it names no real date.</summary>
    public (DateOnly Start, DateOnly End)? Resolve(int contextYear)
    {
        var year = Year ?? contextYear;
        var endYear = EndYear ?? year;
        if (year is < MinYear or > MaxYear || endYear is < MinYear or > MaxYear)
        {
            return null;
        }

        return Kind switch
        {
            DeadlineKind.Day => DayWindow(year, First, Day),
            DeadlineKind.Month => MonthWindow(year, First, year, First, Day),
            DeadlineKind.Range => MonthWindow(year, First, endYear, Last, Day),
            DeadlineKind.Quarter => First is >= 1 and <= 4 ? MonthWindow(year, (First * 3) - 2, year, First * 3, 0) : null,
            DeadlineKind.HalfYear => First is 1 or 2 ? MonthWindow(year, (First * 6) - 5, year, First * 6, 0) : null,
            DeadlineKind.Year => MonthWindow(year, 1, endYear, 12, 0),
            _ => null,
        };
    }

    private static (DateOnly, DateOnly)? DayWindow(int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        return (date, date);
    }

    private static (DateOnly, DateOnly)? MonthWindow(int year, int firstMonth, int endYear, int lastMonth, int day)
    {
        if (firstMonth is < 1 or > 12 || lastMonth is < 1 or > 12)
        {
            return null;
        }

        var start = new DateOnly(year, firstMonth, 1);
        var endDay = day == 0 ? DateTime.DaysInMonth(endYear, lastMonth) : day;
        var end = new DateOnly(endYear, lastMonth, endDay);
        return start <= end ? (start, end) : null;
    }
}
