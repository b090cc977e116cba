using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using static ReformAnalytics.Reading.CanonicalColumn;

namespace ReformAnalytics.Tests.Reading;

/// <summary>The BIFF (.xls) path, with workbooks from <see cref="BiffWorkbookWriter"/>.</summary>
public sealed class XlsReadingTests : IDisposable
{
    private readonly ReadingFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Read_XlsLedger_GivesTaskRowsWithMergesDatesPercentsAndHiddenColumnRule()
    {
        // 0-based rows: 0 title merged A–G; 1–2 header, 责任分工 merged over 牵头单位|责任单位, the rest merged down;
        // 3 section; 4–5 tasks, 县国资委 merged down C5:C6; 6 note. Column F (工作进展) is hidden and duplicates G.
        var book = new BiffWorkbookWriter();
        var sheet = book.AddSheet("改革台账");
        sheet.Row(0, "2024年全面深化改革任务台账（6月）")
            .Row(1, "序号", "改革任务", "责任分工", null, "完成时限", "工作进展", "进展情况")
            .Row(2, null, null, "牵头单位", "责任单位")
            .Row(3, "一、经济体制改革专项小组")
            .Row(4, 1, "深化国有企业改革", "县国资委", "县财政局", new DateOnly(2024, 6, 30), "上月进展", "已完成方案起草")
            .Row(5, 2, "推进国企混合所有制改革", null, "县发改局", new BiffPercent(0.25), null, "已完成摸底") // a percent typed by its format, whatever the column
            .Row(6, "注：本表由县委改革办汇总。")
            .Merge(0, 0, 0, 6).Merge(1, 2, 1, 3).Merge(3, 0, 3, 6).Merge(4, 2, 5, 2).Merge(6, 0, 6, 6);
        foreach (var column in new[] { 0, 1, 4, 5, 6 })
        {
            sheet.Merge(1, column, 2, column);
        }

        sheet.HiddenColumns.Add(5);
        var path = _files.Write("ledger.xls", book.ToBytes());

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal("改革台账", table.SourceSheet);
        Assert.Equal("2024年全面深化改革任务台账（6月）", table.TitleText);
        Assert.Equal(2, table.Rows.Count);
        RowAssert.Cells(table.Rows[0], 5, "经济体制改革专项小组",
            (SeqNo, "1"), (CanonicalColumn.Task, "深化国有企业改革"), (LeadUnit, "县国资委"), (CoUnits, "县财政局"), (Deadline, "2024-06-30"), (ProgressText, "已完成方案起草"));
        RowAssert.Cells(table.Rows[1], 6, "经济体制改革专项小组",
            (SeqNo, "2"), (CanonicalColumn.Task, "推进国企混合所有制改革"), (LeadUnit, "县国资委"), (CoUnits, "县发改局"), (Deadline, "25%"), (ProgressText, "已完成摸底"));
        Assert.Equal(new DateOnly(2024, 6, 30), table.Rows[0][Deadline].Date);
        Assert.Equal(new CellValue("25%", 0.25, null, true), table.Rows[1][Deadline]);
        var hidden = Assert.Single(table.Issues);
        Assert.Equal((2, "工作进展", IssueSeverity.Warning), (hidden.Row, hidden.Column, hidden.Severity));
    }

    [Fact]
    public async Task Read_XlsWithCoverSheetAndLedgerSheet_SkipsTheCoverWithAWarning()
    {
        var book = new BiffWorkbookWriter();
        book.AddSheet("说明").Row(0, "填表说明").Row(1, "请于每月25日前报送");
        book.AddSheet("台账").Row(0, "序号", "任务名称", "牵头部门").Row(1, 1, "推进县域医共体建设", "县卫健局");
        var path = _files.Write("two.xls", book.ToBytes());

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal("台账", table.SourceSheet);
        RowAssert.Cells(Assert.Single(table.Rows), 2, null, (SeqNo, "1"), (CanonicalColumn.Task, "推进县域医共体建设"), (LeadUnit, "县卫健局"));
        Assert.Equal(("说明", IssueSeverity.Warning), (table.Issues[0].Sheet, table.Issues[0].Severity));
    }

    [Fact]
    public async Task Read_HiddenTaskRow_IsReadWithAWarningNamingIt()
    {
        // 0-based row 2 (the sheet's row 3, task 推进医保支付方式改革) is hidden: three tasks read, one warning at row 3.
        var book = new BiffWorkbookWriter();
        var sheet = book.AddSheet("台账").Row(0, "序号", "任务名称", "牵头部门")
            .Row(1, 1, "推进县域医共体建设", "县卫健局").Row(2, 2, "推进医保支付方式改革", "县医保局").Row(3, 3, "深化公立医院改革", "县卫健局");
        sheet.HiddenRows.Add(2);
        var path = _files.Write("hidden-row.xls", book.ToBytes());

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal([2, 3, 4], table.Rows.Select(r => r.SourceRow));
        var warning = Assert.Single(table.Issues);
        Assert.Equal((3, "任务名称", "推进医保支付方式改革", IssueSeverity.Warning), (warning.Row, warning.Column, warning.Value, warning.Severity));
        Assert.StartsWith("本表有1行任务处于隐藏状态（在 Excel 中看不到）：第3行。", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_HiddenSheet_IsSkippedWithAWarningUnlessAskedFor()
    {
        var book = new BiffWorkbookWriter();
        book.AddSheet("台账").Row(0, "序号", "任务名称", "牵头部门").Row(1, 1, "推进县域医共体建设", "县卫健局");
        book.AddSheet("旧台账").Row(0, "序号", "任务名称", "牵头部门").Row(1, 1, "旧任务", "县卫健局").Hidden = true;
        var path = _files.Write("hidden.xls", book.ToBytes());

        var skipping = Assert.Single(await ReadingFiles.ReadAsync(path));
        var reading = await ReadingFiles.ReadAsync(path, new ReadOptions { SkipHiddenSheets = false });

        var warning = Assert.Single(skipping.Issues);
        Assert.Equal(("旧台账", IssueSeverity.Warning), (warning.Sheet, warning.Severity));
        Assert.Contains("隐藏", warning.Message, StringComparison.Ordinal);
        Assert.Equal(["台账", "旧台账"], reading.Select(t => t.SourceSheet));
    }

    [Fact]
    public async Task Read_OleFileWithoutAWorkbookStream_IsRefusedAsDamaged()
    {
        // Renaming the directory entry "Workbook" (the second entry of the last sector) leaves an OLE2 file
        // ExcelDataReader finds no workbook in, like a Word .doc renamed .xls.
        var book = new BiffWorkbookWriter();
        book.AddSheet("台账").Row(0, "序号", "改革任务", "牵头单位");
        var bytes = book.ToBytes();
        "Document"u8.ToArray().Select(b => new[] { b, (byte)0 }).SelectMany(b => b).ToArray().CopyTo(bytes, bytes.Length - 512 + 128);
        var path = _files.Write("broken.xls", bytes);

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("不完整或已损坏", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_XlsCellsShowingAnExcelError_AreEmptyAndToldWhereTheyAre()
    {
        // Sheet 说明 (no header: skipped) has a #REF! formula at 0-based (1, 2), where the ledger sheet's row 2 has a unit: it
        // must not leak into the other sheet. Sheet 台账, 0-based rows: 0 header; 1 task 1 with 完成进度 =1/0 (#DIV/0!);
        // 2 blank (no record at all); 3 task 2 with 牵头部门 a formula giving #N/A; 4 task 3 with 状态 #N/A typed as a value
        // (BOOLERR); 5 序号 4 with its 任务名称 a formula giving #N/A. By hand, in the sheet's 1-based rows: warnings (2 完成进度
        // #DIV/0!), (4 牵头部门 #N/A), (5 状态 #N/A); an error at (6 任务名称 #N/A) naming 序号 4; three tasks. Before, all of
        // them were read as empty cells without a word, and row 6 as a row without a task.
        var book = new BiffWorkbookWriter();
        book.AddSheet("说明").Row(0, "填表说明").Row(1, "请于每月25日前报送", null, new BiffError(0x17));
        book.AddSheet("台账")
            .Row(0, "序号", "任务名称", "牵头部门", "完成进度", "状态")
            .Row(1, 1, "推进县域医共体建设", "县卫健局", new BiffError(0x07), "序时推进")
            .Row(3, 2, "推进医保支付方式改革", new BiffError(0x2A), new BiffPercent(0.5), "序时推进")
            .Row(4, 3, "深化公立医院改革", "县卫健局", new BiffPercent(0.3), new BiffError(0x2A, Typed: true))
            .Row(5, 4, new BiffError(0x2A), "县医保局");
        var path = _files.Write("errors.xls", book.ToBytes());

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal([2, 4, 5], table.Rows.Select(r => r.SourceRow));
        Assert.Equal(
            [(2, "完成进度", "#DIV/0!", IssueSeverity.Warning), (4, "牵头部门", "#N/A", IssueSeverity.Warning), (5, "状态", "#N/A", IssueSeverity.Warning), (6, "任务名称", "#N/A", IssueSeverity.Error)],
            table.Issues.Where(i => i.Sheet == "台账").Select(i => (i.Row, i.Column, i.Value, i.Severity)).OrderBy(i => i.Row));
        Assert.Equal(CellValue.FromError("#DIV/0!"), table.Rows[0][ProgressPct]);
        Assert.Equal(CellValue.FromError("#N/A"), table.Rows[1][LeadUnit]);
        Assert.Equal("县卫健局", table.Rows[0][LeadUnit].Text);
        Assert.StartsWith("“完成进度”列的单元格是 Excel 公式错误“#DIV/0!”（公式无法计算，常见于除数为零或为空），该格按空白入库", table.Issues.Single(i => i.Row == 2 && i.Sheet == "台账").Message, StringComparison.Ordinal);
        Assert.StartsWith("该行（序号4）的“任务名称”列是 Excel 公式错误“#N/A”", table.Issues.Single(i => i.Row == 6).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_XlsCountingDatesFrom1904_ReadsAChineseBuiltInDateFormatFrom1904()
    {
        // DATEMODE 1: the workbook counts dates from 1904-01-01. 完成时限 holds 44,011 in built-in format 31 (Chinese Excel's
        // 2024年6月30日). By hand: 120 years of 365 days and 30 leap days to 2024-01-01 (43,830), then 181 days: 2024-06-30.
        // Before, it was counted from 1900: 2020-06-29.
        var book = new BiffWorkbookWriter { Date1904 = true };
        book.AddSheet("台账").Row(0, "序号", "任务名称", "牵头部门", "完成时限")
            .Row(1, 1, "推进县域医共体建设", "县卫健局", new BiffNumberFormat(44_011, 31));
        var path = _files.Write("mac.xls", book.ToBytes());

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(new DateOnly(2024, 6, 30), Assert.Single(table.Rows)[Deadline].Date);
        Assert.Equal("2024-06-30", table.Rows[0][Deadline].Text);
    }

    [Fact]
    public async Task Read_Excel95Xls_ReadsItsTasks_TellsItsErrorCells_AndCountsItsDatesFrom1904()
    {
        // An Excel 95 workbook (BIFF5: stream Book, GBK names and texts, LABEL cells) with DATEMODE 1. Sheet 台账, 0-based
        // rows: 0 header; 1 task 1 with 完成进度 =1/0 (#DIV/0!) and 完成时限 44,011 in format 31 (2024年6月30日 counted from
        // 1904, as in the BIFF8 test above: 2024-06-30); 2 task 2 with 状态 #N/A typed as a value (BOOLERR). By hand: warnings
        // at (2 完成进度 #DIV/0!) and (3 状态 #N/A). Before, the stream Book and BOF 0x0500 were passed over: no error told,
        // and the date read from 1900 (2020-06-29).
        var book = new BiffWorkbookWriter { Biff5 = true, Date1904 = true };
        book.AddSheet("台账")
            .Row(0, "序号", "任务名称", "牵头部门", "完成时限", "完成进度", "状态")
            .Row(1, 1, "推进县域医共体建设", "县卫健局", new BiffNumberFormat(44_011, 31), new BiffError(0x07), "序时推进")
            .Row(2, 2, "深化公立医院改革", "县卫健局", new BiffNumberFormat(44_011, 31), new BiffPercent(0.3), new BiffError(0x2A, Typed: true));
        var path = _files.Write("excel95.xls", book.ToBytes());

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal("台账", table.SourceSheet);
        Assert.Equal(["推进县域医共体建设", "深化公立医院改革"], table.Rows.Select(r => r[CanonicalColumn.Task].Text));
        Assert.Equal([new DateOnly(2024, 6, 30), new DateOnly(2024, 6, 30)], table.Rows.Select(r => r[Deadline].Date!.Value));
        Assert.Equal(
            [(2, "完成进度", "#DIV/0!", IssueSeverity.Warning), (3, "状态", "#N/A", IssueSeverity.Warning)],
            table.Issues.Select(i => (i.Row, i.Column, i.Value, i.Severity)).OrderBy(i => i.Row));
    }
}
