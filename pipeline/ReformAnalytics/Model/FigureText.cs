using System.Globalization;

namespace ReformAnalytics.Model;

/// <summary>
/// How every text a person of the office reads writes a figure — the quarterly report, the 督办单, the workbooks'
/// titles and notes, the dashboard's pages and the command line's tables alike: at most one decimal, none when the
/// figure is whole (43%, 62.5%), no thousands separator, dates as 2024年7月31日, a missing figure as “—”. Chinese text
/// puts no space around a figure (共48项, not 共 48 项). Machine-readable outputs (CSV, JSON) keep full values and ISO
/// dates; workbook cells keep the number and show it by this rule (<see cref="IsWhole"/>).
/// </summary>
public static class FigureText
{
    /// <summary>What a figure with nothing to count reads: 按期完成率 with no task settled.</summary>
    public const string Missing = "—";

    /// <summary>Rounds as printed: one decimal, halves away from zero; −0 reads 0.</summary>
    public static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero) + 0.0;

    /// <summary>Whether a figure prints without a decimal: 43.04 does (43), 43.05 does not (43.1).</summary>
    public static bool IsWhole(double value) => Round(value) == Math.Floor(Round(value));

    /// <summary>A number with at most one decimal: 62.5, 50, −3.2.</summary>
    public static string Number(double value) => Round(value).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A number, or “—” when missing.</summary>
    public static string Number(double? value) => value is { } v ? Number(v) : Missing;

    /// <summary>A percentage given in points 0–100: 62.5 → 62.5%, 43.0 → 43%; “—” when missing.</summary>
    public static string Percent(double? percent) => percent is { } v ? Number(v) + "%" : Missing;

    /// <summary>A share 0–1 as a percentage: 0.625 → 62.5%; “—” when missing.</summary>
    public static string Fraction(double? fraction) => fraction is { } v ? Percent(v * 100) : Missing;

    /// <summary>
    /// A model's probability as a whole percentage (0.953 → 95%; a value above 1 is taken as already in percent): an
    /// estimate, so a decimal would claim a precision it does not have. The report's, the risk list's and the
    /// dashboard's risk pages print it alike.
    /// </summary>
    public static string Probability(double probability) =>
        Math.Round(probability > 1 ? probability : probability * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A count, without thousands separator: 48, 3744.</summary>
    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Percentage points with a sign: +3.2, -1, 0; “—” when missing.</summary>
    public static string SignedPoints(double? value) => value switch
    {
        null => Missing,
        var v when Round(v.Value) > 0 => "+" + Number(v.Value),
        var v when Round(v.Value) < 0 => "-" + Number(-v.Value),
        _ => "0",
    };

    /// <summary>A date: 2024年7月31日.</summary>
    public static string Date(DateOnly date) => ChineseDate.Day(date);

    /// <summary>A date and time of day: 2024年7月31日 14:05:09.</summary>
    public static string DateTime(DateTime time) =>
        ChineseDate.Day(DateOnly.FromDateTime(time)) + " " + time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
