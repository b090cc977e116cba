using System.Text;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Reading;

/// <summary>
/// A row the office hid, in a web page saved as .xls (<c>&lt;tr style="display:none"&gt;</c>, as Excel saves a hidden row)
/// and in an Excel 2003 XML spreadsheet (<c>&lt;Row ss:Hidden="1"&gt;</c>): read as any other row, and named in one warning
/// for the table, as in an .xlsx, .xls or .ods. Before, the two formats read the row without a word: the office did not learn
/// that a task it cannot see in the sheet was stored.
/// </summary>
public sealed class HiddenRowsInPagesTests : IDisposable
{
    private const string HiddenWarning = "本表有2行任务处于隐藏状态（在 Excel 中看不到）：第{0}、{1}行。隐藏的行仍是台账的内容，已照常作为任务读取入库；"
        + "如其中有已撤销、不应再统计的任务，请把这些行从台账中删除（而不是隐藏）后重新报送。";

    private readonly ReadingFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Read_WebPageRowsHiddenByTheirStyle_AreReadWithOneWarningNamingThem()
    {
        // Rows as Excel shows the page: 1 the title (text before the table); 2 header; 3 task; 4 task hidden as Excel writes
        // it (height=0 style='display:none'); 5 an empty row, hidden (no task: not named); 6 task; 7 task hidden by a style
        // among others (DISPLAY: none after mso-height-source). By hand: four tasks read (3, 4, 6, 7); one warning at row 4
        // (its task 改革乙) naming 第4、7行.
        const string page = "<html><head><meta charset=\"utf-8\"></head><body><p>2024年全面深化改革任务台账（6月）</p><table>"
            + "<tr><td>序号</td><td>改革任务</td><td>牵头单位</td><td>状态</td></tr>"
            + "<tr><td>1</td><td>改革甲</td><td>县发改局</td><td>序时推进</td></tr>"
            + "<tr height=0 style='display:none'><td>2</td><td>改革乙</td><td>县财政局</td><td>已完成</td></tr>"
            + "<tr style=\"display:none\"><td></td><td></td><td></td><td></td></tr>"
            + "<tr style=\"height:14pt\"><td>3</td><td>改革丙</td><td>县教育局</td><td>滞后</td></tr>"
            + "<tr style=\"mso-height-source:userset; DISPLAY: none\"><td>4</td><td>改革丁</td><td>县民政局</td><td>已完成</td></tr>"
            + "</table></body></html>";
        var path = _files.Write("2024年6月改革任务总台账.xls", new UTF8Encoding(false).GetBytes(page));

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal([3, 4, 6, 7], table.Rows.Select(r => r.SourceRow));
        var issue = Assert.Single(table.Issues);
        Assert.Equal((4, "改革任务", "改革乙", IssueSeverity.Warning), (issue.Row, issue.Column, issue.Value, issue.Severity));
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, HiddenWarning, 4, 7), issue.Message);
    }

    [Fact]
    public async Task Read_XmlSpreadsheetRowsHiddenByTheirRow_AreReadWithOneWarningNamingThem()
    {
        // Rows: 1 header; 2 task; 3 task, ss:Hidden="1"; 5 (ss:Index skips 4) task, hidden; 6 task. By hand: four tasks read
        // (2, 3, 5, 6); one warning at row 3 (its task 改革乙) naming 第3、5行.
        static string Row(string attributes, params string[] cells) =>
            $"<Row{attributes}>" + string.Concat(cells.Select(c => $"<Cell><Data ss:Type=\"String\">{c}</Data></Cell>")) + "</Row>";
        var xml = "<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?>"
            + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">"
            + "<Worksheet ss:Name=\"6月台账\"><Table>"
            + Row(string.Empty, "序号", "改革任务", "牵头单位", "状态")
            + Row(string.Empty, "1", "改革甲", "县发改局", "序时推进")
            + Row(" ss:Hidden=\"1\"", "2", "改革乙", "县财政局", "已完成")
            + Row(" ss:Index=\"5\" ss:AutoFitHeight=\"0\" ss:Hidden=\"1\"", "3", "改革丙", "县教育局", "已完成")
            + Row(string.Empty, "4", "改革丁", "县民政局", "滞后")
            + "</Table></Worksheet></Workbook>";
        var path = _files.Write("2024年6月改革任务总台账.xls", new UTF8Encoding(false).GetBytes(xml));

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal([2, 3, 5, 6], table.Rows.Select(r => r.SourceRow));
        var issue = Assert.Single(table.Issues);
        Assert.Equal((3, "改革任务", "改革乙", IssueSeverity.Warning), (issue.Row, issue.Column, issue.Value, issue.Severity));
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, HiddenWarning, 3, 5), issue.Message);
    }
}
