using System.Globalization;
using System.Text;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Html;

/// <summary>
/// Renders a result as an HTML table with Chinese headers. Tasks, units, groups and leaders link to their
/// pages (keeping <paramref name="linkQuery"/>, the month and ledger filters); lights show as coloured dots.
/// </summary>
internal static class TableHtml
{
    /// <summary>The longest text kept on one line: a unit, a leader, a ledger (上级部署试点台账), a status, 是/否.</summary>
    internal const int WordLength = 8;

    /// <summary>From this length a text (a task name, a group) gets room of its own, so a wide table scrolls instead of squeezing it.</summary>
    internal const int TextLength = 10;

    /// <summary>From this length a text (a progress narrative, a reason) gets a wider room.</summary>
    internal const int LongTextLength = 24;

    /// <summary>A task's name column and the column of the heading it is listed under (上级任务), shown together.</summary>
    private static readonly (string Name, string Heading)[] TaskHeadings = [("task_name", "task_heading"), ("next_task_name", "next_task_heading")];

    /// <summary>
    /// The table. Where it holds a task's name and its heading (task_heading beside task_name), a sub-task reads
    /// <c>深化国资国企改革 › 制定实施方案</c> in one cell, the heading smaller, and the heading's own column is not shown
    /// (<paramref name="foldHeadings"/>; the SQL page shows a query's columns as they are).
    /// </summary>
    public static string Render(ResultTable table, string linkQuery, IReadOnlySet<string>? hidden = null, string? cssClass = null, bool foldHeadings = true)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        var headingOf = foldHeadings
            ? TaskHeadings.Where(p => table.IndexOf(p.Name) >= 0 && table.IndexOf(p.Heading) >= 0).ToDictionary(p => table.IndexOf(p.Name), p => table.IndexOf(p.Heading))
            : [];
        var shown = Enumerable.Range(0, table.Columns.Count)
            .Where(i => (hidden is null || !hidden.Contains(table.Columns[i])) && !headingOf.ContainsValue(i))
            .ToArray();
        var taskId = table.IndexOf("task_id");
        var dimension = table.IndexOf("dimension");
        sb.Append(CultureInfo.InvariantCulture, $"<div class=\"table-wrap\"><table class=\"data {cssClass}\"><thead><tr>");
        foreach (var i in shown)
        {
            // A long header (进度连续未变化的填报次数) may wrap: kept on one line it made a column of one-digit counts the widest of the table.
            var label = Labels.Column(table.Columns[i]);
            var wrap = label.Length > WordLength ? " class=\"wrap\"" : string.Empty;
            // The mouse-over explains the column in the office's words (or says nothing); the column's name, which the office
            // does not read, stays in data-column, for scripts and tests.
            var note = ColumnNotes.Of(table.Columns[i]) is { } n ? $" title=\"{HtmlText.Encode(n)}\"" : string.Empty;
            sb.Append(CultureInfo.InvariantCulture, $"<th{wrap} data-column=\"{HtmlText.Encode(table.Columns[i])}\"{note}>{HtmlText.Encode(label)}</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            sb.Append("<tr>");
            foreach (var i in shown)
            {
                var column = table.Columns[i];
                var value = row[i];
                if (value is null && i < table.Types.Count && NumberTypes.IsNumber(table.Types[i]))
                {
                    // A figure with nothing to count (平均滞后 with no task behind, 按期完成率 with none settled) reads “—”, as in
                    // the report; a blank cell looked like a figure left out. Downloads keep the cell empty, as they do for text.
                    sb.Append("<td class=\"num\">—</td>");
                    continue;
                }

                var numeric = DbValues.AsDouble(value) is not null && value is not bool;
                if (CellText.Plain(column, value).Length == 0)
                {
                    // Nothing written (成果形式 of a pilot, a risk with no reason given, an issue about a whole file: no row)
                    // reads “—”, as the report writes it; a blank cell looked like a cell the page failed to fill.
                    sb.Append(numeric ? "<td class=\"num\">—</td>" : "<td class=\"word\">—</td>");
                    continue;
                }

                var heading = headingOf.TryGetValue(i, out var h) && value is string && row[h] is string { Length: > 0 } written ? written : null;
                // A date (2024年6月, 2024-06-30) is short and reads wrong broken over two lines: it is kept whole.
                sb.Append(numeric ? "<td class=\"num\">" : DbValues.AsDate(value) is not null ? "<td class=\"date\">" : TextCell(TaskLabel.Of(heading, CellText.Plain(column, value))));
                Cell(sb, column, value, taskId >= 0 ? row[taskId] as string : null, dimension >= 0 ? row[dimension] as string : null, linkQuery, heading);
                sb.Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table></div>");
        if (table.Rows.Count == 0)
        {
            sb.Append("<p class=\"empty\">没有符合条件的记录。</p>");
        }

        return sb.ToString();
    }

    /// <summary>
    /// The opening tag of a text cell. In a table wider than the screen every column shrank to its header, so 改革任务总台账 and
    /// 县委政法委 broke over lines and task names ran four characters a line: a word stays whole, a longer text gets a
    /// minimum width, and the table scrolls sideways instead.
    /// </summary>
    internal static string TextCell(string text) =>
        text.Length == 0 || text.Contains('\n', StringComparison.Ordinal) ? "<td>"
        : text.Length <= WordLength ? "<td class=\"word\">"
        : text.Length >= LongTextLength ? "<td class=\"text long\">"
        : text.Length >= TextLength ? "<td class=\"text\">"
        : "<td>";

    /// <summary>A task's leaders (names joined with 、), each linking to its own leader page.</summary>
    public static string LeaderLinks(string leaders, string linkQuery) => string.Join(
        "、",
        leaders.Split('、').Select(name => $"<a href=\"{HtmlText.Encode("/leaders/" + Uri.EscapeDataString(name) + linkQuery)}\">{HtmlText.Encode(name)}</a>"));

    private static void Cell(StringBuilder sb, string column, object? value, string? taskId, string? dimension, string linkQuery, string? heading = null)
    {
        var text = HtmlText.Encode(CellText.Plain(column, value));
        if (heading is not null)
        {
            text = $"<span class=\"task-heading\">{HtmlText.Encode(heading + TaskLabel.Separator)}</span>{text}";
        }

        if (CellText.LightCode(column, value) is { } light)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<span class=\"light {light}\">{text}</span>");
            return;
        }

        if (string.Equals(column, "leader", StringComparison.OrdinalIgnoreCase) && value is string leaders && leaders.Contains('、', StringComparison.Ordinal))
        {
            sb.Append(LeaderLinks(leaders, linkQuery));
            return;
        }

        if (text.Length == 0)
        {
            return;
        }

        if (string.Equals(column, "file", StringComparison.OrdinalIgnoreCase) && value is string file && file.LastIndexOfAny(['/', '\\']) is var cut and > 0)
        {
            // An ingest issue's file: the name first, the folder it sat in below it, quieter (入库问题 gives it relative to the run's folder).
            sb.Append(CultureInfo.InvariantCulture, $"{HtmlText.Encode(file[(cut + 1)..])}<span class=\"folder\">{HtmlText.Encode(file[..(cut + 1)])}</span>");
            return;
        }

        var link = column.ToLowerInvariant() switch
        {
            "task_id" when value is string id => "/tasks/" + Uri.EscapeDataString(id),
            "task_name" when taskId is not null => "/tasks/" + Uri.EscapeDataString(taskId),
            "lead_unit" or "unit" when value is string unit => "/units/" + Uri.EscapeDataString(unit),
            "special_group" when value is string group => "/groups/" + Uri.EscapeDataString(group),
            "leader" when value is string leader => "/leaders/" + Uri.EscapeDataString(leader),
            "group_name" when value is string name && EntityPath(dimension) is { } path => path + Uri.EscapeDataString(name),
            _ => null,
        };
        if (value is "(未填)")
        {
            link = null; // no unit (group, leader) written in the ledger: nothing to open
        }

        if (link is null)
        {
            sb.Append(text);
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"<a href=\"{HtmlText.Encode(link + linkQuery)}\">{text}</a>");
        }
    }

    private static string? EntityPath(string? dimension) => dimension switch
    {
        "group" => "/groups/",
        "unit" => "/units/",
        "leader" => "/leaders/",
        _ => null,
    };
}
