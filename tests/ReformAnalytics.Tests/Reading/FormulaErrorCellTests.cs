using System.Text.RegularExpressions;
using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using ReformAnalytics.Tests.Support;
using ReformAnalytics.Xlsx;
using static ReformAnalytics.Reading.CanonicalColumn;

namespace ReformAnalytics.Tests.Reading;

/// <summary>
/// Cells of an .xlsx showing an Excel formula error (t="e"), which ExcelDataReader gives as empty: found in the sheet's
/// XML, kept empty, and told at their row and column.
/// </summary>
public sealed class FormulaErrorCellTests : IDisposable
{
    private readonly ReadingFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Read_ErrorCellsOfASecondSheet_InTheHeaderSearchAndBelowIt_WithoutCellReferences_AreFoundWhereTheyAre()
    {
        // Sheet 1 填报说明 (no header: skipped with a warning). Sheet 2 6月台账: row 1 the header (A 序号, B 改革任务, C 牵头单位,
        // D 完成时限, E 完成进度, F 状态), rows 2–61 tasks 1–60, every cell filled. Errors: row 3 状态 #VALUE! (the row's last
        // cell, among the rows kept while the header is searched for: the first 50 with content); row 58 完成进度 #DIV/0!
        // and row 60 状态 #N/A (read after them). Rows and cells are written without r, as some tools save them: each
        // follows the one before. By hand: three warnings, rows 3 状态, 58 完成进度, 60 状态; each cell empty with its error.
        var path = _files.WriteWorkbook("errors.xlsx", w =>
        {
            w.StartSheet("填报说明");
            w.WriteRow("请于每月25日前报送本月台账。");
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成时限", "完成进度", "状态");
            for (var task = 1; task <= 60; task++)
            {
                var row = task + 1;
                w.WriteRow(
                    XlsxCell.Of(task),
                    $"改革任务{task}",
                    "县发改局",
                    "2024年12月底前",
                    row == 58 ? FormulaErrorCells.Cell("C58/D58", "#DIV/0!") : XlsxCell.Of(task),
                    row switch
                    {
                        3 => FormulaErrorCells.Cell("B3+1", "#VALUE!"),
                        60 => FormulaErrorCells.Cell("VLOOKUP(B60,状态表!A:B,2,FALSE)", "#N/A"),
                        _ => "序时推进",
                    });
            }
        });
        FormulaErrorCells.WriteInto(path, "xl/worksheets/sheet2.xml", xml => Regex.Replace(xml, "<(row|c) r=\"[A-Z]*[0-9]+\"", "<$1"));

        var tables = await ReadingFiles.ReadAsync(path);

        var table = Assert.Single(tables);
        Assert.Equal(60, table.Rows.Count);
        Assert.Equal(
            [(3, "状态", "#VALUE!"), (58, "完成进度", "#DIV/0!"), (60, "状态", "#N/A")],
            table.Issues.Where(i => i.Sheet == "6月台账").Select(i => (i.Row, i.Column, i.Value)));
        Assert.All(table.Issues.Where(i => i.Sheet == "6月台账"), i => Assert.Equal(IssueSeverity.Warning, i.Severity));
        Assert.Equal(CellValue.FromError("#VALUE!"), table.Rows[1][Status]);
        Assert.Equal(CellValue.FromError("#DIV/0!"), table.Rows[56][ProgressPct]);
        Assert.Equal(CellValue.FromError("#N/A"), table.Rows[58][Status]);
        Assert.True(table.Rows[56][ProgressPct].IsEmpty);
        Assert.Equal(59.0, table.Rows[58][ProgressPct].Number);
    }

    [Fact]
    public async Task Read_ATaskCellShowingAnError_IsARowWithoutTask_SayingWhy()
    {
        // Row 4's 改革任务 is a VLOOKUP that found nothing; its unit and deadline are filled. Row 3 is blank and, as Excel
        // saves it, not written at all: row 4 follows row 2 in the XML. By hand: an error for row 4, “改革任务” #N/A, naming
        // its 序号 2; row 2 is read as before.
        var path = _files.WriteWorkbook("task-error.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成时限");
            w.WriteRow(XlsxCell.Of(1), "深化国有企业改革", "县国资委", "2024年12月底前");
            w.WriteRow();
            w.WriteRow(XlsxCell.Of(2), FormulaErrorCells.Cell("VLOOKUP(A4,任务表!A:B,2,FALSE)", "#N/A"), "县财政局", "2024年12月底前");
        });
        FormulaErrorCells.WriteInto(path, "xl/worksheets/sheet1.xml", xml =>
        {
            var withoutRow3 = Regex.Replace(xml, "<row r=\"3\"[^>]*>(</row>)?", string.Empty);
            Assert.NotEqual(xml, withoutRow3);
            return withoutRow3;
        });

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Single(table.Rows);
        var issue = Assert.Single(table.Issues);
        Assert.Equal((4, "改革任务", "#N/A", IssueSeverity.Error), (issue.Row, issue.Column, issue.Value, issue.Severity));
        Assert.Equal(
            "该行（序号2）的“改革任务”列是 Excel 公式错误“#N/A”（查找公式（如 VLOOKUP）没有找到对应的值），读不出任务名称，未作为任务导入。请改正公式或直接填写任务名称后重新报送。",
            issue.Message);
    }

    [Fact]
    public async Task Read_ErrorCellsInEveryCoUnitColumn_AreEachToldUnderTheirOwnHeader()
    {
        // 配合单位 (D) and 参与单位 (E) both feed co_units. Row 2: D 县财政局, E a VLOOKUP giving #N/A. Row 3: D #REF!, E 县商务局.
        // Row 4: D #N/A, E #DIV/0!. Row 5 has no error. By hand: four warnings, (2 参与单位 #N/A), (3 配合单位 #REF!),
        // (4 配合单位 #N/A), (4 参与单位 #DIV/0!); the units read are 县财政局, 县商务局, none, 县财政局 and 县商务局. Before, row 2's
        // went unsaid and rows 3 and 4 gave one warning each, under “配合单位、参与单位”.
        var path = _files.WriteWorkbook("co-units.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位", "配合单位", "参与单位");
            w.WriteRow(XlsxCell.Of(1), "深化国有企业改革", "县国资委", "县财政局", FormulaErrorCells.Cell("VLOOKUP(B2,单位表!A:C,3,FALSE)", "#N/A"));
            w.WriteRow(XlsxCell.Of(2), "深化财政预算管理改革", "县财政局", FormulaErrorCells.Cell("单位表!#REF!", "#REF!"), "县商务局");
            w.WriteRow(XlsxCell.Of(3), "推进综合行政执法改革", "县司法局", FormulaErrorCells.Cell("VLOOKUP(B4,单位表!A:C,2,FALSE)", "#N/A"), FormulaErrorCells.Cell("1/0", "#DIV/0!"));
            w.WriteRow(XlsxCell.Of(4), "深化县域医共体建设", "县卫健局", "县财政局", "县商务局");
        });
        FormulaErrorCells.WriteInto(path, "xl/worksheets/sheet1.xml");

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(
            [(2, "参与单位", "#N/A"), (3, "配合单位", "#REF!"), (4, "配合单位", "#N/A"), (4, "参与单位", "#DIV/0!")],
            table.Issues.Select(i => (i.Row, i.Column, i.Value)));
        Assert.All(table.Issues, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
        Assert.StartsWith("“参与单位”列的单元格是 Excel 公式错误“#N/A”", table.Issues[0].Message, StringComparison.Ordinal);
        Assert.Equal(["县财政局", "县商务局", null, "县财政局\n县商务局"], table.Rows.Select(r => r[CoUnits].Text));
    }

    [Fact]
    public async Task Read_AnErrorCellMergedDown_IsToldOnEveryTaskRowItFills_AndARowOfErrorsAloneIsNoRow()
    {
        // 牵头单位 C2:C3 merged, its top-left a VLOOKUP giving #N/A: both task rows show the error (as a merged unit fills both).
        // Row 4 has only error cells, row 5 its 序号 and error cells (formulas filled down below the table, a template's unused
        // row): no task, said nothing of.
        var path = _files.WriteWorkbook("merged.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成时限");
            w.WriteRow(XlsxCell.Of(1), "深化国有企业改革", FormulaErrorCells.Cell("VLOOKUP(B2,单位表!A:B,2,FALSE)", "#N/A"), "2024年12月底前");
            w.WriteRow(XlsxCell.Of(2), "推进国企混合所有制改革", null, "2024年12月底前");
            w.WriteRow(FormulaErrorCells.Cell("ROW()-3+A3", "#VALUE!"), FormulaErrorCells.Cell("VLOOKUP(A4,任务表!A:B,2,FALSE)", "#N/A"));
            w.WriteRow(XlsxCell.Of(3), FormulaErrorCells.Cell("VLOOKUP(A5,任务表!A:B,2,FALSE)", "#N/A"), FormulaErrorCells.Cell("VLOOKUP(B5,单位表!A:B,2,FALSE)", "#N/A"));
            w.Merge(2, 3, 3, 3);
        });
        FormulaErrorCells.WriteInto(path, "xl/worksheets/sheet1.xml");

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(2, table.Rows.Count);
        Assert.Equal([(2, "牵头单位", "#N/A"), (3, "牵头单位", "#N/A")], table.Issues.Select(i => (i.Row, i.Column, i.Value)));
    }
}

public sealed class ErrorCellSearchTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(65_523)] // `<c r="H5" ` is 10 bytes: t at 65,533, e at 65,536, across the end of the first 64 KiB read
    [InlineData(65_525)] // t the first read's last byte, ="e" in the next: the last bytes of each read are kept for the next
    [InlineData(200_000)]
    public void A_sheet_holding_an_error_cells_type_is_found_wherever_it_lies(int at)
    {
        Assert.True(Search(new string('x', at) + "<c r=\"H5\" t=\"e\"><v>#DIV/0!</v></c>" + new string('x', 100)));
        Assert.True(Search(new string('x', at) + "<c r='H5' t='e'><v>#N/A</v></c>"));
    }

    [Fact]
    public void A_sheet_without_one_is_not_parsed()
    {
        Assert.False(Search(new string('x', 150_000) + "<c r=\"H5\" t=\"s\"><v>3</v></c><c t=\"n\"/>"));
    }

    private static bool Search(string xml)
    {
        using var package = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(package, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.NoCompression);
            using var writer = new StreamWriter(entry.Open());
            writer.Write(xml);
        }

        package.Position = 0;
        using var read = new System.IO.Compression.ZipArchive(package, System.IO.Compression.ZipArchiveMode.Read);
        return WorkbookErrorCells.MayHoldErrors(read.GetEntry("xl/worksheets/sheet1.xml")!, CancellationToken.None);
    }
}
