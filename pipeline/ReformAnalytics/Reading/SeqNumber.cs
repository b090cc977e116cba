using System.Text.RegularExpressions;

namespace ReformAnalytics.Reading;

/// <summary>
/// A 序号 that numbers a hierarchy: 1, 2., 3、 for a task, 1.1 and 1.2 (or １．１) for the sub-tasks a task is split into.
/// A row whose 序号 the next task row's extends (1 above 1.1, 1.2 above 1.2.1) is the heading of its sub-tasks.
/// </summary>
internal static partial class SeqNumber
{
    /// <summary>
    /// Whether a task's name begins with its own number, as a sub-task listed under a heading row often does when the 序号
    /// column is left blank: 1.制定实施方案, 2、推进…, （1）…; not 1.5亿元… (a figure) nor 2024年… (a year).
    /// </summary>
    public static bool NumbersItsName(ReadOnlySpan<char> task) => NumberInName().IsMatch(task);

    [GeneratedRegex(@"^\s*(?:[0-9０-９]{1,2}\s*[.、．](?![0-9０-９])|[（(]\s*[0-9０-９]{1,2}\s*[)）])", RegexOptions.CultureInvariant)]
    private static partial Regex NumberInName();

    /// <summary>
    /// A 序号 cell's text: a number cell by its own value (1, 1.1), not as a fixed-decimal format shows it (1.00, 1.10; that
    /// display is kept for deadlines, where 2024.10 is October); any other cell's text as it is.
    /// </summary>
    public static string? TextOf(CellValue cell) =>
        cell.Number is { } n && cell.Date is null && !cell.IsPercent && cell.Text is { } t && t.EndsWith('0') && t.Contains('.', StringComparison.Ordinal)
            ? n.ToString("R", System.Globalization.CultureInfo.InvariantCulture)
            : cell.Text;

    /// <summary>
    /// The 序号 as digits joined by dots (1.2), its closing 、 or dot dropped; null when it is not such a number. A 序号
    /// written so already (most are: 1, 2, 3) is returned as it is, without a copy.
    /// </summary>
    public static string? Dotted(string? text)
    {
        var seq = text.AsSpan().Trim();
        if (seq.Length > 0 && seq[^1] is '.' or '．' or '、')
        {
            seq = seq[..^1];
        }

        if (seq.IsEmpty || seq.Length > 20)
        {
            return null;
        }

        Span<char> dotted = stackalloc char[seq.Length];
        var digitBefore = false;
        for (var i = 0; i < seq.Length; i++)
        {
            var c = seq[i] is >= '０' and <= '９' ? (char)(seq[i] - '０' + '0') : seq[i];
            if (char.IsAsciiDigit(c))
            {
                digitBefore = true;
            }
            else if (c is '.' or '．' && digitBefore)
            {
                c = '.';
                digitBefore = false;
            }
            else
            {
                return null;
            }

            dotted[i] = c;
        }

        if (!digitBefore)
        {
            return null;
        }

        return seq.Length == text!.Length && dotted.SequenceEqual(seq) ? text : new string(dotted);
    }

    /// <summary>Whether <paramref name="child"/> numbers a sub-task of <paramref name="parent"/> (1.1 and 1.2.1 of 1); both as <see cref="Dotted"/> gives them.</summary>
    public static bool IsChildOf(string child, string parent) =>
        child.Length > parent.Length + 1 && child.StartsWith(parent, StringComparison.Ordinal) && child[parent.Length] == '.';
}
