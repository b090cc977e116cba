using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using ReformAnalytics.Ingest;
using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using ReformAnalytics.Tests.Ingest;
using static ReformAnalytics.Reading.CanonicalColumn;
using static ReformAnalytics.Tests.Support.TestDocx;

namespace ReformAnalytics.Tests.Reading;

/// <summary>
/// A unit's return as a table in Word (.docx). The return: the heading 附件 and 县教育局2024年6月全面深化改革任务推进情况表,
/// then a table whose header spans two rows (序号, 改革任务, … merged down; 责任分工 over 牵头单位 | 责任单位), a section
/// row across all eight columns, two tasks, and a 填报人 note row; a paragraph after it.
/// </summary>
public sealed class DocxReadingTests
{
    /// <summary>The return's body, built afresh for each document (an element belongs to one tree).</summary>
    private static DocumentFormat.OpenXml.OpenXmlElement[] Return() =>
    [
        Para("附件"),
        Para("县教育局2024年6月全面深化改革任务推进情况表"),
        Table(
            Row(Top("序号"), Top("改革任务"), Cell("责任分工", 2), Top("完成时限"), Top("进展情况"), Top("完成进度"), Top("状态")),
            Row(Below(), Below(), Cell("牵头单位"), Cell("责任单位"), Below(), Below(), Below(), Below()),
            Row(Cell("一、社会体制改革专项小组", 8)),
            Row(Cell("1"), Cell("深化“县管校聘”管理改革"), Cell("县教育局"), Cell("县人社局\n县财政局"), Cell("2024年9月底前"), Cell("已完成方案起草；\r正在征求意见。"), Cell("60%"), Cell("序时推进")),
            Row(Cell("2"), Cell("推进集团化办学改革"), Cell("县教育局"), Cell(string.Empty), Cell("年底前"), Cell("已确定试点学校。"), Cell("35%"), Cell("滞后")),
            Row(Cell("填报人：王五", 8))),
        Para("（联系电话：1234567）"),
    ];

    [Fact]
    public async Task AReturnAsAWordTable_ReadsLikeASheet_RowsNumberedAsTheTableCountsThem()
    {
        using var files = new ReadingFiles();
        var path = Path.Combine(files.Folder, "6月进展.docx");
        Write(path, Return());

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(string.Empty, table.SourceSheet);
        Assert.Equal("附件\n县教育局2024年6月全面深化改革任务推进情况表", table.TitleText);
        Assert.Equal(2, table.Rows.Count);
        RowAssert.Cells(table.Rows[0], 4, "社会体制改革专项小组",
            (SeqNo, "1"), (CanonicalColumn.Task, "深化“县管校聘”管理改革"), (LeadUnit, "县教育局"), (CoUnits, "县人社局\n县财政局"),
            (Deadline, "2024年9月底前"), (ProgressText, "已完成方案起草；\n正在征求意见。"), (ProgressPct, "60%"), (Status, "序时推进"));
        RowAssert.Cells(table.Rows[1], 5, "社会体制改革专项小组",
            (SeqNo, "2"), (CanonicalColumn.Task, "推进集团化办学改革"), (LeadUnit, "县教育局"), (Deadline, "年底前"),
            (ProgressText, "已确定试点学校。"), (ProgressPct, "35%"), (Status, "滞后"));
    }

    [Fact]
    public async Task AWordReturnWrittenByLibreOffice_ReadsAsTheSameReturnWrittenByTheSdk()
    {
        // word-return-libreoffice.docx: word-return-libreoffice.html (the same return, as a web page) converted by LibreOffice
        // Writer 7.4 (soffice --convert-to docx): runs split mid-text, merges written as vMerge restart/continue.
        using var files = new ReadingFiles();
        var path = Path.Combine(files.Folder, "6月进展.docx");
        Write(path, Return());
        var sdk = Assert.Single(await ReadingFiles.ReadAsync(path));

        var office = Assert.Single(await ReadingFiles.ReadAsync(ReadingFiles.Golden("word-return-libreoffice.docx")));

        Assert.Equal(sdk.TitleText, office.TitleText);
        Assert.Equal(2, office.Rows.Count);
        foreach (var (want, got) in sdk.Rows.Zip(office.Rows))
        {
            Assert.Equal((want.SourceRow, want.SectionGroup), (got.SourceRow, got.SectionGroup));
            Assert.Equal(want.Cells, got.Cells);
        }
    }

    [Fact]
    public async Task SeveralTables_AreSheets表1表2_ACellLeftOutBeforeTheFirstStaysEmpty_AndATableWithoutAHeaderIsPassedOver()
    {
        using var files = new ReadingFiles();
        var path = Path.Combine(files.Folder, "2024年6月改革任务总台账.docx");
        Write(path,
            Para("报送单位联系人"),
            Table(Row(Cell("联系人"), Cell("王五")), Row(Cell("电话"), Cell("1234567"))),
            Para("2024年6月改革任务总台账"),
            Table(
                Row(Cell("序号"), Cell("改革任务"), Cell("牵头单位"), Cell("完成进度")),
                Row(Cell("1"), Cell("推进甲改革"), Cell("县发改局"), Cell("50%")),
                RowAfter(1, Cell("推进乙改革"), Cell("县财政局"), Cell("20%"))));

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal("表2", table.SourceSheet);
        Assert.Equal("2024年6月改革任务总台账", table.TitleText);
        RowAssert.Cells(table.Rows[0], 2, null, (SeqNo, "1"), (CanonicalColumn.Task, "推进甲改革"), (LeadUnit, "县发改局"), (ProgressPct, "50%"));
        RowAssert.Cells(table.Rows[1], 3, null, (CanonicalColumn.Task, "推进乙改革"), (LeadUnit, "县财政局"), (ProgressPct, "20%"));
        var skipped = Assert.Single(table.Issues, i => i.Sheet == "表1");
        Assert.Equal(IssueSeverity.Warning, skipped.Severity);
    }

    [Fact]
    public async Task ContentControlsOfAWordTemplate_AreReadThrough_AndAPlaceholderLeftInACellIsEmpty()
    {
        // A template with content controls: the whole table in one (block), the task rows in a repeating section (row), the
        // first task's lead unit in a cell control, its progress text in a block control inside the cell, and the second
        // task's figure a control still showing its placeholder, as nothing was typed there. Rows: header 1, tasks 2 and 3.
        static SdtProperties Properties(bool placeholder) => placeholder ? new(new SdtAlias { Val = "完成进度" }, new ShowingPlaceholder()) : new(new SdtAlias { Val = "填报内容" });
        static TableCell Controlled(string text, bool placeholder = false) =>
            new(new TableCellProperties(), new SdtBlock(Properties(placeholder), new SdtContentBlock(Para(text))));

        using var files = new ReadingFiles();
        var path = Path.Combine(files.Folder, "县教育局2024年6月改革任务推进情况.docx");
        Write(path,
            Para("县教育局2024年6月全面深化改革任务推进情况表"),
            new SdtBlock(Properties(false), new SdtContentBlock(new Table(
                new TableProperties(new TableBorders()),
                Row(Cell("序号"), Cell("改革任务"), Cell("牵头单位"), Cell("完成时限"), Cell("进展情况"), Cell("完成进度")),
                new SdtRow(Properties(false), new SdtContentRow(
                    new TableRow(Cell("1"), Cell("深化“县管校聘”管理改革"), new SdtCell(Properties(false), new SdtContentCell(Cell("县教育局"))), Cell("2024年9月底前"),
                        Controlled("已完成方案起草。"), Cell("60%")),
                    Row(Cell("2"), Cell("推进集团化办学改革"), Cell("县教育局"), Cell("年底前"), Cell("已确定试点学校。"), Controlled("单击或点击此处输入文字。", placeholder: true))))))));

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal("县教育局2024年6月全面深化改革任务推进情况表", table.TitleText);
        Assert.Equal(2, table.Rows.Count);
        RowAssert.Cells(table.Rows[0], 2, null,
            (SeqNo, "1"), (CanonicalColumn.Task, "深化“县管校聘”管理改革"), (LeadUnit, "县教育局"), (Deadline, "2024年9月底前"),
            (ProgressText, "已完成方案起草。"), (ProgressPct, "60%"));
        RowAssert.Cells(table.Rows[1], 3, null,
            (SeqNo, "2"), (CanonicalColumn.Task, "推进集团化办学改革"), (LeadUnit, "县教育局"), (Deadline, "年底前"), (ProgressText, "已确定试点学校。"));
    }

    [Fact]
    public async Task InAFolderOfReturns_AWordReturnIsIngested_ACoverLetterAndABrokenDocumentAreNamedUnread()
    {
        using var f = new IngestFixture();
        Write(Path.Combine(f.Input, "县教育局2024年6月改革任务推进情况.docx"), Return());
        Write(Path.Combine(f.Input, "报送函.docx"), Para("关于报送2024年6月改革任务推进情况的函"), Para("县委改革办：现将我局6月推进情况报送如下。"));
        var whole = Path.Combine(f.Input, "whole.docx");
        Write(whole, Return());
        var bytes = await File.ReadAllBytesAsync(whole);
        File.Delete(whole);
        await File.WriteAllBytesAsync(Path.Combine(f.Input, "县财政局6月进展.docx"), bytes[..(bytes.Length / 2)]);

        var summary = await f.IngestAsync();

        Assert.False(summary.Refused);
        Assert.Equal(
            ["overall|2024-06|推进集团化办学改革|县教育局|35|behind", "overall|2024-06|深化“县管校聘”管理改革|县教育局|60|on_track"],
            (await f.QueryAsync("SELECT ledger, strftime(report_month, '%Y-%m'), task_name, lead_unit, progress_pct, status FROM snapshots ORDER BY task_name"))
                .Select(r => string.Join('|', r)));
        Assert.Equal(
            "有2个 Word 文档中没有台账表格，未读取：县财政局6月进展.docx、报送函.docx。如其中有台账，请核对表格的表头（“改革任务”“牵头单位”等），或另存为 .xlsx 再导入。",
            InputFileSet.DescribeUnread(summary.Unread));
    }

    [Fact]
    public async Task AWordDocumentGivenWithoutATable_OrNotAWordDocument_IsRefusedWhenRead()
    {
        using var files = new ReadingFiles();
        var letter = Path.Combine(files.Folder, "报送函.docx");
        Write(letter, Para("关于报送2024年6月改革任务推进情况的函"));
        var e = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(letter));
        Assert.Equal(ReadingMessages.WordWithoutTable, e.Message);

        var workbook = files.Write("6月台账.docx", Encoding.UTF8.GetBytes("not a zip"));
        Assert.False(DocxTableReader.HoldsLedgerTable(workbook, ReadOptions.Default));
        Assert.False(DocxTableReader.HoldsLedgerTable(letter, ReadOptions.Default));
    }
}
