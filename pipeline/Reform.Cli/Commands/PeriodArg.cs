using System.Globalization;
using System.Text.RegularExpressions;
using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Cli.Commands;

/// <summary>
/// Reads a quarter (2024Q2) or a report month (2024-06, also 2024-6) from an option, and says what is wrong when it
/// cannot: a value in the right form that names no quarter or month (2024Q5, 2024-13) is told so, not called a
/// wrong format.
/// </summary>
internal static partial class PeriodArg
{
    [GeneratedRegex(@"^(\d{4})[Qq](\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterShape();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthShape();

    public static Quarter Quarter(string option, string text)
    {
        if (Metrics.Quarter.TryParse(text, out var quarter))
        {
            return quarter;
        }

        var m = QuarterShape().Match(text);
        throw new UsageException(!m.Success
            ? $"--{option} 的格式是2024Q2，收到“{text}”。"
            : !YearInRange(m.Groups[1].Value)
                ? $"--{option} 的年份应在1990—2100之间，收到“{text}”。"
                : $"--{option} 的季度只能是 Q1—Q4，收到“{text}”：没有第{m.Groups[2].Value}季度。");
    }

    public static ReportMonth Month(string option, string text)
    {
        var m = MonthShape().Match(text);
        if (m.Success && ReportMonth.TryParse(m.Groups[1].Value + "-" + m.Groups[2].Value.PadLeft(2, '0'), out var month))
        {
            return month;
        }

        throw new UsageException(!m.Success
            ? $"--{option} 的格式是 YYYY-MM（如2024-06），收到“{text}”。"
            : !YearInRange(m.Groups[1].Value)
                ? $"--{option} 的年份应在1990—2100之间，收到“{text}”。"
                : $"--{option} 的月份只能是01—12，收到“{text}”：没有{int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)}月。");
    }

    private static bool YearInRange(string year) => int.Parse(year, CultureInfo.InvariantCulture) is >= 1990 and <= 2100;
}
