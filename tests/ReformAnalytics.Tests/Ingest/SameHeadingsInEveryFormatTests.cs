using System.Globalization;
using System.Net;
using System.Text;
using ReformAnalytics.Tests.Reading;
using ReformAnalytics.Tests.Support;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// One small ledger with sub-tasks under headings, both shapes (（一）… under 一、…专项小组: merged across the table, its
/// number in 序号, or merged across from the task column; a numbered 1 over 1.1 and 1.2), written as an .xlsx, an Excel
/// 97–2003 .xls, a CSV, a web page and an XML spreadsheet named .xls, an .ods and a Word table: each ingested, each stores
/// the same task_heading and special_group for the same rows. Spreadsheets keep 序号 as numbers; a CSV leaves a merged
/// row's other cells empty, the other formats merge them (a Word table by gridSpan).
/// </summary>
public sealed class SameHeadingsInEveryFormatTests
{
    private const int Width = 4;

    /// <summary>The ledger: a row shorter than the width has its last cell merged to the table's right edge (a group's or a heading's row).</summary>
    private static readonly string[][] Ledger =
    [
        ["序号", "改革任务", "牵头单位", "完成时限"],
        ["一、经济体制改革专项小组"],
        ["（一）深化国资国企改革"],
        ["1", "制定实施方案", "县国资办", "2024年6月底前"],
        ["2", "推进国企整合重组", "县国资办", "2024年12月底前"],
        ["（二）", "深化财税体制改革", "", ""],
        ["1", "推进预算绩效管理", "县财政局", "2024年9月底前"],
        ["二、社会体制改革专项小组"],
        ["1", "深化教育改革", "", ""],
        ["1.1", "推进教育评价改革", "县教育局", "2024年9月底前"],
        ["1.2", "推进集团化办学", "县教育局", "2024年12月底前"],
        ["2", "深化医药卫生体制改革", "县卫健局", "2024年12月底前"],
        ["三、农业农村改革专项小组"],
        ["", "（一）深化农村改革"],
        ["1", "推进农村集体产权制度改革", "县农业农村局", "2024年12月底前"],
    ];

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    [InlineData("csv")]
    [InlineData("html")]
    [InlineData("xml")]
    [InlineData("ods")]
    [InlineData("docx")]
    public async Task Ingest_HeadingsInEachFormat_StoreTheSameTaskHeadings(string format)
    {
        using var f = new IngestFixture();
        Write(Path.Combine(f.Input, "2024年6月改革任务总台账."), format);

        var summary = await f.IngestAsync();

        // By hand: rows 4 and 5 under （一）深化国资国企改革 (merged across) and row 7 under （二） 深化财税体制改革 (its number in
        // 序号) in the first group; row 9 (序号 1, a name alone, 1.1 and 1.2 below it) is their heading and no task: rows 10
        // and 11 under 深化教育改革, row 12 under none, in the second group; row 15 under （一）深化农村改革 (merged across from
        // the task column) in the third. One warning, in every format: row 9, a numbered row over sub-tasks, is read as their heading.
        var issue = Assert.Single(summary.Issues);
        Assert.Equal((9, "序号", "1"), (issue.Row, issue.Column, issue.Value));
        Assert.StartsWith("本表有1行任务下分有子任务（如序号1下有1.1），", issue.Message, StringComparison.Ordinal);
        Assert.Equal(
            [
                [4, "1", "制定实施方案", "经济体制改革专项小组", "深化国资国企改革"],
                [5, "2", "推进国企整合重组", "经济体制改革专项小组", "深化国资国企改革"],
                [7, "1", "推进预算绩效管理", "经济体制改革专项小组", "深化财税体制改革"],
                [10, "1.1", "推进教育评价改革", "社会体制改革专项小组", "深化教育改革"],
                [11, "1.2", "推进集团化办学", "社会体制改革专项小组", "深化教育改革"],
                [12, "2", "深化医药卫生体制改革", "社会体制改革专项小组", null],
                [15, "1", "推进农村集体产权制度改革", "农业农村改革专项小组", "深化农村改革"],
            ],
            await f.QueryAsync("SELECT source_row, seq_no, task_name, special_group, task_heading FROM snapshots ORDER BY source_row"));
    }

    private static void Write(string name, string format)
    {
        static bool Spans(string[] row) => row.Length < Width;
        static int From(string[] row) => row.Length - 1;
        static bool IsNumber(string cell, int column) => column == 0 && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        switch (format)
        {
            case "xlsx":
                using (var stream = File.Create(name + "xlsx"))
                using (var w = new XlsxWriter(stream))
                {
                    w.StartSheet("6月台账");
                    foreach (var row in Ledger)
                    {
                        w.WriteRow([.. row.Select((c, i) => IsNumber(c, i) ? XlsxCell.Of(double.Parse(c, CultureInfo.InvariantCulture)) : XlsxCell.Of(c))]);
                    }

                    for (var r = 0; r < Ledger.Length; r++)
                    {
                        if (Spans(Ledger[r]))
                        {
                            w.Merge(r + 1, From(Ledger[r]) + 1, r + 1, Width);
                        }
                    }
                }

                break;
            case "xls":
                var book = new BiffWorkbookWriter();
                var sheet = book.AddSheet("6月台账");
                for (var r = 0; r < Ledger.Length; r++)
                {
                    sheet.Row(r, [.. Ledger[r].Select((c, i) => IsNumber(c, i) ? double.Parse(c, CultureInfo.InvariantCulture) : c.Length == 0 ? null : (object)c)]);
                    if (Spans(Ledger[r]))
                    {
                        sheet.Merge(r, From(Ledger[r]), r, Width - 1);
                    }
                }

                File.WriteAllBytes(name + "xls", book.ToBytes());
                break;
            case "csv":
                File.WriteAllText(name + "csv", string.Concat(Ledger.Select(r => string.Join(',', Spans(r) ? [.. r, .. Enumerable.Repeat(string.Empty, Width - r.Length)] : r) + "\n")), new UTF8Encoding(false));
                break;
            case "html":
                TestWebPage.Write(
                    name + "xls",
                    string.Concat(Ledger.Select(r => Spans(r)
                        ? "<tr>" + string.Concat(Enumerable.Repeat("<td></td>", From(r))) + $"<td colspan={Width - From(r)}>{WebUtility.HtmlEncode(r[^1])}</td></tr>"
                        : TestWebPage.Row(r))));
                break;
            case "xml":
                File.WriteAllText(
                    name + "xls",
                    "<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?>"
                    + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"6月台账\"><Table>"
                    + string.Concat(Ledger.Select(r => "<Row>" + (Spans(r)
                        ? string.Concat(Enumerable.Repeat("<Cell/>", From(r))) + $"<Cell ss:MergeAcross=\"{Width - 1 - From(r)}\"><Data ss:Type=\"String\">{r[^1]}</Data></Cell>"
                        : string.Concat(r.Select((c, i) => c.Length == 0 ? "<Cell/>" : $"<Cell><Data ss:Type=\"{(IsNumber(c, i) ? "Number" : "String")}\">{c}</Data></Cell>"))) + "</Row>"))
                    + "</Table></Worksheet></Workbook>",
                    new UTF8Encoding(false));
                break;
            case "ods":
                static string Cell(string c, int i) => c.Length == 0 ? "<table:table-cell/>"
                    : IsNumber(c, i) ? $"<table:table-cell office:value-type=\"float\" office:value=\"{c}\"><text:p>{c}</text:p></table:table-cell>"
                    : $"<table:table-cell office:value-type=\"string\"><text:p>{c}</text:p></table:table-cell>";
                var body = "<table:table table:name=\"6月台账\">"
                    + string.Concat(Ledger.Select(r => "<table:table-row>" + (Spans(r)
                        ? string.Concat(Enumerable.Repeat("<table:table-cell/>", From(r))) + $"<table:table-cell office:value-type=\"string\" table:number-columns-spanned=\"{Width - From(r)}\"><text:p>{r[^1]}</text:p></table:table-cell>" + string.Concat(Enumerable.Repeat("<table:covered-table-cell/>", Width - 1 - From(r)))
                        : string.Concat(r.Select(Cell))) + "</table:table-row>"))
                    + "</table:table>";
                File.WriteAllBytes(name + "ods", TestOds.Package(string.Empty, body));
                break;
            case "docx":
                TestDocx.Write(name + "docx", TestDocx.Table([.. Ledger.Select(r => Spans(r) ? TestDocx.Row([.. Enumerable.Repeat(string.Empty, From(r)).Select(e => TestDocx.Cell(e)), TestDocx.Cell(r[^1], Width - From(r))]) : TestDocx.Row([.. r.Select(c => TestDocx.Cell(c))]))]));
                break;
        }
    }
}
