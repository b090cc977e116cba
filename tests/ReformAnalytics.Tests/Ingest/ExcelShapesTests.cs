using System.IO.Compression;
using System.Text;
using ReformAnalytics.Model;
using ReformAnalytics.Tests.Support;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// Workbooks as units really send them, read through the whole ingest: what is stored and what the office is told.
/// Each test states the expected figures worked out by hand from its workbook.
/// </summary>
public sealed class ExcelShapesTests : IDisposable
{
    private readonly IngestFixture _fx = new();

    public void Dispose() => _fx.Dispose();

    [Theory]
    [InlineData(31, "2024年10月31日", "2024-10-31", "day")] // yyyy"年"m"月"d"日"
    [InlineData(58, "2024年10月31日", "2024-10-31", "day")] // m"月"d"日"
    [InlineData(57, "2024年10月", "2024-10-31", "month")] // yyyy"年"m"月"
    [InlineData(27, "2024年10月", "2024-10-31", "month")] // yyyy"年"m"月"
    public async Task DeadlineCell_InAChineseExcelBuiltInDateFormat_IsTheDateItShows(int formatId, string text, string deadline, string kind)
    {
        // Chinese Excel writes its own date formats (2024年10月31日, 10月31日, 2024年10月) as built-in ids 27–36 and 50–58,
        // with no format code in the file. The unit typed 2024/10/1 (kept as 1 October; format 57 and 27 show 2024年10月)
        // or 2024/10/31. By hand: a day format gives the day typed, 31 October; a month format shows the month, so the
        // deadline is the month's last day, 31 October, as for the words 2024年10月. Before, the cell was the bare serial
        // number: deadline_text 45596, and 2024年10月 was read as 1 October.
        var typed = kind == "month" ? new DateOnly(2024, 10, 1) : new DateOnly(2024, 10, 31);
        var path = WriteWorkbook("2024年6月改革任务总台账.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成时限", "状态");
            w.WriteRow(XlsxCell.Of(1), "深化国有企业改革", "县国资委", XlsxCell.Of(typed), "序时推进");
        });

        // The writer's date style (numFmtId 164, yyyy/m/d) becomes the built-in id, as Chinese Excel writes it: no numFmt.
        RewritePart(path, "xl/styles.xml", xml => xml
            .Replace("<numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d\"/>", string.Empty, StringComparison.Ordinal)
            .Replace("<numFmts count=\"3\">", "<numFmts count=\"2\">", StringComparison.Ordinal)
            .Replace("<xf numFmtId=\"164\"", $"<xf numFmtId=\"{formatId}\"", StringComparison.Ordinal));

        var summary = await _fx.IngestAsync();

        Assert.Equal(1, summary.RowsStored);
        Assert.Empty(summary.Issues);
        var row = Assert.Single(await _fx.QueryAsync("SELECT deadline_text, strftime(deadline, '%Y-%m-%d'), deadline_kind FROM snapshots"));
        Assert.Equal([text, deadline, kind], row);
    }

    [Theory]
    [InlineData(31)] // yyyy"年"m"月"d"日": a Chinese built-in id, converted by the reader
    [InlineData(164)] // the writer's yyyy/m/d, which ExcelDataReader converts
    public async Task DeadlineCell_InAWorkbookCountingDatesFrom1904_IsTheDateItShows(int formatId)
    {
        // A workbook saved with the 1904 date system (<workbookPr date1904="1"/>, as Excel for Mac long saved them): a cell
        // shows 2024年6月30日, its number counting days from 1904-01-01. By hand: 1904-01-01 to 2024-06-30 is 120 years, 30 of
        // them leap (1904 … 2020), so 120 × 365 + 30 = 43,830 days to 2024-01-01, then 31+29+31+30+31+29 = 181: serial 44,011.
        // The deadline is 2024-06-30 whatever the format. Before, a cell in format 31 was read from 1900: 2020-06-29.
        var path = WriteWorkbook("2024年6月改革任务总台账.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成时限", "状态");
            w.WriteRow(XlsxCell.Of(1), "深化国有企业改革", "县国资委", new XlsxCell(XlsxCellKind.Number, null, 44_011, XlsxStyle.Date), "序时推进");
        });

        RewritePart(path, "xl/workbook.xml", xml => xml.Replace("<sheets>", "<workbookPr date1904=\"1\"/><sheets>", StringComparison.Ordinal));
        if (formatId != 164)
        {
            RewritePart(path, "xl/styles.xml", xml => xml
                .Replace("<numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d\"/>", string.Empty, StringComparison.Ordinal)
                .Replace("<numFmts count=\"3\">", "<numFmts count=\"2\">", StringComparison.Ordinal)
                .Replace("<xf numFmtId=\"164\"", $"<xf numFmtId=\"{formatId}\"", StringComparison.Ordinal));
        }

        var summary = await _fx.IngestAsync();

        Assert.Equal(1, summary.RowsStored);
        Assert.Empty(summary.Issues);
        var row = Assert.Single(await _fx.QueryAsync("SELECT deadline_text, strftime(deadline, '%Y-%m-%d'), deadline_kind FROM snapshots"));
        Assert.Equal(["2024年6月30日", "2024-06-30", "day"], row);
    }

    [Theory]
    [InlineData("yyyy/m/d", "2024年12月31日")] // shown as 2024/12/31: the time is not seen
    [InlineData("yyyy/m/d h:mm", "2024年12月31日 18:00")] // shown as 2024/12/31 18:00
    public async Task DeadlineCell_HoldingATimeOfDay_KeepsTheTextTheCellShows(string format, string text)
    {
        // A deadline typed 2024/12/31 18:00 (serial 45,657.75: 45,657 is 2024-12-31 counted from 1899-12-30, 0.75 of a day is
        // 18:00). By hand: the deadline is 2024-12-31 either way; its text is the day as the office writes it, with the time
        // only where the cell shows one. Before, deadline_text was 2024-12-31 18:00:00 whatever the cell showed.
        Assert.Equal(45_657, XlsxCell.ToSerial(new DateOnly(2024, 12, 31)));
        var path = WriteWorkbook("2024年6月改革任务总台账.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成时限", "状态");
            w.WriteRow(XlsxCell.Of(1), "深化国有企业改革", "县国资委", new XlsxCell(XlsxCellKind.Number, null, 45_657.75, XlsxStyle.Date), "序时推进");
        });

        if (format != "yyyy/m/d")
        {
            RewritePart(path, "xl/styles.xml", xml => xml.Replace("formatCode=\"yyyy/m/d\"", $"formatCode=\"{format}\"", StringComparison.Ordinal));
        }

        var summary = await _fx.IngestAsync();

        Assert.Equal(1, summary.RowsStored);
        Assert.Empty(summary.Issues);
        var row = Assert.Single(await _fx.QueryAsync("SELECT deadline_text, strftime(deadline, '%Y-%m-%d'), deadline_kind FROM snapshots"));
        Assert.Equal([text, "2024-12-31", "day"], row);
    }

    [Fact]
    public async Task WorkbookWithASheetPerSpecialGroup_GivesEachSheetsTasksTheGroupItsSheetNames()
    {
        // Sheets: 填报说明 (instructions, no header: skipped with a warning), 经济体制改革专项小组 (任务甲, 任务乙),
        // 民主法制领域改革专项小组 (任务丙, then a section row 三、社会体制改革专项小组 over 任务丁). No 专项小组 column.
        // By hand: 任务甲 and 任务乙 are 经济体制改革专项小组's, 任务丙 民主法制领域改革专项小组's, 任务丁 the section's,
        // 社会体制改革专项小组. Before, the first three had no group at all, silently.
        var path = WriteWorkbook("2024年6月改革任务总台账.xlsx", w =>
        {
            w.StartSheet("填报说明");
            w.WriteRow("填报说明");
            w.WriteRow("1. 请各牵头单位于每月25日前报送本月进展。");
            w.StartSheet("经济体制改革专项小组");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成时限", "状态");
            w.WriteRow(XlsxCell.Of(1), "深化国有企业改革", "县国资委", "2024年12月底前", "序时推进");
            w.WriteRow(XlsxCell.Of(2), "深化财政预算管理改革", "县财政局", "2024年12月底前", "序时推进");
            w.StartSheet("民主法制领域改革专项小组");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成时限", "状态");
            w.WriteRow(XlsxCell.Of(1), "推进综合行政执法改革", "县司法局", "2024年12月底前", "滞后");
            w.WriteRow("三、社会体制改革专项小组");
            w.WriteRow(XlsxCell.Of(1), "深化县域医共体建设", "县卫健局", "2024年12月底前", "序时推进");
        });

        var summary = await _fx.IngestAsync();

        Assert.Equal(4, summary.RowsStored);
        Assert.Equal(
            [["深化国有企业改革", "经济体制改革专项小组"], ["深化财政预算管理改革", "经济体制改革专项小组"],
             ["推进综合行政执法改革", "民主法制领域改革专项小组"], ["深化县域医共体建设", "社会体制改革专项小组"]],
            await _fx.QueryAsync("SELECT task_name, special_group FROM snapshots ORDER BY source_sheet DESC, source_row"));
        Assert.Equal(["填报说明"], summary.Issues.Select(i => i.Sheet));
    }

    [Fact]
    public async Task WorkbookWithASheetAndItsCopy_StoresBoth_AndWarnsOfEveryTaskTheCopyRepeats()
    {
        // Sheets Sheet1 (任务 深化国有企业改革 县国资委 60%, 深化财政预算管理改革 县财政局 60%) and Sheet1 (2), Excel's name for
        // a copy of it, holding the same two tasks at 40% (last month's figures the unit copied and forgot). By hand: both
        // sheets are one ledger and month, 4 rows stored, as rows repeated within a sheet are; the copy's rows 2 and 3
        // repeat Sheet1's rows 2 and 3, so two warnings, on Sheet1 (2) rows 2 and 3, naming Sheet1. Before, the month
        // counted 4 tasks and nothing was said.
        var path = WriteWorkbook("2024年6月改革任务总台账.xlsx", w =>
        {
            foreach (var (sheet, progress) in new[] { ("Sheet1", 60), ("Sheet1 (2)", 40) })
            {
                w.StartSheet(sheet);
                w.WriteRow("序号", "改革任务", "牵头单位", "完成时限", "完成进度");
                w.WriteRow(XlsxCell.Of(1), "深化国有企业改革", "县国资委", "2024年12月底前", XlsxCell.Of(progress));
                w.WriteRow(XlsxCell.Of(2), "深化财政预算管理改革", "县财政局", "2024年12月底前", XlsxCell.Of(progress));
            }
        });

        var summary = await _fx.IngestAsync();

        Assert.Equal(4, summary.RowsStored);
        Assert.Equal(
            [("Sheet1 (2)", 2, "深化国有企业改革", IssueSeverity.Warning), ("Sheet1 (2)", 3, "深化财政预算管理改革", IssueSeverity.Warning)],
            summary.Issues.Select(i => (i.Sheet, i.Row, i.Value, i.Severity)));
        Assert.StartsWith(
            "与工作表“Sheet1”第2行的任务名称和牵头单位相同，两行已作为两项任务分别入库。如其中一张工作表是副本或旧稿，请删除该表后重新报送，以免任务数多计。",
            summary.Issues[0].Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task SectionRowsThatSortTasksByProgress_NameNoGroup()
    {
        // Sheet 6月台账 (no 专项小组 column), rows: 1 header; 2 一、经济体制改革专项小组; 3 深化国有企业改革; 4 二、已完成任务;
        // 5 深化财政预算管理改革 (done); 6 blank; 7 附：已完成任务清单 (merged across); 8 推进综合行政执法改革.
        // Sheet 试点 (nested), rows: 1 header; 2 一、社会体制改革专项小组; 3 （一）已完成任务; 4 深化县域医共体建设;
        // 5 （二）正在推进的任务; 6 推进义务教育优质均衡.
        // By hand: row 3 is 经济体制改革专项小组's; 二、已完成任务 is at the group's level and names a state of progress, not a
        // group, so rows 5 and 8 have none (附：… has no ordinal: the top); on 试点 the （一）/（二） headings sit below
        // 一、社会体制改革专项小组, so both tasks stay that group's. Before, 已完成任务 and 附：已完成任务清单 were stored as
        // groups, and the nested tasks were put under 已完成任务 and 正在推进的任务.
        var path = WriteWorkbook("2024年6月改革任务总台账.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成时限", "状态");
            w.WriteRow("一、经济体制改革专项小组");
            w.WriteRow(XlsxCell.Of(1), "深化国有企业改革", "县国资委", "2024年12月底前", "序时推进");
            w.WriteRow("二、已完成任务");
            w.WriteRow(XlsxCell.Of(1), "深化财政预算管理改革", "县财政局", "2024年5月底前", "已完成");
            w.WriteRow();
            w.WriteRow("附：已完成任务清单", "附：已完成任务清单", "附：已完成任务清单", "附：已完成任务清单", "附：已完成任务清单");
            w.WriteRow(XlsxCell.Of(1), "推进综合行政执法改革", "县司法局", "2024年3月底前", "已完成");
            w.Merge(7, 1, 7, 5);
            w.StartSheet("试点");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成时限", "状态");
            w.WriteRow("一、社会体制改革专项小组");
            w.WriteRow("（一）已完成任务");
            w.WriteRow(XlsxCell.Of(1), "深化县域医共体建设", "县卫健局", "2024年5月底前", "已完成");
            w.WriteRow("（二）正在推进的任务");
            w.WriteRow(XlsxCell.Of(1), "推进义务教育优质均衡", "县教育局", "2024年12月底前", "序时推进");
        });

        var summary = await _fx.IngestAsync();

        Assert.Equal(5, summary.RowsStored);
        Assert.Equal(
            [["6月台账", 3, "经济体制改革专项小组"], ["6月台账", 5, null], ["6月台账", 8, null],
             ["试点", 4, "社会体制改革专项小组"], ["试点", 6, "社会体制改革专项小组"]],
            await _fx.QueryAsync("SELECT source_sheet, source_row, special_group FROM snapshots ORDER BY source_sheet, source_row"));
    }

    [Fact]
    public async Task FormulaErrorCells_InTheLedgersColumns_AreWarnedOfAndStoredEmpty_ElsewhereSaidNothing()
    {
        // Sheet 6月台账, columns A 序号, B 改革任务, C 牵头单位, D 完成时限, E 完成进度, F 状态, G (no header). Rows:
        // 1 header; 2 task 1, 完成进度 =C2/D2 → #DIV/0!; 3 task 2, 完成进度 50, 状态 a VLOOKUP → #N/A; 4 task 3, all read,
        // and in G (no header) #REF!; 5 合计, its 完成进度 =AVERAGE(E2:E4) → #DIV/0!.
        // Each error cell is written as Excel writes it: <c t="e"><f>…</f><v>#DIV/0!</v></c>, which ExcelDataReader gives as empty.
        // By hand: row 2 “完成进度” #DIV/0! and row 3 “状态” #N/A are warnings, each cell stored empty (row 2: progress NULL, its
        // status 序时推进 on_track; row 3: progress 50, status unknown, status_text NULL); the #REF! in G has no column of the
        // ledger and the 合计 row is no task: nothing said. Before, there was no issue at all: a silent misread.
        var path = WriteWorkbook("2024年6月改革任务总台账.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成时限", "完成进度", "状态");
            w.WriteRow(XlsxCell.Of(1), "深化国有企业改革", "县国资委", "2024年12月底前", FormulaErrorCells.Cell("C2/D2", "#DIV/0!"), "序时推进");
            w.WriteRow(XlsxCell.Of(2), "深化财政预算管理改革", "县财政局", "2024年12月底前", XlsxCell.Of(50), FormulaErrorCells.Cell("VLOOKUP(B3,进度表!A:C,3,FALSE)", "#N/A"));
            w.WriteRow(XlsxCell.Of(3), "推进综合行政执法改革", "县司法局", "2024年12月底前", XlsxCell.Of(80), "序时推进", FormulaErrorCells.Cell("H9", "#REF!"));
            w.WriteRow("合计", XlsxCell.Blank, XlsxCell.Blank, XlsxCell.Blank, FormulaErrorCells.Cell("AVERAGE(E2:E4)", "#DIV/0!"));
        });

        FormulaErrorCells.WriteInto(path, "xl/worksheets/sheet1.xml");

        var summary = await _fx.IngestAsync();

        Assert.Equal(3, summary.RowsStored);
        Assert.Equal(
            [("6月台账", 2, "完成进度", "#DIV/0!", IssueSeverity.Warning), ("6月台账", 3, "状态", "#N/A", IssueSeverity.Warning)],
            summary.Issues.Select(i => (i.Sheet, i.Row, i.Column, i.Value, i.Severity)));
        Assert.Equal(
            "“完成进度”列的单元格是 Excel 公式错误“#DIV/0!”（公式无法计算，常见于除数为零或为空），该格按空白入库；请改正公式或直接填写数值后重新报送。",
            summary.Issues[0].Message);
        Assert.Equal(
            [[2, null, "on_track", "序时推进"], [3, 50.0, "unknown", null], [4, 80.0, "on_track", "序时推进"]],
            await _fx.QueryAsync("SELECT source_row, progress_pct, status, status_text FROM snapshots ORDER BY source_row"));
    }

    private static void RewritePart(string path, string part, Func<string, string> rewrite)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part)!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        var changed = rewrite(xml);
        Assert.NotEqual(xml, changed);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
        writer.Write(changed);
    }

    /// <summary>Writes a workbook named <paramref name="name"/> into the fixture's input folder and returns its path.</summary>
    private string WriteWorkbook(string name, Action<XlsxWriter> write)
    {
        var path = Path.Combine(_fx.Input, name);
        using var stream = File.Create(path);
        using var w = new XlsxWriter(stream);
        write(w);
        return path;
    }
}
