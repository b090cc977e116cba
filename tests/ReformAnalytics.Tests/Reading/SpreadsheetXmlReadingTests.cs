using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using static ReformAnalytics.Reading.CanonicalColumn;

namespace ReformAnalytics.Tests.Reading;

/// <summary>Excel 2003 XML spreadsheets saved as .xls (as report tools export them): read as Excel shows them.</summary>
public sealed class SpreadsheetXmlReadingTests : IDisposable
{
    // Sheet 台账, rows as Excel shows them: 1 the title merged across A–F; 2–3 the header, 责任分工 over
    // 牵头单位|责任单位 (MergeAcross), the other header cells merged down; 4 a section row; 5–6 tasks, 县国资委 merged
    // down over both; a date cell, a percent-styled number, a plain number, a cell placed by ss:Index (skipping D),
    // and a line break (&#10;). Sheet 说明 has no ledger header. Consecutive styles: both are read.
    private const string Book = """
        <?xml version="1.0" encoding="UTF-8"?>
        <?mso-application progid="Excel.Sheet"?>
        <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
         <Styles>
          <Style ss:ID="pct"><NumberFormat ss:Format="0%"/></Style>
          <Style ss:ID="date"><NumberFormat ss:Format="Short Date"/></Style>
         </Styles>
         <Worksheet ss:Name="说明"><Table><Row><Cell><Data ss:Type="String">填报说明：每月25日前报送</Data></Cell></Row></Table></Worksheet>
         <Worksheet ss:Name="台账">
          <Table>
           <Row><Cell ss:MergeAcross="5"><Data ss:Type="String">2024年全面深化改革任务台账（6月）</Data></Cell></Row>
           <Row>
            <Cell ss:MergeDown="1"><Data ss:Type="String">序号</Data></Cell>
            <Cell ss:MergeDown="1"><Data ss:Type="String">改革任务</Data></Cell>
            <Cell ss:MergeAcross="1"><Data ss:Type="String">责任分工</Data></Cell>
            <Cell ss:MergeDown="1"><Data ss:Type="String">完成时限</Data></Cell>
            <Cell ss:MergeDown="1"><Data ss:Type="String">完成进度</Data></Cell>
           </Row>
           <Row><Cell ss:Index="3"><Data ss:Type="String">牵头单位</Data></Cell><Cell><Data ss:Type="String">责任单位</Data></Cell></Row>
           <Row><Cell ss:MergeAcross="5"><Data ss:Type="String">一、经济体制改革专项小组</Data></Cell></Row>
           <Row>
            <Cell><Data ss:Type="Number">1</Data></Cell><Cell><Data ss:Type="String">深化国有企业改革</Data></Cell>
            <Cell ss:MergeDown="1"><Data ss:Type="String">县国资委</Data></Cell><Cell><Data ss:Type="String">县财政局&#10;县发改局</Data></Cell>
            <Cell ss:StyleID="date"><Data ss:Type="DateTime">2024-06-30T00:00:00.000</Data></Cell>
            <Cell ss:StyleID="pct"><Data ss:Type="Number">0.8</Data></Cell>
           </Row>
           <Row>
            <Cell><Data ss:Type="Number">2</Data></Cell><Cell><Data ss:Type="String">推进国企混合所有制改革</Data></Cell>
            <Cell ss:Index="5"><Data ss:Type="String">2024年12月底前</Data></Cell>
            <Cell><Data ss:Type="Number">35</Data></Cell>
           </Row>
          </Table>
         </Worksheet>
        </Workbook>
        """;

    private readonly ReadingFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Read_XmlSpreadsheetSavedAsXls_GivesTheLedgerSheetWithMergesDatesAndPercents()
    {
        var path = _files.WriteText("2024年6月改革任务总台账.xls", Book);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(("台账", "2024年全面深化改革任务台账（6月）"), (table.SourceSheet, table.TitleText));
        Assert.Equal(2, table.Rows.Count);
        RowAssert.Cells(table.Rows[0], 5, "经济体制改革专项小组",
            (SeqNo, "1"), (CanonicalColumn.Task, "深化国有企业改革"), (LeadUnit, "县国资委"), (CoUnits, "县财政局\n县发改局"), (Deadline, "2024-06-30"), (ProgressPct, "80%"));
        RowAssert.Cells(table.Rows[1], 6, "经济体制改革专项小组",
            (SeqNo, "2"), (CanonicalColumn.Task, "推进国企混合所有制改革"), (LeadUnit, "县国资委"), (Deadline, "2024年12月底前"), (ProgressPct, "35"));
        Assert.Equal(new DateOnly(2024, 6, 30), table.Rows[0][Deadline].Date);
        Assert.Equal(new CellValue("80%", 0.8, null, true), table.Rows[0][ProgressPct]);
        var skipped = Assert.Single(table.Issues);
        Assert.Equal(("说明", IssueSeverity.Warning), (skipped.Sheet, skipped.Severity));
    }

    [Fact]
    public async Task Read_HiddenSheet_IsSkippedWithAWarningUnlessAskedFor()
    {
        var hiddenLedger = """
             <Worksheet ss:Name="旧台账"><Table><Row><Cell><Data ss:Type="String">序号</Data></Cell><Cell><Data ss:Type="String">改革任务</Data></Cell><Cell><Data ss:Type="String">牵头单位</Data></Cell></Row>
              <Row><Cell><Data ss:Type="Number">1</Data></Cell><Cell><Data ss:Type="String">旧任务</Data></Cell><Cell><Data ss:Type="String">县卫健局</Data></Cell></Row></Table>
              <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>
             </Worksheet>
            </Workbook>
            """;
        var path = _files.WriteText("hidden.xls", Book[..Book.LastIndexOf("</Workbook>", StringComparison.Ordinal)] + hiddenLedger);

        var skipping = Assert.Single(await ReadingFiles.ReadAsync(path));
        var reading = await ReadingFiles.ReadAsync(path, new ReadOptions { SkipHiddenSheets = false });

        Assert.Equal("台账", skipping.SourceSheet);
        var warning = Assert.Single(skipping.Issues, i => i.Sheet == "旧台账");
        Assert.Contains("隐藏", warning.Message, StringComparison.Ordinal);
        Assert.Equal(["台账", "旧台账"], reading.Select(t => t.SourceSheet));
    }

    [Fact]
    public async Task Read_TruncatedXmlSpreadsheet_IsRefusedAsDamaged()
    {
        var path = _files.WriteText("cut.xls", Book[..(Book.Length / 2)]);

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("XML 表格格式，但内容不完整或已损坏", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ACellPlacedFarBeyondASheet_IsRefusedAsDamaged_NotBuiltRowByRow()
    {
        var path = _files.WriteText("far.xls", Book.Replace("<Row><Cell ss:Index=\"3\">", "<Row ss:Index=\"2000000000\"><Cell ss:Index=\"3\">", StringComparison.Ordinal));

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Equal(ReadingMessages.CellBeyondSheet(2_000_000_000, 3), ex.Message);
    }

    [Fact]
    public async Task Read_XmlSpreadsheetWithADtd_IsRefused_NoEntityIsExpanded()
    {
        var path = _files.WriteText("dtd.xls", """
            <?xml version="1.0"?>
            <?mso-application progid="Excel.Sheet"?>
            <!DOCTYPE Workbook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table><Row><Cell><Data>&b;</Data></Cell></Row></Table></Worksheet></Workbook>
            """);

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("XML 表格格式", ex.Message, StringComparison.Ordinal);
    }
}
