using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using ReformAnalytics.Tests.Support;
using static ReformAnalytics.Reading.CanonicalColumn;

namespace ReformAnalytics.Tests.Reading;

/// <summary>
/// OpenDocument spreadsheets (.ods). The golden pair: <c>libreoffice-ledger.xlsx</c>, a month of the sample county (three
/// sheets: a title merged over the width, a header over two rows with 责任分工 merged over 牵头单位 | 责任单位, section rows
/// merged across, dates, percentages, several units in a cell), and <c>libreoffice-ledger.ods</c>, the same workbook saved
/// by LibreOffice 7.4 (<c>soffice --headless --convert-to ods</c>): every cell of every task row must read the same.
/// </summary>
public sealed class OdsReadingTests
{
    [Fact]
    public async Task AnOdsSavedByLibreOffice_ReadsCellForCellAsTheWorkbookItWasSavedFrom()
    {
        var workbook = await ReadingFiles.ReadAsync(ReadingFiles.Golden("libreoffice-ledger.xlsx"));
        var ods = await ReadingFiles.ReadAsync(ReadingFiles.Golden("libreoffice-ledger.ods"));

        Assert.Equal(["总台账", "上级部署试点", "自选试点"], ods.Select(t => t.SourceSheet));
        Assert.Equal(workbook.Select(t => (t.SourceSheet, t.TitleText, t.Rows.Count)), ods.Select(t => (t.SourceSheet, t.TitleText, t.Rows.Count)));
        Assert.Equal("2022年全面深化改革任务台账（10月）", ods[0].TitleText);
        var compared = 0;
        foreach (var (expected, actual) in workbook.Zip(ods))
        {
            Assert.Equal(expected.Issues.Select(i => i.Describe()), actual.Issues.Select(i => i.Describe()));
            foreach (var (want, got) in expected.Rows.Zip(actual.Rows))
            {
                Assert.Equal((want.SourceRow, want.SectionGroup), (got.SourceRow, got.SectionGroup));
                Assert.Equal(want.HeaderNames, got.HeaderNames);
                Assert.Equal(want.Cells, got.Cells);
                compared++;
            }
        }

        // The cells compared include typed ones: a percentage, a date, a list of units in one cell.
        Assert.True(compared > 100, $"{compared} rows compared");
        var rows = ods.SelectMany(t => t.Rows).ToList();
        Assert.Contains(rows, r => r[ProgressPct].IsPercent);
        Assert.Contains(rows, r => r[Deadline].Date is not null);
        Assert.Equal(("经济体制改革专项小组", "推进预算管理一体化改革，提升资源配置效率", "县检察院、县委宣传部"), (rows[0].SectionGroup, rows[0][CanonicalColumn.Task].Text, rows[0][CoUnits].Text));
    }

    [Fact]
    public async Task RepeatsSpansHiddenSheetsColumnsAndTypedCells_AreReadAsTheSpreadsheetShowsThem()
    {
        using var files = new ReadingFiles();
        const string Styles = """
            <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
            <style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>
            """;
        // Row 1 a title over 6 columns (its covered cells after it); row 2 the header, column C (备注) hidden; row 3 a
        // section row; rows 4-5 tasks; then 1,048,570 empty rows repeated, as every sheet LibreOffice saves ends.
        const string Body = """
            <table:table table:name="6月" table:style-name="ta1">
              <table:table-column table:number-columns-repeated="2"/>
              <table:table-column table:visibility="collapse"/>
              <table:table-column table:number-columns-repeated="16381"/>
              <table:table-row>
                <table:table-cell office:value-type="string" table:number-columns-spanned="6"><text:p>2024年改革任务台账（6月）</text:p></table:table-cell>
                <table:covered-table-cell table:number-columns-repeated="5"/>
                <table:table-cell table:number-columns-repeated="16378"/>
              </table:table-row>
              <table:table-row>
                <table:table-cell office:value-type="string"><text:p>序号</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>改革任务</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>牵头单位</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>牵头单位</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>完成时限</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>完成进度</text:p></table:table-cell>
              </table:table-row>
              <table:table-row>
                <table:table-cell office:value-type="string" table:number-columns-spanned="6"><text:p>一、经济体制改革专项小组</text:p></table:table-cell>
                <table:covered-table-cell table:number-columns-repeated="5"/>
              </table:table-row>
              <table:table-row>
                <table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>推进<text:span>营商环境</text:span>改革</text:p><text:p>（第二阶段）</text:p><office:annotation><text:p>批注：请核实</text:p></office:annotation></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>旧单位</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>县发改局<text:line-break/>县财政局</text:p></table:table-cell>
                <table:table-cell office:value-type="date" office:date-value="2024-06-01"><text:p>2024年6月</text:p></table:table-cell>
                <table:table-cell office:value-type="percentage" office:value="0.6"><text:p>60%</text:p></table:table-cell>
              </table:table-row>
              <table:table-row>
                <table:table-cell office:value-type="float" office:value="2"><text:p>2</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>深化<text:s text:c="2"/>财政改革</text:p></table:table-cell>
                <table:table-cell/>
                <table:table-cell office:value-type="string"><text:p>县财政局</text:p></table:table-cell>
                <table:table-cell office:value-type="date" office:date-value="2024-09-30T00:00:00"><text:p>2024/9/30</text:p></table:table-cell>
                <table:table-cell office:value-type="float" office:value="35"><text:p>35</text:p></table:table-cell>
              </table:table-row>
              <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
            </table:table>
            <table:table table:name="填报说明" table:style-name="ta2">
              <table:table-row><table:table-cell office:value-type="string"><text:p>隐藏的说明</text:p></table:table-cell></table:table-row>
            </table:table>
            """;
        var path = files.Write("2024年6月改革任务总台账.ods", TestOds.Package(Styles, Body));

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal("6月", table.SourceSheet);
        Assert.Equal("2024年改革任务台账（6月）", table.TitleText);
        Assert.Equal(2, table.Rows.Count);
        // The hidden column C (牵头单位 as well) gives way to the shown D; the comment is not part of the text.
        RowAssert.Cells(table.Rows[0], 4, "经济体制改革专项小组",
            (SeqNo, "1"), (CanonicalColumn.Task, "推进营商环境改革\n（第二阶段）"), (LeadUnit, "县发改局\n县财政局"), (Deadline, "2024年6月"), (ProgressPct, "60%"));
        RowAssert.Cells(table.Rows[1], 5, "经济体制改革专项小组",
            (SeqNo, "2"), (CanonicalColumn.Task, "深化  财政改革"), (LeadUnit, "县财政局"), (Deadline, "2024-09-30"), (ProgressPct, "35"));
        Assert.Equal((new DateOnly(2024, 6, 1), true, 0.6), (table.Rows[0][Deadline].Date!.Value, table.Rows[0][ProgressPct].IsPercent, table.Rows[0][ProgressPct].Number!.Value));
        Assert.Equal(new DateOnly(2024, 9, 30), table.Rows[1][Deadline].Date);
        Assert.Contains(table.Issues, i => i.Sheet == "填报说明" && i.Severity == IssueSeverity.Warning);
    }

    [Fact]
    public async Task HiddenTaskRows_AreReadWithOneWarningNamingThem()
    {
        using var files = new ReadingFiles();
        // Row 1 the header; rows 2–3 tasks, row 3 hidden (visibility="collapse", as LibreOffice writes a hidden row); row 4
        // two hidden tasks repeated (rows 4 and 5). By hand: four tasks read, rows 2–5; hidden task rows 3, 4, 5.
        const string Body = """
            <table:table table:name="6月">
              <table:table-row>
                <table:table-cell office:value-type="string"><text:p>序号</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>改革任务</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>牵头单位</text:p></table:table-cell>
              </table:table-row>
              <table:table-row>
                <table:table-cell office:value-type="string"><text:p>一</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>改革甲</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>县发改局</text:p></table:table-cell>
              </table:table-row>
              <table:table-row table:visibility="collapse">
                <table:table-cell office:value-type="string"><text:p>二</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>改革乙</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>县财政局</text:p></table:table-cell>
              </table:table-row>
              <table:table-row table:visibility="collapse" table:number-rows-repeated="2">
                <table:table-cell/>
                <table:table-cell office:value-type="string"><text:p>改革丙</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>县教育局</text:p></table:table-cell>
              </table:table-row>
            </table:table>
            """;
        var path = files.Write("2024年6月改革任务总台账.ods", TestOds.Package(string.Empty, Body));

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal([2, 3, 4, 5], table.Rows.Select(r => r.SourceRow));
        var warning = Assert.Single(table.Issues);
        Assert.Equal((3, "改革任务", "改革乙", IssueSeverity.Warning), (warning.Row, warning.Column, warning.Value, warning.Severity));
        Assert.StartsWith("本表有3行任务处于隐藏状态（在 Excel 中看不到）：第3、4、5行。", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOdsReturn_IsIngestedAsTheWorkbookItWasSavedFromWouldBe()
    {
        const string Stored = """
            SELECT ledger, task_id, report_month, seq_no, task_name, special_group, lead_unit, co_units, deadline, deadline_kind,
                   progress_pct, status, status_text, source_sheet, source_row
            FROM snapshots ORDER BY ledger, source_sheet, source_row
            """;
        var stored = new List<List<object?[]>>();
        foreach (var name in new[] { "libreoffice-ledger.xlsx", "libreoffice-ledger.ods" })
        {
            using var f = new Ingest.IngestFixture();
            File.Copy(ReadingFiles.Golden(name), Path.Combine(f.Input, "2022年10月改革台账" + Path.GetExtension(name)));
            var summary = await f.IngestAsync();
            Assert.False(summary.Refused);
            stored.Add(await f.QueryAsync(Stored));
        }

        Assert.True(stored[0].Count > 100, $"{stored[0].Count} rows");
        Assert.Equal(stored[0].Select(Key), stored[1].Select(Key));

        static string Key(object?[] row) => string.Join("|", row.Select(v => v is System.Collections.IEnumerable list and not string ? string.Join("、", list.Cast<object>()) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task RowsRepeatedPastTheEndOfASheet_AreNotBuilt_AndWhatFollowsThemIsNotRead()
    {
        using var files = new ReadingFiles();
        const string Empty = """<table:table-row table:number-rows-repeated="2147483647"><table:table-cell/></table:table-row>""";
        var body = $"""
            <table:table table:name="6月">
              <table:table-row><table:table-cell><text:p>序号</text:p></table:table-cell><table:table-cell><text:p>改革任务</text:p></table:table-cell><table:table-cell><text:p>牵头单位</text:p></table:table-cell></table:table-row>
              <table:table-row><table:table-cell><text:p>1</text:p></table:table-cell><table:table-cell><text:p>推进甲改革</text:p></table:table-cell><table:table-cell><text:p>县发改局</text:p></table:table-cell></table:table-row>
              {Empty}{Empty}
              <table:table-row><table:table-cell><text:p>2</text:p></table:table-cell><table:table-cell><text:p>推进乙改革</text:p></table:table-cell><table:table-cell><text:p>县财政局</text:p></table:table-cell></table:table-row>
            </table:table>
            """;
        var path = files.Write("2024年6月改革任务总台账.ods", Support.TestOds.Package(string.Empty, body));

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        RowAssert.Cells(Assert.Single(table.Rows), 2, null, (SeqNo, "1"), (CanonicalColumn.Task, "推进甲改革"), (LeadUnit, "县发改局"));
    }

    [Theory]
    [InlineData("2024年6月30日", "yyyy-mm-dd")]
    [InlineData("2024/6/30", "yyyy-mm-dd")]
    [InlineData("2024年6月", "yyyy-mm")]
    [InlineData("2024-06", "yyyy-mm")]
    [InlineData("Jun-24", "mmm-yy")]
    [InlineData("2024年", "yyyy")]
    public void ShownDateFormat_SaysWhetherTheCellShowsADayAMonthOrAYear(string shown, string format)
    {
        Assert.Equal(format, OdsReader.ShownDateFormat(shown));
    }

    [Fact]
    public async Task ABrokenOds_OrOneWhoseContentUnpacksTooFar_IsRefusedNamingTheFile()
    {
        using var files = new ReadingFiles();
        var whole = TestOds.Package(string.Empty, $"""<table:table table:name="6月"><table:table-row><table:table-cell office:value-type="string"><text:p>序号</text:p></table:table-cell></table:table-row></table:table>""");
        var broken = files.Write("2024年6月台账.ods", whole[..(whole.Length - 60)]);

        var e = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(broken));
        Assert.Equal(ReadingMessages.OdsCorrupt, e.Message);

        // A cell of 2 MiB of one character packs about a thousand times: refused before it is parsed (limit 250, above 1 MiB).
        var padding = new string('0', 2 << 20);
        var bomb = files.Write("2024年6月台账-2.ods", TestOds.Package(string.Empty, $"""<table:table table:name="6月"><table:table-row><table:table-cell><text:p>{padding}</text:p></table:table-cell></table:table-row></table:table>"""));
        var refused = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(bomb));
        Assert.Equal("content.xml", refused.Value);
        Assert.Matches("^工作簿中的部件“content.xml”压缩比高达[0-9]+倍（上限250倍）", refused.Message);
    }

    [Fact]
    public async Task FormulaErrorCells_AreEmptyAndToldAsAWorkbooksAre()
    {
        using var files = new ReadingFiles();
        // As LibreOffice saves a formula whose result is an error: calcext:value-type="error", the error as the cell's text,
        // beside a string type with an empty value (row 2, 完成进度 #DIV/0!), no type at all (row 3, 牵头单位 #N/A), or a float
        // of 0 (row 4, 状态 LibreOffice's own Err:502). Row 5's task is an error: no task. By hand: warnings at (2 完成进度
        // #DIV/0!), (3 牵头单位 #N/A), (4 状态 Err:502), an error at (5 改革任务 #N/A) naming 序号 4; three tasks, the error
        // cells empty. Before, each error was read as its text: 牵头单位 #N/A a unit, 状态 Err:502 a status, and nothing said.
        const string Body = """
            <table:table table:name="6月">
              <table:table-row>
                <table:table-cell office:value-type="string"><text:p>序号</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>改革任务</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>牵头单位</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>完成进度</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>状态</text:p></table:table-cell>
              </table:table-row>
              <table:table-row>
                <table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>深化国有企业改革</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>县国资委</text:p></table:table-cell>
                <table:table-cell table:formula="of:=[.F2]/[.G2]" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>序时推进</text:p></table:table-cell>
              </table:table-row>
              <table:table-row>
                <table:table-cell office:value-type="float" office:value="2"><text:p>2</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>深化财政预算管理改革</text:p></table:table-cell>
                <table:table-cell table:formula="of:=VLOOKUP([.B3];$单位表.$A$1:$B$50;2;0)" calcext:value-type="error"><text:p>#N/A</text:p></table:table-cell>
                <table:table-cell office:value-type="percentage" office:value="0.5"><text:p>50%</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>序时推进</text:p></table:table-cell>
              </table:table-row>
              <table:table-row>
                <table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>推进综合行政执法改革</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>县司法局</text:p></table:table-cell>
                <table:table-cell office:value-type="percentage" office:value="0.3"><text:p>30%</text:p></table:table-cell>
                <table:table-cell table:formula="of:=IF([.D4]&gt;0.5;&quot;序时推进&quot;;&quot;滞后&quot;" office:value-type="float" office:value="0" calcext:value-type="error"><text:p>Err:502</text:p></table:table-cell>
              </table:table-row>
              <table:table-row>
                <table:table-cell office:value-type="float" office:value="4"><text:p>4</text:p></table:table-cell>
                <table:table-cell table:formula="of:=VLOOKUP([.A5];$任务表.$A$1:$B$50;2;0)" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#N/A</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>县卫健局</text:p></table:table-cell>
              </table:table-row>
            </table:table>
            """;
        var path = files.Write("2024年6月改革任务总台账.ods", TestOds.Package(string.Empty, Body));

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal([2, 3, 4], table.Rows.Select(r => r.SourceRow));
        Assert.Equal(
            [(2, "完成进度", "#DIV/0!", IssueSeverity.Warning), (3, "牵头单位", "#N/A", IssueSeverity.Warning), (4, "状态", "Err:502", IssueSeverity.Warning), (5, "改革任务", "#N/A", IssueSeverity.Error)],
            table.Issues.Select(i => (i.Row, i.Column, i.Value, i.Severity)).OrderBy(i => i.Row));
        Assert.Equal(CellValue.FromError("#DIV/0!"), table.Rows[0][ProgressPct]);
        Assert.Equal(CellValue.FromError("#N/A"), table.Rows[1][LeadUnit]);
        Assert.Equal(CellValue.FromError("Err:502"), table.Rows[2][Status]);
        Assert.StartsWith("“牵头单位”列的单元格是 Excel 公式错误“#N/A”（查找公式（如 VLOOKUP）没有找到对应的值），该格按空白入库", table.Issues.Single(i => i.Row == 3).Message, StringComparison.Ordinal);
        Assert.StartsWith("该行（序号4）的“改革任务”列是 Excel 公式错误“#N/A”", table.Issues.Single(i => i.Row == 5).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#WERT!", "公式中有不能参与计算的值，如文字")] // German
    [InlineData("#ЗНАЧЕН!", "公式中有不能参与计算的值，如文字")] // Russian
    [InlineData("#VALEUR!", "公式中有不能参与计算的值，如文字")] // French
    [InlineData("#NV", "查找公式（如 VLOOKUP）没有找到对应的值")] // German #N/A
    public async Task AFormulaErrorShownInAnotherLanguage_IsToldAsTheErrorItIs(string shown, string meaning)
    {
        using var files = new ReadingFiles();
        // LibreOffice in another language shows an error by its own name, and saves it as the cell's text beside
        // calcext:value-type="error". The cell's type says it is an error, whatever the text: row 2's 状态 is one. By hand:
        // one warning at (2 状态), its value the error as shown, its meaning that of the English name (#WERT! is #VALUE!);
        // the cell empty. Before, the meaning was only "公式无法计算".
        var body = $"""
            <table:table table:name="6月">
              <table:table-row>
                <table:table-cell office:value-type="string"><text:p>序号</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>改革任务</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>牵头单位</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>状态</text:p></table:table-cell>
              </table:table-row>
              <table:table-row>
                <table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>深化国有企业改革</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>县国资委</text:p></table:table-cell>
                <table:table-cell table:formula="of:=VLOOKUP([.B2];$状态表.$A$1:$B$50;2;0)" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>{shown}</text:p></table:table-cell>
              </table:table-row>
            </table:table>
            """;
        var path = files.Write("2024年6月改革任务总台账.ods", TestOds.Package(string.Empty, body));

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        var issue = Assert.Single(table.Issues);
        Assert.Equal((2, "状态", shown, IssueSeverity.Warning), (issue.Row, issue.Column, issue.Value, issue.Severity));
        Assert.Equal($"“状态”列的单元格是 Excel 公式错误“{shown}”（{meaning}），该格按空白入库；请改正公式或直接填写内容后重新报送。", issue.Message);
        Assert.True(Assert.Single(table.Rows)[Status].IsEmpty);
    }
}
