using System.Text.RegularExpressions;

namespace ReformAnalytics.Dashboard.Tests.Support;

/// <summary>
/// The cells of one column of a task page's month-by-month table (计划进度与实际进度), found by the column's name
/// (data-column) rather than its place: which columns the table shows depends on the task.
/// </summary>
internal static partial class HistoryColumn
{
    public static IReadOnlyList<string> Of(string html, string column)
    {
        var start = html.IndexOf("<table class=\"data history\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "the task page has no month-by-month table");
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        var headers = Header().Matches(table).Select(m => m.Groups[1].Value).ToList();
        var index = headers.IndexOf(column);
        Assert.True(index >= 0, $"no column {column} among {string.Join(", ", headers)}");
        return [.. Row().Matches(table).Select(row => Cell().Matches(row.Value)[index].Groups[1].Value)];
    }

    [GeneratedRegex("<th[^>]*data-column=\"([^\"]+)\"")]
    private static partial Regex Header();

    [GeneratedRegex("<tr><td.*?</tr>")]
    private static partial Regex Row();

    [GeneratedRegex("<td[^>]*>(.*?)</td>")]
    private static partial Regex Cell();
}
