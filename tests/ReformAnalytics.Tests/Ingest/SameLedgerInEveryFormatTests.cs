using System.Text;
using ReformAnalytics.Tests.Support;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// One small ledger (a title over the width, a header over two rows with 责任分工 merged over 牵头单位 | 责任单位, a section
/// row merged across, two tasks with a date and a percent) written as an .xlsx, a CSV, a web page and an XML spreadsheet
/// named .xls, and an .ods: each ingested, each stores the same rows. Only the deadline's text differs, by design: a date
/// cell is written as the office writes a date (2024年6月30日), a text as written (2024/6/30).
/// </summary>
public sealed class SameLedgerInEveryFormatTests
{
    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    [InlineData("html")]
    [InlineData("xml")]
    [InlineData("ods")]
    public async Task Ingest_TheSameLedgerInEachFormat_StoresTheSameRows(string format)
    {
        using var f = new IngestFixture();
        var name = Path.Combine(f.Input, "2024年6月改革任务总台账.");
        switch (format)
        {
            case "xlsx":
                using (var stream = File.Create(name + "xlsx"))
                using (var w = new XlsxWriter(stream))
                {
                    w.StartSheet("6月台账");
                    w.WriteRow("2024年全面深化改革任务台账");
                    w.WriteRow("序号", "改革任务", "责任分工", null, "完成时限", "完成进度", "状态");
                    w.WriteRow(null, null, "牵头单位", "责任单位", null, null, null);
                    w.WriteRow("一、经济体制改革专项小组");
                    w.WriteRow(XlsxCell.Of(1), "深化国有企业改革", "县国资委", "县财政局、县发改局", XlsxCell.Of(new DateOnly(2024, 6, 30)), XlsxCell.Of(0.8, XlsxStyle.Percent), "序时推进");
                    w.WriteRow(XlsxCell.Of(2), "推进国企混合所有制改革", "县国资委", "县财政局", XlsxCell.Of(new DateOnly(2024, 12, 1)), XlsxCell.Of(0.355, XlsxStyle.Percent), "滞后");
                    w.Merge(1, 1, 1, 7);
                    w.Merge(2, 3, 2, 4);
                    w.Merge(2, 1, 3, 1); w.Merge(2, 2, 3, 2); w.Merge(2, 5, 3, 5); w.Merge(2, 6, 3, 6); w.Merge(2, 7, 3, 7);
                    w.Merge(4, 1, 4, 7);
                }

                break;
            case "csv":
                File.WriteAllText(name + "csv", "2024年全面深化改革任务台账,,,,,,\n序号,改革任务,责任分工,,完成时限,完成进度,状态\n,,牵头单位,责任单位,,,\n一、经济体制改革专项小组,,,,,,\n1,深化国有企业改革,县国资委,县财政局、县发改局,2024/6/30,80%,序时推进\n2,推进国企混合所有制改革,县国资委,县财政局,2024/12/1,35.5%,滞后\n", new UTF8Encoding(false));
                break;
            case "html":
                TestWebPage.Write(name + "xls", "<tr><td colspan=7>2024年全面深化改革任务台账</td></tr>"
                    + "<tr><td rowspan=2>序号</td><td rowspan=2>改革任务</td><td colspan=2>责任分工</td><td rowspan=2>完成时限</td><td rowspan=2>完成进度</td><td rowspan=2>状态</td></tr>"
                    + "<tr><td>牵头单位</td><td>责任单位</td></tr>"
                    + "<tr><td colspan=7>一、经济体制改革专项小组</td></tr>"
                    + "<tr><td>1</td><td>深化国有企业改革</td><td>县国资委</td><td>县财政局、县发改局</td><td>2024/6/30</td><td>80%</td><td>序时推进</td></tr>"
                    + "<tr><td>2</td><td>推进国企混合所有制改革</td><td>县国资委</td><td>县财政局</td><td>2024/12/1</td><td>35.5%</td><td>滞后</td></tr>");
                break;
            case "xml":
                File.WriteAllText(name + "xls", """
                    <?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>
                    <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
                    <Styles><Style ss:ID="pct"><NumberFormat ss:Format="0.0%"/></Style><Style ss:ID="date"><NumberFormat ss:Format="yyyy/m/d"/></Style></Styles>
                    <Worksheet ss:Name="6月台账"><Table>
                    <Row><Cell ss:MergeAcross="6"><Data ss:Type="String">2024年全面深化改革任务台账</Data></Cell></Row>
                    <Row><Cell ss:MergeDown="1"><Data ss:Type="String">序号</Data></Cell><Cell ss:MergeDown="1"><Data ss:Type="String">改革任务</Data></Cell><Cell ss:MergeAcross="1"><Data ss:Type="String">责任分工</Data></Cell><Cell ss:Index="5" ss:MergeDown="1"><Data ss:Type="String">完成时限</Data></Cell><Cell ss:MergeDown="1"><Data ss:Type="String">完成进度</Data></Cell><Cell ss:MergeDown="1"><Data ss:Type="String">状态</Data></Cell></Row>
                    <Row><Cell ss:Index="3"><Data ss:Type="String">牵头单位</Data></Cell><Cell><Data ss:Type="String">责任单位</Data></Cell></Row>
                    <Row><Cell ss:MergeAcross="6"><Data ss:Type="String">一、经济体制改革专项小组</Data></Cell></Row>
                    <Row><Cell><Data ss:Type="Number">1</Data></Cell><Cell><Data ss:Type="String">深化国有企业改革</Data></Cell><Cell><Data ss:Type="String">县国资委</Data></Cell><Cell><Data ss:Type="String">县财政局、县发改局</Data></Cell><Cell ss:StyleID="date"><Data ss:Type="DateTime">2024-06-30T00:00:00.000</Data></Cell><Cell ss:StyleID="pct"><Data ss:Type="Number">0.8</Data></Cell><Cell><Data ss:Type="String">序时推进</Data></Cell></Row>
                    <Row><Cell><Data ss:Type="Number">2</Data></Cell><Cell><Data ss:Type="String">推进国企混合所有制改革</Data></Cell><Cell><Data ss:Type="String">县国资委</Data></Cell><Cell><Data ss:Type="String">县财政局</Data></Cell><Cell ss:StyleID="date"><Data ss:Type="DateTime">2024-12-01T00:00:00.000</Data></Cell><Cell ss:StyleID="pct"><Data ss:Type="Number">0.355</Data></Cell><Cell><Data ss:Type="String">滞后</Data></Cell></Row>
                    </Table></Worksheet></Workbook>
                    """, new UTF8Encoding(false));
                break;
            case "ods":
                static string S(string t, string extra = "") => $"<table:table-cell office:value-type=\"string\"{extra}><text:p>{t}</text:p></table:table-cell>";
                const string Cov = "<table:covered-table-cell/>";
                var body = "<table:table table:name=\"6月台账\">"
                    + $"<table:table-row>{S("2024年全面深化改革任务台账", " table:number-columns-spanned=\"7\"")}{Cov}{Cov}{Cov}{Cov}{Cov}{Cov}</table:table-row>"
                    + $"<table:table-row>{S("序号", " table:number-rows-spanned=\"2\"")}{S("改革任务", " table:number-rows-spanned=\"2\"")}{S("责任分工", " table:number-columns-spanned=\"2\"")}{Cov}{S("完成时限", " table:number-rows-spanned=\"2\"")}{S("完成进度", " table:number-rows-spanned=\"2\"")}{S("状态", " table:number-rows-spanned=\"2\"")}</table:table-row>"
                    + $"<table:table-row>{Cov}{Cov}{S("牵头单位")}{S("责任单位")}{Cov}{Cov}{Cov}</table:table-row>"
                    + $"<table:table-row>{S("一、经济体制改革专项小组", " table:number-columns-spanned=\"7\"")}{Cov}{Cov}{Cov}{Cov}{Cov}{Cov}</table:table-row>"
                    + $"<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"1\"><text:p>1</text:p></table:table-cell>{S("深化国有企业改革")}{S("县国资委")}{S("县财政局、县发改局")}<table:table-cell office:value-type=\"date\" office:date-value=\"2024-06-30\"><text:p>2024/6/30</text:p></table:table-cell><table:table-cell office:value-type=\"percentage\" office:value=\"0.8\"><text:p>80.0%</text:p></table:table-cell>{S("序时推进")}</table:table-row>"
                    + $"<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"2\"><text:p>2</text:p></table:table-cell>{S("推进国企混合所有制改革")}{S("县国资委")}{S("县财政局")}<table:table-cell office:value-type=\"date\" office:date-value=\"2024-12-01\"><text:p>2024/12/1</text:p></table:table-cell><table:table-cell office:value-type=\"percentage\" office:value=\"0.355\"><text:p>35.5%</text:p></table:table-cell>{S("滞后")}</table:table-row>"
                    + "</table:table>";
                File.WriteAllBytes(name + "ods", TestOds.Package(string.Empty, body));
                break;
        }

        var summary = await f.IngestAsync();

        // By hand: rows 5 and 6 under the section row's group; task 1 县国资委 with two co-units, due 30 June, 80%, 序时推进;
        // task 2 县国资委 with one, due 1 December, 35.5%, 滞后. No issue.
        Assert.Empty(summary.Issues);
        var dateCell = format is "xlsx" or "xml" or "ods";
        Assert.Equal(
            [
                [5, "1", "深化国有企业改革", "经济体制改革专项小组", "县国资委", "县财政局,县发改局", "2024-06-30", dateCell ? "2024年6月30日" : "2024/6/30", 80.0, "on_track"],
                [6, "2", "推进国企混合所有制改革", "经济体制改革专项小组", "县国资委", "县财政局", "2024-12-01", dateCell ? "2024年12月1日" : "2024/12/1", 35.5, "behind"],
            ],
            await f.QueryAsync("""
                SELECT source_row, seq_no, task_name, special_group, lead_unit, array_to_string(co_units, ','), strftime(deadline, '%Y-%m-%d'),
                       deadline_text, progress_pct, status
                FROM snapshots ORDER BY source_row
                """));
    }
}
