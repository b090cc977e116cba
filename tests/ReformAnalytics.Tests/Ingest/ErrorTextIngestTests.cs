using System.Text;
using ReformAnalytics.Model;
using ReformAnalytics.Tests.Reading;
using ReformAnalytics.Tests.Support;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// One ledger whose formulas failed, saved as an .xlsx, an Excel 97–2003 .xls, an .ods, a CSV, a web page named .xls and an
/// Excel 2003 XML spreadsheet named .xls, and pasted into a Word table (a unit's return as a .docx): a text format keeps each error as the cell's
/// text (#N/A), an .xlsx as an error cell. Ingested, every
/// format gives the same warnings and the same stored rows.
/// </summary>
public sealed class ErrorTextIngestTests : IDisposable
{
    /// <summary>The ledger: a header, five tasks and a total row; an error cell is written §error.</summary>
    private static readonly string[][] Ledger =
    [
        ["序号", "改革任务", "牵头单位", "完成时限", "完成进度", "状态"],
        ["1", "深化国有企业改革", "县国资委", "2024年12月底前", "§#DIV/0!", "序时推进"],
        ["2", "深化财政预算管理改革", "县财政局", "2024年12月底前", "50", "§#N/A"],
        ["3", "推进综合行政执法改革", "县司法局", "§#VALUE!", "80", "序时推进"],
        ["4", "§#N/A", "县卫健局", "2024年12月底前", "30", "滞后"],
        ["5", "推进集团化办学", "§#N/A", "2024年12月底前", "40", "序时推进"],
        ["合计", "", "", "", "§#DIV/0!", ""],
    ];

    private readonly IngestFixture _fx = new();

    public void Dispose() => _fx.Dispose();

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    [InlineData("ods")]
    [InlineData("csv")]
    [InlineData("html")]
    [InlineData("xml")]
    [InlineData("docx")]
    public async Task ErrorCells_InEveryFormat_AreWarnedOfAndStoredEmpty_AsAWorkbooksAre(string format)
    {
        // By hand, from the ledger: row 2 “完成进度” #DIV/0!, row 3 “状态” #N/A, row 4 “完成时限” #VALUE! and row 6 “牵头单位”
        // #N/A are warnings, one for each cell, stored empty; the warnings on the deadline and the lead unit say what an empty one
        // means; row 5's task is #N/A: an error, no task, naming 序号4; the 合计 row is no task: nothing said. Stored: row 2
        // progress NULL, on_track; row 3 progress 50, unknown with no status text; row 4 progress 80, no deadline; row 6 no lead
        // unit. No status phrase is unknown. Before, in a text format: row 2 was "a formula error" under the progress parser's own wording,
        // row 3's #N/A an unknown status phrase (status_text #N/A), row 4's #VALUE! a deadline not understood, row 5 a task
        // named #N/A. Before, in a Word table, the same as in a text format before. Before, in every format, the empty deadline
        // of row 4 and lead unit of row 6 were told a second time, as not filled in (未填完成时限, 未填牵头单位).
        WriteLedger(format);

        var summary = await _fx.IngestAsync();

        Assert.Equal(4, summary.RowsStored);
        Assert.Equal(
            [
                (2, "完成进度", "#DIV/0!", IssueSeverity.Warning, "“完成进度”列的单元格是 Excel 公式错误“#DIV/0!”（公式无法计算，常见于除数为零或为空），该格按空白入库；请改正公式或直接填写数值后重新报送。"),
                (3, "状态", "#N/A", IssueSeverity.Warning, "“状态”列的单元格是 Excel 公式错误“#N/A”（查找公式（如 VLOOKUP）没有找到对应的值），该格按空白入库；请改正公式或直接填写内容后重新报送。"),
                (4, "完成时限", "#VALUE!", IssueSeverity.Warning, "“完成时限”列的单元格是 Excel 公式错误“#VALUE!”（公式中有不能参与计算的值，如文字），该格按空白入库，该任务不参与按时限计算的指标（完成率、逾期、滞后、双过半），各报告将其另计为“未写完成时限”；请改正公式或直接填写日期后重新报送。"),
                (5, "改革任务", "#N/A", IssueSeverity.Error, "该行（序号4）的“改革任务”列是 Excel 公式错误“#N/A”（查找公式（如 VLOOKUP）没有找到对应的值），读不出任务名称，未作为任务导入。请改正公式或直接填写任务名称后重新报送。"),
                (6, "牵头单位", "#N/A", IssueSeverity.Warning, "“牵头单位”列的单元格是 Excel 公式错误“#N/A”（查找公式（如 VLOOKUP）没有找到对应的值），该格按空白入库，该任务不计入任何单位的指标、排名和督办单；请改正公式或直接填写内容后重新报送。"),
            ],
            summary.Issues.Select(i => (i.Row, i.Column, i.Value, i.Severity, i.Message)).Order());
        var fileName = "2024年6月改革任务总台账." + (format is "html" or "xml" ? "xls" : format);
        var sheet = format is "xlsx" or "xls" or "ods" or "xml" ? "6月台账" : string.Empty;
        Assert.All(summary.Issues, i => Assert.Equal((fileName, sheet), (Path.GetFileName(i.File), i.Sheet)));
        Assert.Empty(summary.UnknownStatusPhrases);
        Assert.Equal(
            [
                [2, null, "on_track", "序时推进", "2024年12月底前", "县国资委"], [3, 50.0, "unknown", null, "2024年12月底前", "县财政局"],
                [4, 80.0, "on_track", "序时推进", null, "县司法局"], [6, 40.0, "on_track", "序时推进", "2024年12月底前", null],
            ],
            await _fx.QueryAsync("SELECT source_row, progress_pct, status, status_text, deadline_text, lead_unit FROM snapshots ORDER BY source_row"));
    }

    private void WriteLedger(string format)
    {
        var name = Path.Combine(_fx.Input, "2024年6月改革任务总台账.");
        switch (format)
        {
            case "xlsx":
                using (var stream = File.Create(name + "xlsx"))
                using (var w = new XlsxWriter(stream))
                {
                    w.StartSheet("6月台账");
                    foreach (var row in Ledger)
                    {
                        w.WriteRow([.. row.Select(c => c.StartsWith('§') ? FormulaErrorCells.Cell("A1/0", c[1..]) : XlsxCell.Of(c))]);
                    }
                }

                FormulaErrorCells.WriteInto(name + "xlsx", "xl/worksheets/sheet1.xml");
                break;
            case "xls":
                var book = new BiffWorkbookWriter();
                var sheet = book.AddSheet("6月台账");
                for (var r = 0; r < Ledger.Length; r++)
                {
                    sheet.Row(r, [.. Ledger[r].Select(c => c switch
                    {
                        "" => null,
                        "§#DIV/0!" => new BiffError(0x07),
                        "§#N/A" => new BiffError(0x2A),
                        "§#VALUE!" => new BiffError(0x0F),
                        _ => (object)c,
                    })]);
                }

                File.WriteAllBytes(name + "xls", book.ToBytes());
                break;
            case "ods":
                // As LibreOffice saves a formula's error: typed error (calcext), its text the error shown.
                var odsRows = Ledger.Select(r => "<table:table-row>" + string.Concat(r.Select(c => c switch
                {
                    "" => "<table:table-cell/>",
                    _ when c.StartsWith('§') => $"<table:table-cell table:formula=\"of:=1/0\" office:value-type=\"string\" office:string-value=\"\" calcext:value-type=\"error\"><text:p>{c[1..]}</text:p></table:table-cell>",
                    _ => $"<table:table-cell office:value-type=\"string\"><text:p>{c}</text:p></table:table-cell>",
                })) + "</table:table-row>");
                File.WriteAllBytes(name + "ods", TestOds.Package(string.Empty, $"<table:table table:name=\"6月台账\">{string.Concat(odsRows)}</table:table>"));
                break;
            case "csv":
                File.WriteAllText(name + "csv", string.Concat(Ledger.Select(r => string.Join(',', r.Select(c => c.TrimStart('§'))) + "\r\n")), new UTF8Encoding(true));
                break;
            case "html":
                // As a web page an office system exports: the error text as the cell shows it, one cell padded with spaces.
                TestWebPage.Write(name + "xls", string.Concat(Ledger.Select(r => TestWebPage.Row(r.Select(c => c == "§#VALUE!" ? " #VALUE! " : c.TrimStart('§'))))));
                break;
            case "xml":
                // As Excel saves an XML spreadsheet: an error result typed Error (<Data ss:Type="Error">#N/A</Data>); the
                // #VALUE! here is typed String, as a report tool that writes every cell as text saves it.
                var cells = Ledger.Select(r => "<Row>" + string.Concat(r.Select(c => c switch
                {
                    "" => "<Cell/>",
                    "§#VALUE!" => "<Cell><Data ss:Type=\"String\">#VALUE!</Data></Cell>",
                    _ when c.StartsWith('§') => $"<Cell ss:Formula=\"=A1/0\"><Data ss:Type=\"Error\">{c[1..]}</Data></Cell>",
                    _ => $"<Cell><Data ss:Type=\"String\">{c}</Data></Cell>",
                })) + "</Row>");
                File.WriteAllText(
                    name + "xls",
                    "<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?>"
                    + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">"
                    + $"<Worksheet ss:Name=\"6月台账\"><Table>{string.Concat(cells)}</Table></Worksheet></Workbook>",
                    new UTF8Encoding(false));
                break;
            case "docx":
                // A unit's return as a Word table: the figures pasted from its workbook, errors and all, as text.
                TestDocx.Write(name + "docx", TestDocx.Table([.. Ledger.Select(r => TestDocx.Row([.. r.Select(c => TestDocx.Cell(c.TrimStart('§')))]))]));
                break;
        }
    }
}
