using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;

namespace ReformAnalytics.Dashboard.Tests.Html;

public sealed class TableHtmlTests
{
    [Fact]
    public void Render_WordsStayWhole_LongTextsGetRoom_LongHeadersMayWrap()
    {
        // A negative-list row as the page showed it: in a table wider than the screen every text column shrank to its
        // header, so 上级部署试点台账 and 县委政法委 broke over lines and the task name ran four characters a line.
        var table = new ResultTable(
            ["task_id", "ledger", "lead_unit", "task_name", "progress_text", "stalled_months"],
            ["VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "INTEGER"],
            [["T1", "assigned_pilot", "县委政法委", "推进市级人才发展体制机制改革试点", "主体工作已基本结束，正在开展总结评估。资金缺口约780万元，正在积极争取上级补助。", 2L]],
            false);

        var html = TableHtml.Render(table, string.Empty, new HashSet<string>(StringComparer.Ordinal) { "task_id" });

        Assert.Contains("<td class=\"word\">上级部署试点台账</td>", html, StringComparison.Ordinal); // 8 characters: one word
        Assert.Contains("<td class=\"word\"><a href=\"/units/", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text\"><a href=\"/tasks/T1\">推进市级人才发展体制机制改革试点</a>", html, StringComparison.Ordinal); // 16 characters
        Assert.Contains("<td class=\"text long\">主体工作已基本结束", html, StringComparison.Ordinal);
        Assert.Matches("<th class=\"wrap\" data-column=\"stalled_months\"[^>]*>进度连续未变化的填报次数</th>", html);
        Assert.Matches("<th data-column=\"ledger\"[^>]*>台账</th>", html);
        Assert.Contains("<td class=\"num\">2</td>", html, StringComparison.Ordinal);
    }
}
