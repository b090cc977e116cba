using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using static ReformAnalytics.Reading.CanonicalColumn;

namespace ReformAnalytics.Tests.Reading;

/// <summary>Web pages saved as .xls (as office systems export them): read as the table Excel shows.</summary>
public sealed class HtmlReadingTests : IDisposable
{
    // Rows as Excel shows the page: 1 the heading above the table; 2–3 the header, 责任分工 over 牵头单位|责任单位
    // (colspan), the other header cells merged down (rowspan); 4 a section row across the width; 5–6 tasks, 县发改局
    // merged down over both; a <br> in a progress cell; entities; the head, a script, a comment and styling tags
    // left out.
    private const string Page = """
        <html xmlns:x="urn:schemas-microsoft-com:office:excel">
        <head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>台账导出</title>
        <style>td { mso-number-format:"\@"; }</style></head>
        <body>
        <h3>2024年全面深化改革任务台账（6月）</h3>
        <script>var x = "<td>不是单元格</td>";</script>
        <!-- <tr><td>注释</td></tr> -->
        <table border="1">
          <tr><th rowspan="2">序号</th><th rowspan=2>改革任务</th><th colspan="2">责任分工</th><th rowspan='2'>完成时限</th><th rowspan="2">进展情况</th></tr>
          <tr><th>牵头单位</th><th>责任单位</th></tr>
          <tr><td colspan="6"><b>一、经济体制改革专项小组</b></td></tr>
          <tr><td>1</td><td>深化国有企业改革&nbsp;</td><td rowspan="2">县发改局</td><td>县财政局、县国资委</td><td>2024年6月底前</td><td>已完成方案起草<br>正在征求意见</td></tr>
          <tr><td>2</td><td>推进&lt;混改&gt;试点</td>                                   <td></td><td>12月底前</td><td>
                已完成摸底
              </td></tr>
        </table>
        <p>注：本表由县委改革办汇总。</p>
        </body></html>
        """;

    private readonly ReadingFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(70_000)] // markup alone for longer than the encoding sample: the reader starts as UTF-8, then finds GBK
    public async Task Read_WebPageSavedAsXls_GivesTheTableAsExcelShowsIt(int asciiHead)
    {
        var page = Page.Replace("<head>", "<head><!-- " + new string('a', asciiHead) + " -->", StringComparison.Ordinal);
        var path = _files.Write("2024年6月改革任务总台账.xls", CodePages.StrictGb18030().GetBytes(page));

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(string.Empty, table.SourceSheet);
        Assert.Equal("2024年全面深化改革任务台账（6月）", table.TitleText);
        Assert.Equal(2, table.Rows.Count);
        RowAssert.Cells(table.Rows[0], 5, "经济体制改革专项小组",
            (SeqNo, "1"), (CanonicalColumn.Task, "深化国有企业改革"), (LeadUnit, "县发改局"), (CoUnits, "县财政局、县国资委"),
            (Deadline, "2024年6月底前"), (ProgressText, "已完成方案起草\n正在征求意见"));
        RowAssert.Cells(table.Rows[1], 6, "经济体制改革专项小组",
            (SeqNo, "2"), (CanonicalColumn.Task, "推进<混改>试点"), (LeadUnit, "县发改局"), (Deadline, "12月底前"), (ProgressText, "已完成摸底"));
    }

    [Fact]
    public async Task Read_Utf8PageOfTwoTables_EachIsASheet_OneWithoutHeaderSkipped()
    {
        var page = "<html><body><table><tr><td>填报说明</td></tr><tr><td>每月25日前报送</td></tr></table>"
            + "<table><tr><td>序号</td><td>任务名称</td><td>牵头部门</td></tr><tr><td>1</td><td>推进县域医共体建设</td><td>县卫健局</td></tr></table></body></html>";
        var path = _files.WriteText("export.xls", page);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal("表2", table.SourceSheet);
        RowAssert.Cells(Assert.Single(table.Rows), 2, null, (SeqNo, "1"), (CanonicalColumn.Task, "推进县域医共体建设"), (LeadUnit, "县卫健局"));
        var skipped = Assert.Single(table.Issues);
        Assert.Equal(("表1", IssueSeverity.Warning), (skipped.Sheet, skipped.Severity));
    }

    [Fact]
    public async Task Read_PageCutShortInsideTheTable_GivesTheRowsThatArrived()
    {
        var path = _files.WriteText("cut.xls", "<table><tr><td>序号</td><td>任务名称</td><td>牵头部门</td></tr><tr><td>1</td><td>推进县域医共体建设</td><td>县卫健局");

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        RowAssert.Cells(Assert.Single(table.Rows), 2, null, (SeqNo, "1"), (CanonicalColumn.Task, "推进县域医共体建设"), (LeadUnit, "县卫健局"));
    }

    [Fact]
    public async Task Read_PageWithoutALedgerTable_IsRefusedAsNotALedger()
    {
        var path = _files.WriteText("notice.xls", "<html><body><p>关于召开改革推进会的通知</p><table><tr><td>时间</td><td>地点</td></tr></table></body></html>");

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("未找到台账表头", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_PageWithNoTableAtAll_IsRefusedAsNotALedger()
    {
        var path = _files.WriteText("会议通知.xls", "<html><body><p>关于召开改革推进会的通知</p></body></html>");

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("网页（HTML）格式，但其中没有表格", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_SingleFileWebPage_IsRefusedWithHowToSaveIt()
    {
        var path = _files.WriteText("export.xls", "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart\"\r\n\r\n");

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("单个文件网页", ex.Message, StringComparison.Ordinal);
        Assert.Contains("另存为 .xlsx", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_SpansThatWouldFillMillionsOfCells_AreRefused()
    {
        var cells = string.Concat(Enumerable.Repeat("<td rowspan=\"1000\" colspan=\"100\">x</td>", 120));
        var path = _files.WriteText("bomb.xls", $"<table><tr><td>序号</td><td>改革任务</td><td>牵头单位</td></tr><tr>{cells}</tr></table>");

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("疑似异常文件", ex.Message, StringComparison.Ordinal);
    }
}
