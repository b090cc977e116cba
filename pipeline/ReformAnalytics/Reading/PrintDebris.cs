using System.Text.RegularExpressions;

namespace ReformAnalytics.Reading;

/// <summary>
/// What a table copied from a printout, or a template, leaves between its task rows, none of it a task or a section:
/// a page mark (第 1 页，共 2 页, 共2页, - 2 -, 1/2), the title repeated on a new page (2024年全面深化改革任务台账（6月）),
/// and the template's example rows (序号 示例 or 填报示例, or a unit written 县XX局).
/// </summary>
internal static partial class PrintDebris
{
    private static readonly string[] ExampleMarks = ["示例", "填报示例", "填写示例", "样例", "范例", "举例", "例"];

    /// <summary>A page mark alone in a row.</summary>
    public static bool IsPageMark(ReadOnlySpan<char> text) => PageMark().IsMatch(text);

    /// <summary>A ledger's title repeated below its header: it names a 台账, or starts with a year and speaks of reform tasks.</summary>
    public static bool IsTitle(ReadOnlySpan<char> text) =>
        text.Contains("台账", StringComparison.Ordinal) || YearTitle().IsMatch(text);

    /// <summary>The template's example row: its 序号 says so (示例, 填报示例, 例), or a unit or task is a placeholder (县XX局, XX改革).</summary>
    public static bool IsExample(ReadOnlySpan<char> seqNo, ReadOnlySpan<char> task, ReadOnlySpan<char> leadUnit)
    {
        var seq = seqNo.Trim().TrimEnd("：:");
        foreach (var mark in ExampleMarks)
        {
            if (seq.SequenceEqual(mark))
            {
                return true;
            }
        }

        return Placeholder().IsMatch(task) || Placeholder().IsMatch(leadUnit);
    }

    [GeneratedRegex("^(?:第\\s*[0-9]+\\s*页(?:\\s*[，,、/]?\\s*共\\s*[0-9]+\\s*页)?|共\\s*[0-9]+\\s*页(?:\\s*[，,、]?\\s*第\\s*[0-9]+\\s*页)?|[-—－]\\s*[0-9]+\\s*[-—－]|[0-9]+\\s*/\\s*[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PageMark();

    [GeneratedRegex("^(?:19|20)[0-9]{2}\\s*年.*(?:改革|任务)", RegexOptions.CultureInvariant)]
    private static partial Regex YearTitle();

    [GeneratedRegex("(?:XX|xx|ＸＸ|××|\\*\\*)", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
