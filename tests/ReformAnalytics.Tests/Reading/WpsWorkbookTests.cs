using System.Text;
using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using ReformAnalytics.Xlsx;
using static ReformAnalytics.Reading.CanonicalColumn;

namespace ReformAnalytics.Tests.Reading;

/// <summary>
/// A return saved by WPS under its own extension, .et. WPS keeps the workbook inside compatible with Excel (a BIFF
/// compound file or an Open XML package), so it is read by its content like an .xls or an .xlsx; anything else is WPS's
/// own format, refused with what to do.
/// </summary>
public sealed class WpsWorkbookTests : IDisposable
{
    private readonly ReadingFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Read_AnEtHoldingABiffWorkbook_GivesTheRowsOfTheSameWorkbookSavedAsXls()
    {
        var book = new BiffWorkbookWriter();
        book.AddSheet("6月台账")
            .Row(0, "序号", "改革任务", "牵头单位", "完成时限", "状态")
            .Row(1, 1, "深化国有企业改革", "县国资委", new DateOnly(2024, 6, 30), "已完成")
            .Row(2, 2, "推进综合行政执法改革", "县司法局", "年底前", "序时推进");
        var bytes = book.ToBytes();
        var xls = Assert.Single(await ReadingFiles.ReadAsync(_files.Write("县国资委.xls", bytes)));

        var et = Assert.Single(await ReadingFiles.ReadAsync(_files.Write("县国资委.et", bytes)));

        Assert.Equal("6月台账", et.SourceSheet);
        Assert.Equal(2, et.Rows.Count);
        RowAssert.Cells(et.Rows[0], 2, null,
            (SeqNo, "1"), (CanonicalColumn.Task, "深化国有企业改革"), (LeadUnit, "县国资委"), (Deadline, "2024-06-30"), (Status, "已完成"));
        RowAssert.Cells(et.Rows[1], 3, null,
            (SeqNo, "2"), (CanonicalColumn.Task, "推进综合行政执法改革"), (LeadUnit, "县司法局"), (Deadline, "年底前"), (Status, "序时推进"));
        Assert.Equal(new DateOnly(2024, 6, 30), et.Rows[0][Deadline].Date);
        Assert.Equal(xls.Rows.SelectMany(r => r.Cells), et.Rows.SelectMany(r => r.Cells));
    }

    [Fact]
    public async Task Read_AnEtHoldingAnOpenXmlWorkbook_IsReadAsAnXlsx()
    {
        var xlsx = _files.WriteWorkbook("县司法局.xlsx", w =>
        {
            w.StartSheet("台账");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成进度");
            w.WriteRow(XlsxCell.Of(1), "推进综合行政执法改革", "县司法局", XlsxCell.Percent(0.6));
        });
        var et = _files.Write("县司法局.et", File.ReadAllBytes(xlsx));

        var table = Assert.Single(await ReadingFiles.ReadAsync(et));

        RowAssert.Cells(Assert.Single(table.Rows), 2, null,
            (SeqNo, "1"), (CanonicalColumn.Task, "推进综合行政执法改革"), (LeadUnit, "县司法局"), (ProgressPct, "60%"));
    }

    [Theory]
    [InlineData("text")] // WPS's own format, or anything that is no workbook
    [InlineData("compound")] // a compound file whose workbook stream is not there or not whole
    public async Task Read_AnEtTheExcelReaderCannotRead_IsRefusedWithWhatToDoInWps(string content)
    {
        var bytes = content == "text"
            ? Encoding.UTF8.GetBytes("序号,改革任务,牵头单位\n1,深化国有企业改革,县国资委\n")
            : TruncatedBiffWorkbook();
        var path = _files.Write("县教育局.et", bytes);

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Equal(path, ex.File);
        Assert.Equal(
            "该文件是 WPS 表格文件（.et），但保存格式不是本工具能读取的（只能读取与 Excel 兼容的 .et）。请在 WPS 中打开后“另存为”Excel 工作簿（.xlsx）再导入。",
            ex.Message);
    }

    private static byte[] TruncatedBiffWorkbook()
    {
        var book = new BiffWorkbookWriter();
        book.AddSheet("台账").Row(0, "序号", "改革任务", "牵头单位").Row(1, 1, "深化国有企业改革", "县国资委");
        return book.ToBytes()[..1024];
    }

    [Fact]
    public async Task Read_AnEmptyEt_IsRefusedAsEmpty()
    {
        var path = _files.Write("县教育局.et", []);

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("文件是空的", ex.Message, StringComparison.Ordinal);
    }
}
