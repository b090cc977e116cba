using ReformAnalytics.Model;

namespace ReformAnalytics.Reports;

/// <summary>
/// How figures are written in the report: by the rule every output follows (<see cref="FigureText"/>: one decimal at
/// most, no space around a figure), with Chinese units and signs in words.
/// </summary>
public static class ReportText
{
    /// <summary>Rounds as printed: one decimal, halves away from zero.</summary>
    public static double Round1(double value) => FigureText.Round(value);

    /// <summary>A number with at most one decimal: 62.5, 50.</summary>
    public static string Number(double value) => FigureText.Number(value);

    /// <summary>A percentage: 62.5%; a missing rate is a dash.</summary>
    public static string Percent(double? value) => FigureText.Percent(value);

    /// <summary>
    /// A name quoted in running text: “探索开展‘教共体’结对帮扶试点”. Quotation marks inside it become single ones, as
    /// Chinese punctuation nests them (GB/T 15834), so the quote does not seem to end at the name's own mark.
    /// </summary>
    public static string Quoted(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "“" + text.Replace('“', '‘').Replace('”', '’') + "”";
    }

    /// <summary>
    /// A task's name quoted in running text: a sub-task with the heading it is listed under (task_heading),
    /// “深化国资国企改革”中的“制定实施方案”; a task under no heading as <see cref="Quoted(string)"/> quotes it.
    /// </summary>
    public static string QuotedTask(string? heading, string name) =>
        string.IsNullOrWhiteSpace(heading) ? Quoted(name) : Quoted(heading.Trim()) + "中的" + Quoted(name);

    /// <summary>A count.</summary>
    public static string Count(int value) => FigureText.Count(value);

    /// <summary>Percentage points with a sign for tables: +3.2, -1, 0; a dash when missing.</summary>
    public static string SignedPoints(double? value) => FigureText.SignedPoints(value);

    /// <summary>
    /// A gap as printed beside its two shares: the difference of the shares rounded as printed, so a reader who
    /// subtracts the printed figures gets the printed gap (88.8% − 100% = −11.2, not the rounded −11.25 = −11.3).
    /// </summary>
    public static double? PrintedGap(double? minuend, double? subtrahend) =>
        minuend is { } a && subtrahend is { } b ? Round1(Round1(a) - Round1(b)) : null;

    /// <summary>A change in words: 提高3.2个百分点 / 下降1个百分点 / 持平.</summary>
    public static string Change(double pp) => Round1(pp) switch
    {
        > 0 => "提高" + Number(pp) + "个百分点",
        < 0 => "下降" + Number(-pp) + "个百分点",
        _ => "持平",
    };

    /// <summary>Names listed with 、, at most <paramref name="max"/> then 等N个.</summary>
    public static string List(IReadOnlyList<string> names, int max = 8) => names.Count <= max
        ? string.Join("、", names)
        : string.Join("、", names.Take(max)) + "等" + Count(names.Count) + "个";
}
