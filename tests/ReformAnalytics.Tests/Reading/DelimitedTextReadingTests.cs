using System.Globalization;
using System.Text;
using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using static ReformAnalytics.Reading.CanonicalColumn;

namespace ReformAnalytics.Tests.Reading;

public sealed class DelimitedTextReadingTests : IDisposable
{
    private readonly ReadingFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("ledger-utf8.csv")]
    [InlineData("ledger-utf8-bom.csv")]
    [InlineData("ledger-gb18030.csv")]
    [InlineData("ledger-utf16le.txt")]
    [InlineData("ledger-tab.txt")]
    public async Task Read_GoldenLedgerInEachEncodingAndDelimiter_GivesTheSameRowsCellByCell(string name)
    {
        var table = Assert.Single(await ReadingFiles.ReadAsync(ReadingFiles.Golden(name)));

        Assert.Equal(string.Empty, table.SourceSheet);
        GoldenLedger.AssertRows(table);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Read_Utf16WithoutByteOrderMark_IsToldFromTheZeroBytes(bool bigEndian)
    {
        var text = File.ReadAllText(ReadingFiles.Golden("ledger-utf8.csv"), Encoding.UTF8);
        var path = _files.Write("ledger-utf16-nobom.csv", new UnicodeEncoding(bigEndian, false).GetBytes(text));

        GoldenLedger.AssertRows(Assert.Single(await ReadingFiles.ReadAsync(path)));
    }

    [Fact]
    public async Task Read_Utf16BigEndianWithByteOrderMark_GivesTheGoldenRows()
    {
        var text = File.ReadAllText(ReadingFiles.Golden("ledger-utf8.csv"), Encoding.UTF8);
        var path = _files.Write("ledger-utf16be.csv", [0xFE, 0xFF, .. new UnicodeEncoding(true, false).GetBytes(text)]);

        GoldenLedger.AssertRows(Assert.Single(await ReadingFiles.ReadAsync(path)));
    }

    [Fact]
    public async Task Read_Gb18030WhoseFirst64KBAreAscii_IsStillReadAsGb18030()
    {
        // 2000 ASCII-only task rows (about 90 KB) push the first Chinese bytes past the 64 KB sample, so only
        // checking the whole file as UTF-8 tells it is not UTF-8.
        var text = new StringBuilder("No.,Task,Lead unit\r\n");
        for (var i = 1; i <= 2000; i++)
        {
            text.Append(i).Append(",Task number ").Append(i).Append(" padded with text,Unit ").Append(i).Append("\r\n");
        }

        text.Append("2001,深化国有企业改革,县国资委\r\n");
        var path = _files.Write("late-chinese.csv", CodePages.StrictGb18030().GetBytes(text.ToString()));
        var map = ColumnMap.FromPairs([new("No.", "seq_no"), new("Task", "task"), new("Lead unit", "lead_unit")]);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path, new ReadOptions { ColumnMap = map }));

        Assert.Equal(2001, table.Rows.Count);
        RowAssert.Cells(table.Rows[^1], 2002, null, (SeqNo, "2001"), (CanonicalColumn.Task, "深化国有企业改革"), (LeadUnit, "县国资委"));
    }

    [Fact]
    public async Task Read_RowWithMoreCellsThanTheHeader_IsWarnedOfAsLikelyShiftedByAComma()
    {
        // Row 3 has an unquoted comma in its task: 5 cells under a 4-column header, everything after the task one
        // column to the right. Row 2 is as wide as the header, so nothing is said of it.
        const string csv = "序号,改革任务,牵头单位,完成时限\r\n"
            + "1,推进医共体建设,县卫健局,6月底前\r\n"
            + "2,推进A,B改革,县人社局,12月底前\r\n";
        var path = _files.WriteText("shifted.csv", csv);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        var issue = Assert.Single(table.Issues);
        Assert.Equal((3, "第5列（表头以外）", "12月底前", IssueSeverity.Warning), (issue.Row, issue.Column, issue.Value, issue.Severity));
        Assert.StartsWith("该行有5格内容，表头只有4列：多出的内容未读取。常见原因是某一格中有英文逗号", issue.Message, StringComparison.Ordinal);
        Assert.Equal(2, table.Rows.Count);
    }

    [Fact]
    public async Task Read_QuotedCells_KeepDelimitersLineBreaksAndDoubledQuotes()
    {
        // Record 2 spans three physical lines (CRLF inside quotes); record 3 has a quoted comma and text after
        // a closing quote; the last record has no final line break and ends in a quoted field.
        const string csv = "序号,改革任务,牵头单位,进展情况\r\n"
            + "1,\"推进\r\n医共体\r\n建设\",县卫健局,\"已完成，\"\"两院\"\"合并\"\r\n"
            + "2,\"改革A,B\"附加,县人社局,\r\n"
            + "3,改革C,\"县民政局\"";
        var path = _files.WriteText("quoted.csv", csv);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(3, table.Rows.Count);
        RowAssert.Cells(table.Rows[0], 2, null, (SeqNo, "1"), (CanonicalColumn.Task, "推进\r\n医共体\r\n建设"), (LeadUnit, "县卫健局"), (ProgressText, "已完成，\"两院\"合并"));
        RowAssert.Cells(table.Rows[1], 3, null, (SeqNo, "2"), (CanonicalColumn.Task, "改革A,B附加"), (LeadUnit, "县人社局"));
        RowAssert.Cells(table.Rows[2], 4, null, (SeqNo, "3"), (CanonicalColumn.Task, "改革C"), (LeadUnit, "县民政局"));
    }

    [Fact]
    public async Task Read_TextFormulaCells_GiveTheirText()
    {
        // Exported for Excel: ="001" keeps the leading zeros, ="2024-06" keeps a month from being made a date. Quoted
        // as CSV quotes a field holding quotes: "=""…""". A formula's doubled quote is one quote; ="" is empty; a
        // formula that is not plain text (=A1) and text that only starts with = stay as written.
        const string csv = "序号,改革任务,牵头单位,完成时限,进展情况\n"
            + "=\"001\",\"=\"\"改革甲\"\"\",县发改局,=\"2024-06\",\"=\"\"完成\"\"\"\"初稿\"\"\"\"\"\"\"\n"
            + "=\"002\",改革乙,=\"\",=A1,=按计划推进\n";
        var path = _files.WriteText("formulas.csv", csv);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        RowAssert.Cells(table.Rows[0], 2, null, (SeqNo, "001"), (CanonicalColumn.Task, "改革甲"), (LeadUnit, "县发改局"), (Deadline, "2024-06"), (ProgressText, "完成\"初稿\""));
        RowAssert.Cells(table.Rows[1], 3, null, (SeqNo, "002"), (CanonicalColumn.Task, "改革乙"), (Deadline, "=A1"), (ProgressText, "=按计划推进"));
    }

    [Fact]
    public async Task Read_SemicolonSeparatedFile_DetectsTheSemicolon()
    {
        var path = _files.WriteText("semicolon.csv", "序号;改革任务;完成时限\n1;改革甲，含逗号;6月底前\n");

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        RowAssert.Cells(Assert.Single(table.Rows), 2, null, (SeqNo, "1"), (CanonicalColumn.Task, "改革甲，含逗号"), (Deadline, "6月底前"));
    }

    [Fact]
    public async Task Read_BareCarriageReturnLineEnds_SplitRecords()
    {
        var path = _files.WriteText("cr.csv", "序号,改革任务,完成时限\r1,改革甲,年底前\r2,改革乙,年内\r");

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(["改革甲", "改革乙"], table.Rows.Select(r => r[CanonicalColumn.Task].Text));
        Assert.Equal([2, 3], table.Rows.Select(r => r.SourceRow));
    }

    [Fact]
    public async Task Read_ManyRowsAcrossBufferBoundaries_KeepsEveryCell()
    {
        // 20000 rows of about 60 chars: well over the 64K-char read buffer, so fields and CRLF pairs straddle
        // refills. Row i (1-based after the header, sheet row i + 1) holds task “任务i” and a quoted two-line cell.
        var text = new StringBuilder("序号,改革任务,进展情况,完成时限\r\n");
        for (var i = 1; i <= 20_000; i++)
        {
            text.Append(i).Append(",任务").Append(i).Append(",\"第一行").Append(i).Append("\r\n第二行\",2024年").Append(1 + (i % 12)).Append("月底前\r\n");
        }

        var path = _files.WriteText("many.csv", text.ToString());

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(20_000, table.Rows.Count);
        for (var i = 1; i <= 20_000; i++)
        {
            var row = table.Rows[i - 1];
            Assert.Equal(i + 1, row.SourceRow);
            Assert.Equal("任务" + i, row[CanonicalColumn.Task].Text);
            Assert.Equal("第一行" + i + "\r\n第二行", row[ProgressText].Text);
            Assert.Equal("2024年" + (1 + (i % 12)) + "月底前", row[Deadline].Text);
        }
    }

    [Fact]
    public async Task Read_RowWithSeqNoButNoTask_IsReportedWithRowColumnAndValue()
    {
        var path = _files.WriteText("missing-task.csv", "序号,重点任务,牵头单位\n1,改革甲,县发改局\n2,,县财政局\n3,改革丙,县商务局\n");

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(["改革甲", "改革丙"], table.Rows.Select(r => r[CanonicalColumn.Task].Text));
        var issue = Assert.Single(table.Issues);
        Assert.Equal((path, string.Empty, 3, "重点任务", string.Empty, IssueSeverity.Error), (issue.File, issue.Sheet, issue.Row, issue.Column, issue.Value, issue.Severity));
        Assert.StartsWith("该行（序号2）填写了内容，但“重点任务”列为空", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ExcelsErrorsAsText_AreEmptyCellsShowingTheError_AsAnXlsxsErrorCells()
    {
        // A sheet saved as CSV keeps each formula error as the text it shows. Row 2's 状态 to row 11's are the ten errors
        // Excel shows (the last padded with spaces, one written as a text formula ="#N/A"); row 12's 状态 is text that only
        // starts like one. By hand: rows 2–11 each an empty 状态 showing its error, row 12 the text as written.
        string[] errors = ["#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#DIV/0!", "#SPILL!", "#CALC!", "#GETTING_DATA"];
        var csv = new StringBuilder("序号,改革任务,牵头单位,状态\n");
        for (var i = 0; i < errors.Length; i++)
        {
            var cell = i switch { 0 => "\"=\"\"#N/A\"\"\"", 9 => " #GETTING_DATA ", _ => errors[i] };
            csv.Append(CultureInfo.InvariantCulture, $"{i + 1},改革任务{i + 1},县发改局,{cell}\n");
        }

        csv.Append("11,改革任务11,县发改局,#N/A待核实\n");
        var path = _files.WriteText("errors.csv", csv.ToString());

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal([.. errors.Select(e => CellValue.FromError(e)), CellValue.FromText("#N/A待核实")], table.Rows.Select(r => r[Status]));
        Assert.Equal(errors, table.Issues.Select(i => i.Value));
    }
}
