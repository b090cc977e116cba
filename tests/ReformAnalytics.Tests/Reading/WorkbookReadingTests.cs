using System.IO.Compression;
using ReformAnalytics.Model;
using ReformAnalytics.Normalising;
using ReformAnalytics.Reading;
using ReformAnalytics.Xlsx;
using static ReformAnalytics.Reading.CanonicalColumn;

namespace ReformAnalytics.Tests.Reading;

public sealed class WorkbookReadingTests : IDisposable
{
    private readonly ReadingFiles _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>
    /// One sheet with every shape an export has. Columns (A–K): 序号, 改革任务, 牵头单位, 责任单位, 完成时限, 完成进度,
    /// 进展情况, 工作进展 (hidden: last month's progress), 责任领导 (hidden, the only leader column), 状态, 考核分值.
    /// Rows: 1–2 titles (merged across); 3–4 header, 责任分工 merged over 牵头单位|责任单位, the other names merged
    /// down both rows; 5 section 一、; 6–7 tasks, 县国资委 merged down C6:C7, a date and percent cells; 8 blank;
    /// 9 section 二、; 10 task with a plain number; 11 a row with 序号 2 but no task; 12 the header repeated;
    /// 13 task; 14 blank; 15 注：… merged across; 16 填报人：… and 联系电话：….
    /// </summary>
    private string WriteFullLedger() => _files.WriteWorkbook("full.xlsx", w =>
    {
        w.StartSheet("6月台账", new XlsxSheetOptions { HiddenColumns = new HashSet<int> { 7, 8 } });
        w.WriteRow(XlsxCell.Of("2024年全面深化改革任务台账（6月）", XlsxStyle.Title));
        w.WriteRow("（截至2024年6月30日）");
        w.WriteRow("序号", "改革任务", "责任分工", null, "完成时限", "完成进度", "进展情况", "工作进展", "责任领导", "状态", "考核分值");
        w.WriteRow(null, null, "牵头单位", "责任单位");
        w.WriteRow("一、经济体制改革专项小组");
        w.WriteRow(XlsxCell.Of(1), "深化国有企业改革", "县国资委", "县财政局、县发改局", XlsxCell.Of(new DateOnly(2024, 6, 30)), XlsxCell.Percent(0.8), "已完成方案起草\n正在征求意见", "上月：开展调研", "张副县长", "序时推进", "重点");
        w.WriteRow(XlsxCell.Of(2), "推进国企混合所有制改革", null, "县发改局", "2024年12月底前", XlsxCell.Percent(0.35), "已完成摸底", null, "张副县长", "推进中");
        w.WriteRow();
        w.WriteRow("二、民主法制领域改革专项小组");
        w.WriteRow(XlsxCell.Of(1), "推进综合行政执法改革", "县司法局", "各乡镇", "年底前", XlsxCell.Of(60), null, null, "李副县长", "滞后");
        w.WriteRow(XlsxCell.Of(2), null, "县司法局", null, "6月底前");
        w.WriteRow("序号", "改革任务", "牵头单位", "责任单位", "完成时限", "完成进度", "进展情况", "工作进展", "责任领导", "状态", "考核分值");
        w.WriteRow(XlsxCell.Of(3), "深化\"放管服\"改革", "县政务服务中心", null, XlsxCell.Of(new DateOnly(2024, 9, 30)), XlsxCell.Percent(0.5), null, null, null, "序时推进");
        w.WriteRow();
        w.WriteRow("注：完成进度按月度调度填报。");
        w.WriteRow("填报人：王某某", null, null, null, "联系电话：12345678");
        w.Merge(1, 1, 1, 11);
        w.Merge(2, 1, 2, 11);
        foreach (var column in new[] { 1, 2, 5, 6, 7, 8, 9, 10, 11 })
        {
            w.Merge(3, column, 4, column);
        }

        w.Merge(3, 3, 3, 4);
        w.Merge(5, 1, 5, 11);
        w.Merge(6, 3, 7, 3);
        w.Merge(9, 1, 9, 11);
        w.Merge(15, 1, 15, 11);
    });

    [Fact]
    public async Task Read_FullLedgerSheet_GivesTaskRowsCellByCell()
    {
        var path = WriteFullLedger();

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal("6月台账", table.SourceSheet);
        Assert.Equal("2024年全面深化改革任务台账（6月）\n（截至2024年6月30日）", table.TitleText);
        Assert.Equal([6, 7, 10, 13], table.Rows.Select(r => r.SourceRow));
        const string economy = "经济体制改革专项小组";
        const string law = "民主法制领域改革专项小组";
        RowAssert.Cells(table.Rows[0], 6, economy,
            (SeqNo, "1"), (CanonicalColumn.Task, "深化国有企业改革"), (LeadUnit, "县国资委"), (CoUnits, "县财政局、县发改局"), (Deadline, "2024-06-30"),
            (ProgressPct, "80%"), (ProgressText, "已完成方案起草\n正在征求意见"), (Leader, "张副县长"), (Status, "序时推进"));
        RowAssert.Cells(table.Rows[1], 7, economy,
            (SeqNo, "2"), (CanonicalColumn.Task, "推进国企混合所有制改革"), (LeadUnit, "县国资委"), (CoUnits, "县发改局"), (Deadline, "2024年12月底前"),
            (ProgressPct, "35%"), (ProgressText, "已完成摸底"), (Leader, "张副县长"), (Status, "推进中"));
        RowAssert.Cells(table.Rows[2], 10, law,
            (SeqNo, "1"), (CanonicalColumn.Task, "推进综合行政执法改革"), (LeadUnit, "县司法局"), (CoUnits, "各乡镇"), (Deadline, "年底前"),
            (ProgressPct, "60"), (Leader, "李副县长"), (Status, "滞后"));
        RowAssert.Cells(table.Rows[3], 13, law,
            (SeqNo, "3"), (CanonicalColumn.Task, "深化\"放管服\"改革"), (LeadUnit, "县政务服务中心"), (Deadline, "2024-09-30"), (ProgressPct, "50%"), (Status, "序时推进"));
    }

    [Fact]
    public async Task Read_DateAndPercentCells_AreTypedFromTheirNumberFormats()
    {
        var table = Assert.Single(await ReadingFiles.ReadAsync(WriteFullLedger()));

        var first = table.Rows[0];
        Assert.Equal(new DateOnly(2024, 6, 30), first[Deadline].Date);
        Assert.Equal(new CellValue("80%", 0.8, null, true), first[ProgressPct]);
        Assert.Equal(new CellValue("1", 1), first[SeqNo]);
        Assert.Null(table.Rows[1][Deadline].Date);
        Assert.Equal(new CellValue("60", 60), table.Rows[2][ProgressPct]);
        Assert.Equal(new DateOnly(2024, 9, 30), table.Rows[3][Deadline].Date);
    }

    [Fact]
    public async Task Read_FullLedgerSheet_ReportsHiddenDuplicateUnknownHeaderAndMissingTask()
    {
        var path = WriteFullLedger();

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        // Header starts on row 3. Hidden 工作进展 (H) duplicates visible 进展情况 (G: ignored); hidden 责任领导 (I) is the only
        // leader column (kept, see the rows above, and named); 考核分值 is unknown (备注 would be known and unused); row 11 has
        // 序号 2 and no task.
        Assert.Collection(
            table.Issues,
            i => Assert.Equal((3, "工作进展", IssueSeverity.Warning), (i.Row, i.Column, i.Severity)),
            i => Assert.Equal((3, "责任领导", IssueSeverity.Warning), (i.Row, i.Column, i.Severity)),
            i => Assert.Equal((3, "考核分值", IssueSeverity.Warning), (i.Row, i.Value, i.Severity)),
            i => Assert.Equal(("6月台账", 11, "改革任务", string.Empty, IssueSeverity.Error), (i.Sheet, i.Row, i.Column, i.Value, i.Severity)));
        Assert.StartsWith("该行（序号2）填写了内容，但“改革任务”列为空", table.Issues[3].Message, StringComparison.Ordinal);
        Assert.StartsWith("隐藏列“工作进展”（H列）与可见列“进展情况”（G列）", table.Issues[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("“责任领导”列（I列）处于隐藏状态", table.Issues[1].Message, StringComparison.Ordinal);
        Assert.Equal("牵头单位", table.Rows[0].HeaderNames[(int)LeadUnit]);
        Assert.Equal("责任单位", table.Rows[0].HeaderNames[(int)CoUnits]);
        Assert.Equal("进展情况", table.Rows[0].HeaderNames[(int)ProgressText]);
    }

    [Fact]
    public async Task Read_ColumnWithoutAHeader_IsNamedOnceWithHowManyRowsFillIt()
    {
        // Columns A–D have a header; E has none and rows 3 and 5 write in it (a remark typed beside the table);
        // F is hidden and filled on row 4 (the office's own column): not reported.
        var path = _files.WriteWorkbook("remarks.xlsx", w =>
        {
            w.StartSheet("6月台账", new XlsxSheetOptions { HiddenColumns = new HashSet<int> { 5 } });
            w.WriteRow("序号", "改革任务", "牵头单位", "完成时限");
            w.WriteRow(XlsxCell.Of(1), "推进医共体建设", "县卫健局", "6月底前");
            w.WriteRow(XlsxCell.Of(2), "深化医保支付改革", "县医保局", "9月底前", "需协调市局");
            w.WriteRow(XlsxCell.Of(3), "推进综合行政执法改革", "县司法局", "年底前", null, "内部备查");
            w.WriteRow(XlsxCell.Of(4), "深化放管服改革", "县政务服务中心", "年底前", "已提请调度");
        });

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        var issue = Assert.Single(table.Issues);
        Assert.Equal((3, "第5列（表头以外）", "需协调市局", IssueSeverity.Warning), (issue.Row, issue.Column, issue.Value, issue.Severity));
        Assert.StartsWith("该列没有表头，但有2个任务行在其中填了内容（首见第3行），这些内容未读取。", issue.Message, StringComparison.Ordinal);
        Assert.Equal(4, table.Rows.Count);
    }

    [Fact]
    public async Task Read_WorkbookWithSeveralSheets_GivesOneTablePerLedgerSheetAndWarnsAboutTheCoverSheet()
    {
        // Sheets: 说明 (cover text: skipped with a warning), 总台账 (ledger), Sheet3 (blank: passed over silently),
        // 自选试点 (ledger whose sections are an ordinal in 序号 with the name in the task column).
        var path = _files.WriteWorkbook("several.xlsx", w =>
        {
            w.StartSheet("说明");
            w.WriteRow("填表说明");
            w.WriteRow("1. 请各单位于每月25日前报送。");
            w.StartSheet("总台账");
            w.WriteRow("序号", "重点任务", "责任部门", "配合单位", "完成时间", "工作进展", "推进状态");
            w.WriteRow(XlsxCell.Of(1), "深化医药卫生体制改革", "县卫健局", "县医保局", "2024年底", "推进中", "序时推进");
            w.StartSheet("Sheet3");
            w.StartSheet("自选试点");
            w.WriteRow("2024年自选试点台账");
            w.WriteRow("序号", "改革事项", "牵头部门", "时间节点", "推进情况");
            w.WriteRow("一", "经济领域");
            w.WriteRow(XlsxCell.Of(1), "开展农村集体经营性建设用地入市试点", "县自然资源局", "2024年10月", "已完成选址");
            w.WriteRow("（二）社会领域");
            w.WriteRow(XlsxCell.Of(1), "推进县域医共体建设", "县卫健局", "2024年12月", "序时推进");
        });

        var tables = await ReadingFiles.ReadAsync(path);

        Assert.Equal(["总台账", "自选试点"], tables.Select(t => t.SourceSheet));
        var overall = tables[0];
        var cover = overall.Issues[0];
        Assert.Equal(("说明", IssueSeverity.Warning), (cover.Sheet, cover.Severity));
        Assert.Contains("未找到台账表头", cover.Message, StringComparison.Ordinal);
        Assert.Single(overall.Issues);
        RowAssert.Cells(Assert.Single(overall.Rows), 2, null,
            (SeqNo, "1"), (CanonicalColumn.Task, "深化医药卫生体制改革"), (LeadUnit, "县卫健局"), (CoUnits, "县医保局"), (Deadline, "2024年底"),
            (ProgressText, "推进中"), (Status, "序时推进"));

        var pilots = tables[1];
        Assert.Equal("2024年自选试点台账", pilots.TitleText);
        Assert.Empty(pilots.Issues);
        Assert.Equal(2, pilots.Rows.Count);
        RowAssert.Cells(pilots.Rows[0], 4, "经济领域",
            (SeqNo, "1"), (CanonicalColumn.Task, "开展农村集体经营性建设用地入市试点"), (LeadUnit, "县自然资源局"), (Deadline, "2024年10月"), (ProgressText, "已完成选址"));
        RowAssert.Cells(pilots.Rows[1], 6, "社会领域",
            (SeqNo, "1"), (CanonicalColumn.Task, "推进县域医共体建设"), (LeadUnit, "县卫健局"), (Deadline, "2024年12月"), (ProgressText, "序时推进"));
    }

    [Theory]
    [InlineData("yyyy\"年\"m\"月\"", "2024年6月")]
    [InlineData("mmm-yy", "2024年6月")]
    [InlineData("yyyy\"年\"", "2024年")]
    [InlineData("yyyy/m/d", "2024-06-01")]
    [InlineData("m\"月\"d\"日\"", "2024-06-01")]
    public async Task Read_DateCell_ShowingNoDay_IsTextOfWhatItShows(string format, string text)
    {
        // The office typed 2024/6 (Excel keeps June 1st) and formatted the column to show the month, or the year alone.
        var path = _files.WriteWorkbook("month-cells.xlsx", w =>
        {
            w.StartSheet("台账");
            w.WriteRow("序号", "改革任务", "完成时限");
            w.WriteRow(XlsxCell.Of(1), "改革甲", XlsxCell.Of(new DateOnly(2024, 6, 1)));
        });
        var code = $"formatCode=\"{System.Security.SecurityElement.Escape(format)}\"";
        RewritePart(path, "xl/styles.xml", xml => xml.Replace("formatCode=\"yyyy/m/d\"", code, StringComparison.Ordinal));
        Assert.Contains(code, ReadPart(path, "xl/styles.xml"), StringComparison.Ordinal);

        var cell = Assert.Single(Assert.Single(await ReadingFiles.ReadAsync(path)).Rows)[Deadline];

        Assert.Equal(text, cell.Text);
        Assert.Equal(new DateOnly(2024, 6, 1), cell.Date);
    }

    private static string ReadPart(string path, string part)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry(part)!.Open());
        return reader.ReadToEnd();
    }

    private static void RewritePart(string path, string part, Func<string, string> rewrite)
    {
        using var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update);
        var entry = zip.GetEntry(part)!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        var changed = rewrite(xml);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new System.Text.UTF8Encoding(false));
        writer.Write(changed);
    }

    [Fact]
    public async Task Read_InlineStringsWrittenByXlsxWriter_AreReadAsText()
    {
        // XlsxWriter writes every string as t="inlineStr"; ExcelDataReader must return them, escapes decoded.
        var path = _files.WriteWorkbook("inline.xlsx", w =>
        {
            w.StartSheet("台账");
            w.WriteRow("序号", "改革任务", "牵头单位");
            w.WriteRow("1", "改革<甲> & \"乙\"", "县委改革办");
        });

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        RowAssert.Cells(Assert.Single(table.Rows), 2, null, (SeqNo, "1"), (CanonicalColumn.Task, "改革<甲> & \"乙\""), (LeadUnit, "县委改革办"));
    }

    [Fact]
    public async Task Read_XlsxWithCsvExtension_IsToldFromItsContent()
    {
        var path = _files.WriteWorkbook("misnamed.csv", w =>
        {
            w.StartSheet("台账");
            w.WriteRow("序号", "改革任务", "牵头单位");
            w.WriteRow("1", "改革甲", "县发改局");
        });

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal("台账", table.SourceSheet);
        Assert.Equal("改革甲", Assert.Single(table.Rows)[CanonicalColumn.Task].Text);
    }

    [Fact]
    public async Task Read_HiddenTaskRows_AreReadWithOneWarningNamingThem()
    {
        // Rows: 1 header; 2 task; 3 task, hidden (a finished task the office hid); 4 blank, hidden (no task: not named);
        // 5 task; 6 task, hidden. By hand: four tasks read (2, 3, 5, 6); the hidden task rows are 3 and 6, so one warning
        // at row 3 (its task 改革乙) naming 第3、6行, 2 rows in all.
        var path = _files.WriteWorkbook("hidden-rows.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位", "状态");
            w.WriteRow(XlsxCell.Of(1), "改革甲", "县发改局", "序时推进");
            w.WriteRow(XlsxCell.Of(2), "改革乙", "县财政局", "已完成");
            w.WriteRow();
            w.WriteRow(XlsxCell.Of(3), "改革丙", "县教育局", "滞后");
            w.WriteRow(XlsxCell.Of(4), "改革丁", "县民政局", "已完成");
        });
        HideRows(path, 3, 4, 6);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal([2, 3, 5, 6], table.Rows.Select(r => r.SourceRow));
        var issue = Assert.Single(table.Issues);
        Assert.Equal((3, "改革任务", "改革乙", IssueSeverity.Warning), (issue.Row, issue.Column, issue.Value, issue.Severity));
        Assert.Equal(
            "本表有2行任务处于隐藏状态（在 Excel 中看不到）：第3、6行。隐藏的行仍是台账的内容，已照常作为任务读取入库；"
            + "如其中有已撤销、不应再统计的任务，请把这些行从台账中删除（而不是隐藏）后重新报送。",
            issue.Message);
    }

    [Fact]
    public async Task Read_NumberCellWithTwoDecimals_KeepsTheDecimalsItShows_SoTheDeadlineIsOctober()
    {
        // 完成时限 as numbers: row 2 2024.1 formatted 0.00 (Excel shows 2024.10, what the unit typed); row 3 the same
        // number unformatted (shows 2024.1: January or October, refused as before); row 4 2024.6 formatted 0.00 (shows
        // 2024.60). By hand: row 2 → 31 October 2024; row 3 → an error naming 2024.10; row 4 → 30 June 2024.
        var path = _files.WriteWorkbook("decimals.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "完成时限");
            w.WriteRow(XlsxCell.Of(1), "改革甲", XlsxCell.Of(2024.1, XlsxStyle.Score));
            w.WriteRow(XlsxCell.Of(2), "改革乙", XlsxCell.Of(2024.1));
            w.WriteRow(XlsxCell.Of(3), "改革丙", XlsxCell.Of(2024.6, XlsxStyle.Score));
        });

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));
        var deadlines = table.Rows.Select(r => r[Deadline]).ToList();
        var parsed = deadlines.Select(c => DeadlineParser.Parse(c, 2024)).ToList();

        Assert.Equal(["2024.10", "2024.1", "2024.60"], deadlines.Select(c => c.Text));
        Assert.Equal([2024.1, 2024.1, 2024.6], deadlines.Select(c => c.Number!.Value));
        Assert.Equal(new DateOnly(2024, 10, 31), parsed[0].Deadline);
        Assert.Contains("2024.10", parsed[1].Error, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 6, 30), parsed[2].Deadline);
    }

    [Fact]
    public async Task Read_SeqNumbersFormattedWithTwoDecimals_AreTheirOwnValues_AndStillNumberAHierarchy()
    {
        // 序号 typed as numbers in a column formatted 0.00 (Excel shows 1.00, 1.10, 1.20, 2.00): by hand, task 1 is the
        // heading of 1.1 and 1.2, task 2 stands alone; the stored 序号 are 1.1, 1.2 and 2, not the format's 1.10 … 2.00.
        var path = _files.WriteWorkbook("2024年6月改革任务总台账.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成时限");
            w.WriteRow(XlsxCell.Of(1, XlsxStyle.Score), "改革甲", "县发改局", "2024年12月底前");
            w.WriteRow(XlsxCell.Of(1.1, XlsxStyle.Score), "改革甲一", "县发改局", "2024年12月底前");
            w.WriteRow(XlsxCell.Of(1.2, XlsxStyle.Score), "改革甲二", "县发改局", "2024年12月底前");
            w.WriteRow(XlsxCell.Of(2, XlsxStyle.Score), "改革乙", "县财政局", "2024年12月底前");
        });

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));
        var normaliser = new RowNormaliser(table, Ledger.Overall, new ReportMonth(2024, 6));
        var rows = table.Rows.Select(r => normaliser.Normalise(r).Row).OfType<SnapshotRow>().ToList();

        Assert.Equal([("1.1", "改革甲一"), ("1.2", "改革甲二"), ("2", "改革乙")], rows.Select(r => (r.SeqNo, r.TaskName)));
    }

    /// <summary>Marks rows of the first sheet hidden (hidden="1"), as Excel writes a row the office hid.</summary>
    private static void HideRows(string path, params int[] rows)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        entry.Delete();
        foreach (var row in rows)
        {
            xml = xml.Replace($"<row r=\"{row}\">", $"<row r=\"{row}\" hidden=\"1\">", StringComparison.Ordinal);
        }

        using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
        writer.Write(xml);
    }
}
